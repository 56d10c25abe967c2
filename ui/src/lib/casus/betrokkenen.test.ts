import { describe, expect, it } from 'vitest';
import type { Betrokkene } from '../ipc';
import { isMinderjarig, laatsteKindcheck, leeftijdOp, removeBetrokkene, today } from './betrokkenen';
import { emptyCasus } from './fixture';

const persoon = (over: Partial<Betrokkene> = {}): Betrokkene => ({ id: 'b', naam: 'M.', rollen: [], leeftijd: null, minderjarig: null, ...over });

describe('betrokkenen', () => {
  it('today is YYYY-MM-DD in local time', () => {
    expect(today(new Date(2026, 10, 3, 23, 59))).toBe('2026-11-03');
  });

  it('age from a birth year (lower bound) or from years on a peildatum', () => {
    expect(leeftijdOp(persoon({ leeftijd: { soort: 'geboortejaar', jaar: 2015 } }), '2026-11-23')).toBe(10);
    expect(leeftijdOp(persoon({ leeftijd: { soort: 'jaren', jaren: 30, peildatum: '2024-01-01' } }), '2026-11-23')).toBe(32);
    expect(leeftijdOp(persoon(), '2026-11-23')).toBeNull();
  });

  it('the explicit flag wins over the age', () => {
    expect(isMinderjarig(persoon({ leeftijd: { soort: 'geboortejaar', jaar: 2015 } }), '2026-11-23')).toBe(true);
    expect(isMinderjarig(persoon({ leeftijd: { soort: 'geboortejaar', jaar: 2015 }, minderjarig: false }), '2026-11-23')).toBe(false);
    expect(isMinderjarig(persoon(), '2026-11-23')).toBe(false);
  });

  it('the latest kindcheck counts', () => {
    const casus = emptyCasus();
    const check = { betrokkeneId: 'b', zorgtVoorMinderjarigen: 'ja' as const, veiligOpgroeien: 'zorgen' as const, toelichting: '' };
    casus.kindchecks = [
      { ...check, datum: '2026-11-01' },
      { ...check, datum: '2026-11-20', veiligOpgroeien: 'ja' },
    ];
    expect(laatsteKindcheck(casus, 'b')?.veiligOpgroeien).toBe('ja');
    expect(laatsteKindcheck(casus, 'x')).toBeNull();
  });

  it('removing a betrokkene leaves no dangling ids', () => {
    const casus = emptyCasus({ betrokkenen: [persoon(), persoon({ id: 'c' })] });
    casus.kindchecks = [{ betrokkeneId: 'b', datum: '2026-11-01', zorgtVoorMinderjarigen: 'nee', veiligOpgroeien: 'onbekend', toelichting: '' }];
    casus.taxatie.scores = [{ datum: '2026-11-01', perspectief: { soort: 'betrokkene', betrokkeneId: 'b' }, waarde: 5, toelichting: '' }];
    removeBetrokkene(casus, 'b');
    expect(casus.betrokkenen.map((b) => b.id)).toEqual(['c']);
    expect(casus.kindchecks).toEqual([]);
    expect(casus.taxatie.scores).toEqual([]);
  });
});
