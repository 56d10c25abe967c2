import { describe, expect, it } from 'vitest';
import type { Plan } from '../ipc';
import { emptyCasus } from './fixture';
import {
  alsZin,
  huidig,
  isBewerkbaar,
  nieuwSoort,
  nieuweAfspraak,
  ontbreekt,
  ontbreektInConcepten,
  samenvatting,
  spoor,
  stand,
  teExporteren,
  telling,
  verspreidingBewerkbaar,
  versies,
  voegPartijToe,
  zetOntvangen,
} from './plan';

function plan(over: Partial<Plan> = {}): Plan {
  return {
    id: 'p1',
    soort: 'veiligheidsplan',
    versie: 1,
    status: 'concept',
    aangemaakt: '2026-11-23',
    vastgesteld: null,
    inhoud: {
      opgesteldMet: [],
      veiligheidsvoorwaarden: [],
      doelen: [],
      signalen: [],
      netwerk: [],
      noodnummers: [],
      evaluatie: { datum: null, metWie: '' },
      casusregisseur: '',
      ondertekening: true,
    },
    verspreiding: [],
    ...over,
  };
}

function compleet(): Plan {
  const p = plan();
  p.inhoud.opgesteldMet = [{ naam: 'M.', rol: 'moeder', betrokkeneId: null }];
  p.inhoud.doelen = [
    {
      id: 'd1',
      tekst: 'Moeder en kinderen zijn veilig',
      situatieId: 's1',
      situatie: 'Vader duwde moeder',
      doelId: null,
      afspraken: [{ ...nieuweAfspraak('a1'), wie: 'Vader', wat: 'Gaat de woning uit bij ruzie' }],
    },
  ];
  p.inhoud.evaluatie.datum = '2027-01-10';
  p.inhoud.casusregisseur = 'J. de Regisseur';
  return p;
}

describe('ontbreekt: what is missing before vaststellen (the same list as the core)', () => {
  it('lists everything for an empty concept, in the core’s order and words', () => {
    expect(ontbreekt(plan())).toEqual([
      'vul in met wie het plan is opgesteld',
      'het plan heeft nog geen doel',
      'er is nog geen afspraak',
      'kies een evaluatiedatum',
      'noem de casusregisseur',
    ]);
  });

  it('is empty for a complete plan', () => {
    expect(ontbreekt(compleet())).toEqual([]);
  });

  it('names an empty doel and an afspraak without wie or wat; blank names do not count', () => {
    const p = compleet();
    p.inhoud.opgesteldMet = [{ naam: '  ', rol: '', betrokkeneId: null }];
    p.inhoud.doelen.push({ ...compleet().inhoud.doelen[0], id: 'd2', tekst: ' ', situatieId: null, situatie: '', doelId: null, afspraken: [nieuweAfspraak('a2')] });
    expect(ontbreekt(p)).toEqual([
      'vul in met wie het plan is opgesteld',
      'een doel is nog leeg',
      'bij een afspraak ontbreekt wie of wat',
    ]);
  });

  it('alsZin makes a sentence of a fragment', () => {
    expect(alsZin('kies een evaluatiedatum')).toBe('Kies een evaluatiedatum.');
  });

  it('ontbreektInConcepten names the plan and its version', () => {
    const c = emptyCasus({ plannen: [{ ...compleet(), versie: 2, inhoud: { ...compleet().inhoud, casusregisseur: '' } }] });
    expect(ontbreektInConcepten(c)).toEqual(['Veiligheidsplan versie 2: noem de casusregisseur.']);
  });
});

describe('read-only rules', () => {
  it('only a concept is editable; only the vastgesteld version’s verspreiding is kept up to date', () => {
    expect(isBewerkbaar(plan())).toBe(true);
    expect(isBewerkbaar(plan({ status: 'vastgesteld' }))).toBe(false);
    expect(isBewerkbaar(plan({ status: 'vervangen' }))).toBe(false);
    expect(verspreidingBewerkbaar(plan())).toBe(false);
    expect(verspreidingBewerkbaar(plan({ status: 'vastgesteld' }))).toBe(true);
    expect(verspreidingBewerkbaar(plan({ status: 'vervangen' }))).toBe(false);
  });
});

