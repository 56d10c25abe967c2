// What the sessie screens compute themselves: reading what is typed into a form (a begintijd, a
// duur, a new partner) for an instant message, the order of the agenda, and labels. Every rule —
// the limits, what may still change, which casussen may go on the agenda, the time slots, what
// afronden will do — comes from the core in `SessieWerkblad.afgeleid`. The checks here that
// mirror a core rule for instant feedback are tested against fixtures the core generates
// (`ipc/bindings/sessiefixtures.ts`, see sessie.contract.test.ts), so they cannot drift.

import type { Overlegpartner, Sessiegrenzen } from '../ipc';

export type Uitslag<T> = { ok: true; waarde: T } | { ok: false; fout: string };

/** The UTF-8 length the core counts. */
export function bytes(tekst: string): number {
  return new TextEncoder().encode(tekst).length;
}

/** Whether a text is over a limit of `max` UTF-8 bytes (the core's, from `afgeleid.grenzen`). */
export function teLang(tekst: string, max: number): boolean {
  // Cheap first: a character (UTF-16 unit) is at most 3 bytes, at least 1.
  if (tekst.length * 3 <= max) return false;
  if (tekst.length > max) return true;
  return bytes(tekst) > max;
}

/** Reads a begintijd: "9:30", "09:30" or "09.30" → "09:30" (the core wants exactly HH:MM). */
export function leesTijd(tekst: string): Uitslag<string> {
  const t = tekst.trim();
  if (t === '') return { ok: false, fout: 'Vul een begintijd in als uu:mm, bijvoorbeeld 09:30.' };
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(t);
  if (!m) return { ok: false, fout: `"${t}" is geen tijd: schrijf uren en minuten als 09:30.` };
  const uur = Number(m[1]);
  const minuut = Number(m[2]);
  if (uur > 23) return { ok: false, fout: `${uur} is geen uur: het uur loopt van 00 tot en met 23.` };
  if (minuut > 59) return { ok: false, fout: `${m[2]} is geen minuut: de minuten lopen van 00 tot en met 59.` };
  return { ok: true, waarde: `${String(uur).padStart(2, '0')}:${m[2]}` };
}

/** Reads a duur in whole minutes, 1 to `max` (the core's `maxDuurMinuten`). */
export function leesDuur(tekst: string, max: number): Uitslag<number> {
  const t = tekst.trim();
  if (!/^\d+$/.test(t)) return { ok: false, fout: 'Vul de duur in als een heel aantal minuten, bijvoorbeeld 30.' };
  const n = Number(t);
  if (n < 1 || n > max) return { ok: false, fout: `${n} minuten kan niet: de duur loopt van 1 tot en met ${max} minuten.` };
  return { ok: true, waarde: n };
}

/** The list with item `index` moved one place (`-1` up, `+1` down); unchanged at the ends. */
export function verplaats<T>(lijst: readonly T[], index: number, richting: -1 | 1): T[] {
  const naar = index + richting;
  const uit = [...lijst];
  if (index < 0 || index >= lijst.length || naar < 0 || naar >= lijst.length) return uit;
  const [item] = uit.splice(index, 1);
  uit.splice(naar, 0, item as T);
  return uit;
}

/** The partners from the list who are not at the table yet. */
export function kiesbarePartners(partners: readonly Overlegpartner[], deelnemers: readonly Overlegpartner[]): Overlegpartner[] {
  const aan = new Set(deelnemers.map((d) => d.id));
  return partners.filter((p) => !aan.has(p.id));
}

export type Partnerfouten = { naam?: string; organisatie?: string; rol?: string };

/** Checks a new partner as the core will (`Overlegpartner::problemen`); the problems per field. */
export function partnerFouten(naam: string, organisatie: string, rol: string, grenzen: Pick<Sessiegrenzen, 'maxPartnerBytes'>): Partnerfouten {
  const max = grenzen.maxPartnerBytes;
  const teLangTekst = `Te lang: hoogstens ${max} bytes (ongeveer ${Math.floor(max / 4)} tekens).`;
  const f: Partnerfouten = {};
  if (teLang(naam, max)) f.naam = teLangTekst;
  else if (naam.trim() === '') f.naam = 'Vul de naam van de partner in.';
  if (teLang(organisatie, max)) f.organisatie = teLangTekst;
  else if (organisatie.trim() === '') f.organisatie = 'Vul de organisatie van de partner in.';
  if (teLang(rol, max)) f.rol = teLangTekst;
  return f;
}

/** "Fenna Oosterbroek (Veilig Thuis, gedragswetenschapper)". */
export function partnerLabel(p: Overlegpartner): string {
  const bij = [p.organisatie.trim(), p.rol.trim()].filter(Boolean).join(', ');
  return bij ? `${p.naam} (${bij})` : p.naam;
}

/** A fresh id for a partner or actiepunt (the core checks they are unique). */
export function nieuwId(): string {
  return crypto.randomUUID();
}
