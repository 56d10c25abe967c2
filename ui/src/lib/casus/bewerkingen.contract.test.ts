// The contract between the workspace's cascades (removing a betrokkene or an item, moving an item
// to another lane, recording a kindcheck, adding a party to a verspreiding) and the core's: the
// core wrote its result of each on a casus holding every kind of reference into
// ipc/bindings/bewerkingsfixtures.ts (`cargo xtask bindings`; stale fails `cargo xtask test`). The TypeScript copy, kept for instant feedback and undo, must give the same.

import { describe, expect, it } from 'vitest';
import { casusFromWire, type Categorie, type Kindcheck } from '../ipc';
import { BEWERKINGEN, CASUS, type Bewerking } from '../ipc/bindings/bewerkingsfixtures';
import { kindcheckVastleggen, removeBetrokkene } from './betrokkenen';
import { moveItem, removeItem } from './ordenen';
import { planIn, voegPartijToe } from './plan';

function toepassen(b: Bewerking): unknown {
  const casus = structuredClone(casusFromWire(CASUS));
  switch (b.soort) {
    case 'betrokkeneVerwijderen':
      removeBetrokkene(casus, b.id);
      break;
    case 'itemVerwijderen':
      removeItem(casus, b.id);
      break;
    case 'itemOrdenen':
      expect(moveItem(casus, b.id, b.naar as Categorie)).toBe(true);
      break;
    case 'kindcheckVastleggen':
      kindcheckVastleggen(casus, b.kindcheck as Kindcheck);
      break;
    case 'partijToevoegen': {
      const plan = planIn(casus, b.plan);
      expect(plan).toBeDefined();
      if (plan) expect(voegPartijToe(plan, b.partij, b.rol)).toBe(b.fout ?? 'toegevoegd');
      break;
    }
  }
  return casus;
}

describe('the cascades agree with the core', () => {
  it.each(BEWERKINGEN.map((b, i) => ({ ...b, naam: `${i}: ${b.bewerking.soort}` })))('$naam', ({ bewerking, uitkomst }) => {
    expect(toepassen(bewerking)).toEqual(casusFromWire(uitkomst));
  });
});
