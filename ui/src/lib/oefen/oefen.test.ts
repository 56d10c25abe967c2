import { describe, expect, it } from 'vitest';
import { emptyCasus } from '../casus/fixture';
import type { Informatie, Oefenmateriaal, Plan, Vergelijking } from '../ipc';
import {
  beschrijvingVan,
  demoToets,
  DEMO_STAPPEN,
  inOefenvolgorde,
  isOefenkopie,
  kort,
  modelCodeVan,
  modelInhoud,
  toelichtingVoor,
  uitlegVoor,
  vastgesteldPlan,
  vergelijkVm,
} from './oefen';

const item = (id: string, tekst: string, categorie: Informatie['categorie']): Informatie => ({
  id,
  tekst,
  bron: 'school',
  datum: null,
  aard: 'feit',
  categorie,
  betrokkenen: [],
});

const materiaal: Oefenmateriaal = {
  wachtwoord: 'oefenen',
  casussen: [
    [
      'OEF-01',
      {
        bestand: '01.json',
        titel: 'Oefencasus: gezin A',
        thema: 'partnergeweld',
        samenvatting: 'Een gezin.',
        leerdoelen: ['Ordenen'],
        toelichting: { ordenen: 'O', concretiseren: 'C', taxeren: 'T', prioriteren: 'P', plan: 'V' },
      },
    ],
  ],
  uitleg: [{ stap: 'ordenen', waarvoor: 'Overzicht', vragen: ['Wat is feit?'], valkuilen: ['Te snel'], bron: 'TOP-3' }],
};

describe('practice copies', () => {
  it.each([
    ['OEF-01-O1', true, 'OEF-01'],
    ['OEF-05-O12', true, 'OEF-05'],
    ['OEF-01', false, null],
    ['K-001', false, null],
    ['OEF-01-X1', false, null],
  ] as const)('%s → kopie %s, model %s', (code, kopie, model) => {
    expect(isOefenkopie(code)).toBe(kopie);
    expect(modelCodeVan(code)).toBe(model);
  });

  it('orders the list: oefencasussen in bundle order, each with its copies, others after', () => {
    const [[, b] = ['', null]] = materiaal.casussen;
    if (!b) throw new Error('fixture');
    const m: Oefenmateriaal = { ...materiaal, casussen: [['OEF-01', b], ['OEF-02', b]] };
    const rows = ['OEF-02', 'K-9', 'OEF-01-O2', 'OEF-01', 'OEF-02-O1', 'OEF-01-O1'].map((code) => ({ code }));
    expect(inOefenvolgorde(rows, m).map((r) => r.code)).toEqual(['OEF-01', 'OEF-01-O2', 'OEF-01-O1', 'OEF-02', 'OEF-02-O1', 'K-9']);
  });

  it('finds the description by code', () => {
    expect(beschrijvingVan(materiaal, 'OEF-01')?.thema).toBe('partnergeweld');
    expect(beschrijvingVan(materiaal, 'OEF-02')).toBeNull();
    expect(beschrijvingVan(null, 'OEF-01')).toBeNull();
  });
});

describe('demo navigation', () => {
  it('has seven steps in the method order', () => {
    expect(DEMO_STAPPEN).toEqual(['betrokkenen', 'ordenen', 'concretiseren', 'taxeren', 'prioriteren', 'fase', 'plan']);
  });

  it('→ / PageDown next, ← / PageUp previous, stops at the ends, Esc leaves', () => {
    expect(demoToets(0, 'ArrowRight')).toBe(1);
    expect(demoToets(2, 'PageDown')).toBe(3);
    expect(demoToets(6, 'ArrowRight')).toBeNull();
    expect(demoToets(3, 'ArrowLeft')).toBe(2);
    expect(demoToets(1, 'PageUp')).toBe(0);
    expect(demoToets(0, 'ArrowLeft')).toBeNull();
    expect(demoToets(4, 'Home')).toBe(0);
    expect(demoToets(4, 'End')).toBe(6);
    expect(demoToets(4, 'Escape')).toBe('verlaat');
    expect(demoToets(4, 'a')).toBeNull();
  });

  it('walks all steps forward and back', () => {
    let i = 0;
    const seen = [DEMO_STAPPEN[i]];
    for (let n = 0; n < 10; n++) i = (demoToets(i, 'ArrowRight') as number | null) ?? i;
    expect(i).toBe(6);
    for (let n = 0; n < 10; n++) {
      const next = demoToets(i, 'PageUp');
      if (typeof next === 'number') {
        i = next;
        seen.push(DEMO_STAPPEN[i]);
      }
    }
    expect(i).toBe(0);
    expect(seen).toHaveLength(7);
  });

  it('finds the uitleg and the toelichting per step', () => {
    expect(uitlegVoor(materiaal, 'ordenen')?.waarvoor).toBe('Overzicht');
    expect(uitlegVoor(materiaal, 'fase')).toBeNull();
    const b = beschrijvingVan(materiaal, 'OEF-01');
    expect(toelichtingVoor(b, 'prioriteren')).toBe('P');
    expect(toelichtingVoor(b, 'betrokkenen')).toBeNull();
    expect(toelichtingVoor(b, 'fase')).toBeNull();
  });
});

