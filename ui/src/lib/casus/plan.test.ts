import { describe, expect, it } from 'vitest';
import type { Plan } from '../ipc';
import { alsZin, telling, voegPartijToe, zetOntvangen } from './plan';

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
    bespreking: null,
    ...over,
  };
}

describe('alsZin', () => {
  it('makes a sentence of a fragment', () => {
    expect(alsZin('kies een evaluatiedatum')).toBe('Kies een evaluatiedatum.');
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
