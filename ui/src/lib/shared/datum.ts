// Dates as the UX asks: "23 november 2026" for a YYYY-MM-DD date (no time zone involved).

import { MAANDEN } from './datumveld';

export function formatDatum(datum: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(datum);
  if (!m) return datum;
  const maand = MAANDEN[Number(m[2]) - 1];
  return maand ? `${Number(m[3])} ${maand} ${m[1]}` : datum;
}
