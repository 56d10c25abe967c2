import { describe, expect, it } from 'vitest';
import type { Betrokkene } from '../ipc';
import { removeBetrokkene } from './betrokkenen';
import { emptyCasus } from './fixture';

const persoon = (over: Partial<Betrokkene> = {}): Betrokkene => ({ id: 'b', naam: 'M.', rollen: [], leeftijd: null, minderjarig: null, ...over });

describe('betrokkenen', () => {
  it('removing a betrokkene leaves no dangling ids', () => {
    const casus = emptyCasus({ betrokkenen: [persoon(), persoon({ id: 'c' })] });
    casus.kindchecks = [{ betrokkeneId: 'b', datum: '2026-11-01', zorgtVoorMinderjarigen: 'nee', veiligOpgroeien: 'onbekend', toelichting: '' }];
    casus.taxatie.scores = [{ datum: '2026-11-01', perspectief: { soort: 'betrokkene', betrokkeneId: 'b' }, waarde: 5, toelichting: '', onbekend: false }];
    removeBetrokkene(casus, 'b');
    expect(casus.betrokkenen.map((b) => b.id)).toEqual(['c']);
    expect(casus.kindchecks).toEqual([]);
    expect(casus.taxatie.scores).toEqual([]);
  });
});
