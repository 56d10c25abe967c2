// Scaling for the veiligheidsschaal chart (no chart library): dates → x, 0–10 → y, one series per
// perspective, and the line at the veiligheidsdrempel the core sends (the vault's methodeinstellingen).

import type { Perspectief, Veiligheidsscore } from '../ipc';

export type Box = { width: number; height: number; left: number; right: number; top: number; bottom: number };
export type Point = { x: number; y: number; datum: string; waarde: number };
export type Series = { key: string; perspectief: Perspectief; points: Point[]; path: string };
export type Scaled = {
  series: Series[];
  drempelY: number;
  /** Y of each whole score 0, 2, 4, … 10, for grid lines and labels. */
  ticks: Array<{ waarde: number; y: number }>;
  /** First and last date (YYYY-MM-DD), or null without scores. */
  range: [string, string] | null;
};

export function perspectiefKey(p: Perspectief): string {
  return p.soort === 'betrokkene' ? `betrokkene:${p.betrokkeneId}` : p.soort;
}

function day(datum: string): number {
  return Date.parse(`${datum}T00:00:00Z`) / 86_400_000;
}

/** Scales the scores into the box; series keep the order in which a perspective first appears. */
export function scaleScores(scores: readonly Veiligheidsscore[], box: Box, drempel: number): Scaled {
  const innerW = box.width - box.left - box.right;
  const innerH = box.height - box.top - box.bottom;
  const y = (waarde: number) => box.top + innerH - (Math.min(10, Math.max(0, waarde)) / 10) * innerH;
  const ticks = [0, 2, 4, 6, 8, 10].map((waarde) => ({ waarde, y: y(waarde) }));
  // An onbekend score (weet niet / niet te vragen) has no value to draw; the list shows it.
  const sorted = scores.filter((s) => !s.onbekend).sort((a, b) => a.datum.localeCompare(b.datum));
  const eerste = sorted[0]?.datum;
  const laatste = sorted.at(-1)?.datum;
  if (eerste === undefined || laatste === undefined) return { series: [], drempelY: y(drempel), ticks, range: null };

  const first = day(eerste);
  const last = day(laatste);
  const span = last - first;
  const x = (datum: string) => (span === 0 ? box.left + innerW / 2 : box.left + ((day(datum) - first) / span) * innerW);

  const byKey = new Map<string, Series>();
  for (const s of sorted) {
    const key = perspectiefKey(s.perspectief);
    let series = byKey.get(key);
    if (!series) {
      series = { key, perspectief: s.perspectief, points: [], path: '' };
      byKey.set(key, series);
    }
    series.points.push({ x: x(s.datum), y: y(s.waarde), datum: s.datum, waarde: s.waarde });
  }
  for (const series of byKey.values()) {
    series.path = series.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  }
  return {
    series: [...byKey.values()],
    drempelY: y(drempel),
    ticks,
    range: [eerste, laatste],
  };
}
