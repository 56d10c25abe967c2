// Edits of the Betrokkenen step. Who is minor, who needs a kindcheck and which kindcheck counts
// are the core's rules: the werkblad carries them (`afgeleid.betrokkenen`).

import type { Casus } from '../ipc';

/** Removes a betrokkene and every reference to it (in place). */
export function removeBetrokkene(casus: Casus, id: string): void {
  casus.betrokkenen = casus.betrokkenen.filter((b) => b.id !== id);
  casus.kindchecks = casus.kindchecks.filter((k) => k.betrokkeneId !== id);
  for (const item of casus.informatie) item.betrokkenen = item.betrokkenen.filter((b) => b !== id);
  for (const c of casus.concretiseringen) {
    c.plegers = c.plegers.filter((b) => b !== id);
    c.slachtoffers = c.slachtoffers.filter((b) => b !== id);
    c.belevingen = c.belevingen.filter((b) => b.betrokkeneId !== id);
  }
  casus.taxatie.scores = casus.taxatie.scores.filter(
    (s) => s.perspectief.soort !== 'betrokkene' || s.perspectief.betrokkeneId !== id,
  );
}
