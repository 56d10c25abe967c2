// Edits of step 2, concretiseren: an empty concretisering and small list edits. Whether a
// situation is concreet is the core's rule (`afgeleid.situaties` in the werkblad).

import type { Casus, Concretisering } from '../ipc';

export function emptyConcretisering(informatieId: string): Concretisering {
  return {
    informatieId,
    plegers: [],
    slachtoffers: [],
    wat: '',
    vormen: [],
    wanneer: null,
    hoeVaak: '',
    waar: '',
    kinderenAanwezig: 'onbekend',
    belevingen: [],
  };
}

/** Adds the value when absent, removes it when present; returns a new array. */
export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** The concretisering of a situation, created when missing (in place). */
export function concretiseringVoor(casus: Casus, informatieId: string): Concretisering {
  let k = casus.concretiseringen.find((c) => c.informatieId === informatieId);
  if (!k) {
    k = emptyConcretisering(informatieId);
    casus.concretiseringen.push(k);
  }
  return k;
}

/** Sets what one betrokkene saw or felt (in place); an empty beleving is removed. */
export function setBeleving(k: Concretisering, betrokkeneId: string, veld: 'gezien' | 'gevoeld', tekst: string): void {
  let b = k.belevingen.find((x) => x.betrokkeneId === betrokkeneId);
  if (!b) {
    b = { betrokkeneId, gezien: '', gevoeld: '' };
    k.belevingen.push(b);
  }
  b[veld] = tekst;
  k.belevingen = k.belevingen.filter((x) => x.gezien.trim() !== '' || x.gevoeld.trim() !== '');
}
