// Edits of the Betrokkenen step. Who is minor, who needs a kindcheck and which kindcheck counts
// are the core's rules: the werkblad carries them (`afgeleid.betrokkenen`). Removing a betrokkene
// is the core's cascade (`Casus::betrokkene_verwijderen`) and recording a kindcheck its
// `Casus::kindcheck_vastleggen`, both copied here for instant feedback and undo, and tested
// against the core's results (bewerkingen.contract.test.ts).

import type { Casus, Kindcheck } from '../ipc';

/** Records a kindcheck (in place): one per betrokkene per day, a second that day replaces the first. */
export function kindcheckVastleggen(casus: Casus, kindcheck: Kindcheck): void {
  casus.kindchecks = casus.kindchecks.filter((k) => !(k.betrokkeneId === kindcheck.betrokkeneId && k.datum === kindcheck.datum));
  casus.kindchecks.push(kindcheck);
}

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
  // A concept plan loses the link and keeps the name; a vastgesteld plan never changes.
  for (const plan of casus.plannen) {
    if (plan.status !== 'concept') continue;
    for (const d of plan.inhoud.opgesteldMet) if (d.betrokkeneId === id) d.betrokkeneId = null;
    for (const v of plan.verspreiding) if (v.betrokkeneId === id) v.betrokkeneId = null;
  }
}