describe('versions', () => {
  const v1 = plan({ id: 'v1', versie: 1, status: 'vervangen' });
  const v2 = plan({ id: 'v2', versie: 2, status: 'vastgesteld' });
  const v3 = plan({ id: 'v3', versie: 3, status: 'concept' });
  const h1 = plan({ id: 'h1', soort: 'hulpverleningsplan', versie: 1, status: 'concept' });

  it('lists newest first, per soort', () => {
    const c = emptyCasus({ plannen: [v1, v2, v3, h1] });
    expect(versies(c, 'veiligheidsplan').map((p) => p.id)).toEqual(['v3', 'v2', 'v1']);
    expect(versies(c, 'herstelplan')).toEqual([]);
  });

  it('shows the concept first, else the vastgesteld one', () => {
    expect(huidig(emptyCasus({ plannen: [v1, v2, v3] }), 'veiligheidsplan')?.id).toBe('v3');
    expect(huidig(emptyCasus({ plannen: [v1, v2] }), 'veiligheidsplan')?.id).toBe('v2');
    expect(huidig(emptyCasus(), 'veiligheidsplan')).toBeUndefined();
  });

  it('offers a first plan, a new version, or nothing while a concept exists', () => {
    expect(nieuwSoort(emptyCasus(), 'veiligheidsplan')).toBe('uitTop3');
    expect(nieuwSoort(emptyCasus({ plannen: [v1, v2] }), 'veiligheidsplan')).toBe('nieuweVersie');
    expect(nieuwSoort(emptyCasus({ plannen: [v1, v2, v3] }), 'veiligheidsplan')).toBeNull();
  });

  it('exports per soort the vastgesteld version, else the concept', () => {
    expect(teExporteren(emptyCasus({ plannen: [v1, v2, v3, h1] })).map((p) => p.id)).toEqual(['v2', 'h1']);
  });

  it('the rail says how far the plan of the phase is', () => {
    expect(stand(emptyCasus())).toBe('Nog geen plan');
    expect(stand(emptyCasus({ plannen: [v3] }))).toBe('Veiligheidsplan: concept versie 3');
    const gedeeld = plan({
      status: 'vastgesteld',
      verspreiding: [
        { partij: 'M.', rol: '', betrokkeneId: null, ontvangenOp: '2026-11-23' },
        { partij: 'V.', rol: '', betrokkeneId: null, ontvangenOp: null },
      ],
    });
    expect(stand(emptyCasus({ plannen: [gedeeld] }))).toBe('Veiligheidsplan 1: 1 van 2 gedeeld');
    expect(stand(emptyCasus({ fase: 'stabieleVeiligheid', plannen: [gedeeld, h1] }))).toBe('Hulpverleningsplan: concept versie 1');
  });
});

describe('verspreiding', () => {
  it('counts who has this version and names who has not', () => {
    const p = plan({ status: 'vastgesteld' });
    expect(telling(p).tekst).toBe('Er staan nog geen partijen op de lijst.');
    expect(voegPartijToe(p, ' M. ', 'moeder')).toBe('toegevoegd');
    expect(voegPartijToe(p, 'V.', 'vader')).toBe('toegevoegd');
    expect(voegPartijToe(p, 'Wijkteam', 'ketenpartner')).toBe('toegevoegd');
    expect(voegPartijToe(p, 'wijkteam', '')).toBe('bestaat');
    expect(voegPartijToe(p, '  ', '')).toBe('leeg');
    expect(p.verspreiding[0]).toEqual({ partij: 'M.', rol: 'moeder', betrokkeneId: null, ontvangenOp: null });
    for (const i of [0, 2]) {
      const v = p.verspreiding[i];
      if (v) zetOntvangen(v, true, '2026-11-23');
    }
    expect(telling(p)).toEqual({ ontvangen: 2, totaal: 3, nietOntvangen: ['V.'], tekst: '2 van 3 partijen hebben deze versie' });
  });

  it('ticking keeps a date already chosen; unticking clears it', () => {
    const v = { partij: 'M.', rol: '', betrokkeneId: null, ontvangenOp: '2026-11-01' };
    zetOntvangen(v, true, '2026-11-23');
    expect(v.ontvangenOp).toBe('2026-11-01');
    zetOntvangen(v, false, '2026-11-23');
    expect(v.ontvangenOp).toBeNull();
    zetOntvangen(v, true, '2026-11-23');
    expect(v.ontvangenOp).toBe('2026-11-23');
  });

  it('one party reads as singular', () => {
    const p = plan({ status: 'vastgesteld', verspreiding: [{ partij: 'M.', rol: '', betrokkeneId: null, ontvangenOp: null }] });
    expect(telling(p).tekst).toBe('0 van 1 partij heeft deze versie');
  });
});

describe('audit phrases and trails', () => {
  it('says which plan changed, never its content', () => {
    expect(samenvatting('veiligheidsplan')).toBe('veiligheidsplan bijgewerkt');
    expect(samenvatting('herstelplan', 'verspreiding')).toBe('verspreiding herstelplan bijgewerkt');
  });

  it('a doel shows the top-3 situation it answers, by its place today and the plan’s own text', () => {
    const c = emptyCasus({
      top3: {
        plaatsen: [
          { situatieId: 's0', risicofactoren: [], doelen: [] },
          { situatieId: 's1', risicofactoren: [], doelen: [] },
        ],
      },
    });
    const [doel] = compleet().inhoud.doelen;
    if (!doel) throw new Error('fixture');
    expect(spoor(c, doel)).toBe('Gaat over top-3 situatie 2: Vader duwde moeder');
    expect(spoor(emptyCasus(), doel)).toBe('Gaat over situatie: Vader duwde moeder');
    expect(spoor(c, { ...doel, situatieId: null })).toBe('Niet gekoppeld aan een situatie uit de top 3');
  });
});
