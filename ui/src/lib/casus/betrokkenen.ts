// Pure logic of the Betrokkenen step: age, who needs a kindcheck, removing without dangling ids.

import type { Betrokkene, Casus, Kindcheck } from '../ipc';

/** Today as YYYY-MM-DD in the computer's time zone. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Age in whole years on `on` (YYYY-MM-DD), or null when unknown. Birth year only: the lower bound. */
export function leeftijdOp(b: Betrokkene, on: string): number | null {
  const year = Number(on.slice(0, 4));
  if (!b.leeftijd) return null;
  if (b.leeftijd.soort === 'geboortejaar') return year - b.leeftijd.jaar - 1;
  const gegeven = Number(b.leeftijd.peildatum.slice(0, 4));
  return b.leeftijd.jaren + (year - gegeven);
}

/** Minor: the explicit flag wins; otherwise the age says so; unknown counts as not minor. */
export function isMinderjarig(b: Betrokkene, on: string): boolean {
  if (b.minderjarig !== null) return b.minderjarig;
  const age = leeftijdOp(b, on);
  return age !== null && age < 18;
}

/** The latest kindcheck for a betrokkene, if any. */
export function laatsteKindcheck(casus: Casus, id: string): Kindcheck | null {
  const checks = casus.kindchecks.filter((k) => k.betrokkeneId === id);
  return checks.reduce<Kindcheck | null>((last, k) => (last === null || k.datum >= last.datum ? k : last), null);
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
}