describe('kort: short text for the projector', () => {
  it('keeps a short text, takes the first sentence, cuts long text at a word', () => {
    expect(kort('Vader slaat moeder')).toBe('Vader slaat moeder');
    expect(kort('Vader slaat moeder. De buurvrouw belde 112.')).toBe('Vader slaat moeder.');
    expect(kort('een twee drie vier vijf zes', 14)).toBe('een twee drie…');
    expect(kort('Om 22.00 uur belde zij.')).toBe('Om 22.00 uur belde zij.');
  });
});

describe('model content per step', () => {
  const casus = emptyCasus({
    betrokkenen: [
      { id: 'm', naam: 'Moeder', rollen: ['slachtoffer', 'ouderVerzorger'], leeftijd: null, minderjarig: false },
      { id: 'v', naam: 'Vader', rollen: ['pleger'], leeftijd: null, minderjarig: false },
    ],
    informatie: [
      item('a', 'Vader slaat moeder', 'onveiligeSituatie'),
      item('b', 'Schulden', 'risicofactor'),
      item('c', 'Oma helpt', 'beschermendeFactor'),
      item('d', 'Nog iets', 'nogTeOrdenen'),
    ],
    concretiseringen: [
      {
        informatieId: 'a',
        plegers: ['v'],
        slachtoffers: ['m'],
        wat: 'Slaan met de vlakke hand',
        vormen: ['lichamelijk'],
        wanneer: { soort: 'periode', omschrijving: 'sinds de zomer' },
        hoeVaak: 'wekelijks',
        waar: 'thuis',
        kinderenAanwezig: 'ja',
        belevingen: [],
      },
    ],
    taxatie: {
      situaties: [{ informatieId: 'a', onveiligheid: 'acuut', ernst: 'ernstig', frequentie: 'herhaaldelijk', acuutAfgewendOp: null, toelichting: '' }],
      scores: [{ datum: '2026-11-20', perspectief: { soort: 'professional' }, waarde: 3, toelichting: 'Zorgen' }],
      instrumenten: [],
    },
    top3: { plaatsen: [{ situatieId: 'a', risicofactoren: ['b'], doelen: [{ id: 'g', tekst: 'Geen geweld meer', fase: 'directeVeiligheid', situaties: ['a'] }] }] },
  });

  it('betrokkenen with their roles', () => {
    expect(modelInhoud(casus, 'betrokkenen')[0]?.regels).toEqual(['Moeder — slachtoffer, ouder/verzorger', 'Vader — pleger']);
  });

  it('ordenen: the four lanes with counts, and what is still unsorted', () => {
    const b = modelInhoud(casus, 'ordenen');
    expect(b.map((x) => x.kop)).toEqual([
      'Onveilige situaties (1)',
      'Risicofactoren (1)',
      'Krachten (1)',
      'Schade (0)',
      'Nog te ordenen (1)',
    ]);
  });

  it('concretiseren: wie → wie and the facts', () => {
    const [k] = modelInhoud(casus, 'concretiseren');
    expect(k?.kop).toBe('Vader slaat moeder');
    expect(k?.regels).toContain('Wie → wie: Vader → Moeder');
    expect(k?.regels).toContain('Wanneer: sinds de zomer');
    expect(k?.regels).toContain('Kinderen aanwezig: Ja');
  });

  it('taxeren: the situation and the scores', () => {
    const b = modelInhoud(casus, 'taxeren');
    expect(b[0]?.regels).toEqual(['Acuut · Ernstig · Herhaaldelijk']);
    expect(b[1]?.regels).toEqual(['2026-11-20 · professional: 3 — Zorgen']);
  });

  it('prioriteren: the top 3 with risicofactoren and doelen', () => {
    expect(modelInhoud(casus, 'prioriteren')).toEqual([
      { kop: '1. Vader slaat moeder', regels: ['Risicofactor: Schulden', 'Doel: Geen geweld meer'] },
    ]);
  });

  it('plan: the vastgesteld veiligheidsplan, not the concept', () => {
    const plan = (versie: number, status: Plan['status'], doel: string): Plan => ({
      id: `p${versie}`,
      soort: 'veiligheidsplan',
      versie,
      status,
      aangemaakt: '2026-11-20T10:00:00Z',
      vastgesteld: null,
      inhoud: {
        opgesteldMet: [],
        veiligheidsvoorwaarden: [],
        doelen: [
          {
            id: 'd',
            tekst: doel,
            situatieId: null,
            situatie: '',
            doelId: null,
            afspraken: [{ id: 'x', wie: 'Vader', wat: 'woont bij zijn broer', wanneer: 'vanaf nu', toezicht: '', alsNietNagekomen: '' }],
          },
        ],
        signalen: [],
        netwerk: [],
        noodnummers: [],
        evaluatie: { datum: null, wie: '' },
      } as unknown as Plan['inhoud'],
      verspreiding: [],
    });
    const c = emptyCasus({ plannen: [plan(1, 'vervangen', 'Oud'), plan(2, 'vastgesteld', 'Veilig thuis'), plan(3, 'concept', 'Nieuw')] });
    expect(vastgesteldPlan(c)?.versie).toBe(2);
    expect(modelInhoud(c, 'plan')).toEqual([{ kop: 'Veilig thuis', regels: ['Vader: woont bij zijn broer (vanaf nu)'] }]);
    expect(modelInhoud(emptyCasus(), 'plan')).toEqual([]);
  });
});

