// The Methode form's reading of what was typed: whole numbers only (the ranges are the core's,
// which checks them on save and names every problem). Tested in methode.test.ts.

import type { Instelling, Methodeinstellingen } from '../ipc';

export type Gelezen = { ok: true; instellingen: Methodeinstellingen } | { ok: false; fouten: Record<string, string> };

const GETAL = /^\d{1,6}$/;

/** `waarden` per veld (the JSON field name, e.g. "monitoringNaMaanden") → the settings, or per field what is not a whole number. */
export function leesMethode(velden: readonly Instelling[], waarden: Record<string, string>, geenGetal: (label: string) => string): Gelezen {
  const fouten: Record<string, string> = {};
  const uit: Record<string, number | number[]> = {};
  for (const v of velden) {
    const tekst = (waarden[v.veld] ?? '').trim();
    if (v.veld === 'monitoringNaMaanden') {
      const delen = tekst.split(/[\s,;]+/).filter((d) => d !== '');
      if (!delen.every((d) => GETAL.test(d))) fouten[v.veld] = geenGetal(v.label);
      else uit[v.veld] = delen.map(Number);
    } else if (!GETAL.test(tekst)) {
      fouten[v.veld] = geenGetal(v.label);
    } else {
      uit[v.veld] = Number(tekst);
    }
  }
  if (Object.keys(fouten).length > 0) return { ok: false, fouten };
  return { ok: true, instellingen: uit as unknown as Methodeinstellingen };
}
