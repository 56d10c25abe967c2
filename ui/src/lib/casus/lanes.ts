// Incremental rendering of the Ordenen lanes: a lane with hundreds of cards first draws a page of
// them (LANE_STAP), plus the cards the user just captured, moved or changed, at their place in
// the lane. "Toon … meer" / "Toon alle" reveal the rest; the count in the lane's title stays the total.

import type { Informatie } from '../ipc';

/** Cards a lane draws at first, and how many more each "Toon meer" adds. */
export const LANE_STAP = 40;

export interface Zichtbaar {
  /** The cards to draw, in lane order. */
  items: Informatie[];
  /** Cards in the lane not drawn. */
  verborgen: number;
  /** Index in `items` of the first card beyond the limit (a pinned one), or -1. */
  eersteExtra: number;
}

/**
 * The cards of one lane to draw: the first `limiet`, then (in lane order) those beyond it whose
 * id is in `vast` (just captured, moved or changed: they stay visible at their place).
 * Returns the lane's own array when all of it is drawn (so an unchanged lane stays the same object).
 */
export function zichtbaar(items: Informatie[], limiet: number, vast: ReadonlySet<string>): Zichtbaar {
  if (items.length <= limiet) return { items, verborgen: 0, eersteExtra: -1 };
  const out = items.slice(0, Math.max(0, limiet));
  let eersteExtra = -1;
  for (let i = out.length; i < items.length; i++) {
    const item = items[i] as Informatie;
    if (vast.has(item.id)) {
      if (eersteExtra < 0) eersteExtra = out.length;
      out.push(item);
    }
  }
  return { items: out, verborgen: items.length - out.length, eersteExtra };
}

/** The next limit after "Toon meer" (never beyond the lane's length). */
export function meer(limiet: number, totaal: number, stap: number = LANE_STAP): number {
  return Math.min(totaal, limiet + stap);
}