describe('comparison view model', () => {
  const v: Vergelijking = {
    modelCode: 'OEF-01',
    oefeningCode: 'OEF-01-O1',
    ordening: [
      { itemId: 'a', tekst: 'Vader slaat moeder', model: 'onveiligeSituatie', jij: 'onveiligeSituatie', gelijk: true },
      { itemId: 'b', tekst: 'Schulden', model: 'risicofactor', jij: 'nogTeOrdenen', gelijk: false },
      { itemId: 'c', tekst: 'Oma', model: 'beschermendeFactor', jij: null, gelijk: false },
    ],
    ordeningGelijk: 1,
    top3Model: [
      { plaats: 1, situatie: 'Vader slaat moeder', plaatsBijAnder: 2 },
      { plaats: 2, situatie: 'Kind ziet het', plaatsBijAnder: null },
    ],
    top3Jij: [{ plaats: 1, situatie: 'Schreeuwen', plaatsBijAnder: null }, { plaats: 2, situatie: 'Vader slaat moeder', plaatsBijAnder: 1 }],
    planModel: { versie: 1, status: 'vastgesteld', doelen: ['Veilig thuis'], afspraken: 4, signalen: 1 },
    planJij: null,
    verschillen: ['Je hebt 2 items anders geordend dan het model.'],
  };

  it('summarises, labels every row and marks differences in text', () => {
    const vm = vergelijkVm(v);
    expect(vm.samenvatting).toBe('1 van 3 items geordend zoals het model');
    expect(vm.verschillen).toEqual(v.verschillen);
    expect(vm.ordening.map((r) => [r.model, r.jij, r.oordeel])).toEqual([
      ['Onveilige situaties', 'Onveilige situaties', 'Gelijk'],
      ['Risicofactoren', 'Nog te ordenen', 'Anders'],
      ['Krachten', 'Verwijderd', 'Anders'],
    ]);
  });

  it('marks a situation the other side did not choose', () => {
    const vm = vergelijkVm(v);
    expect(vm.top3Model.map((r) => r.noot)).toEqual(['Bij jou op plaats 2', 'Niet in jouw top 3']);
    expect(vm.top3Jij.map((r) => r.noot)).toEqual(['Niet in de top 3 van het model', 'In het model op plaats 1']);
  });

  it('summarises the plans', () => {
    const vm = vergelijkVm(v);
    expect(vm.planModel).toEqual({ regel: 'Versie 1 · Vastgesteld · 4 afspraken · 1 signaal', doelen: ['Veilig thuis'] });
    expect(vm.planJij).toBeNull();
  });
});
