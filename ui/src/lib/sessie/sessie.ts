// Pure rules of the sessie screens: times and durations as the core accepts them, the order of the
// agenda, what may still change, and the summary shown before afronden.

import type { Actiepunt, Actiesoort, Agendapunt, CasusOverzicht, Overlegpartner, Sessie } from '../ipc';
import { ACTIESOORT_TELWOORD, ACTIESOORTEN } from './copy';

/** The core's limit per text field (`MAX_TEKST_BYTES`). */
export const MAX_TEKST_BYTES = 1024 * 1024;
/** The core refuses partner texts over 2000 bytes; 500 characters always fit. */
export const MAX_PARTNER_TEKENS = 500;
/** The core's `MAX_DUUR_MINUTEN`: a whole working day. */
export const MAX_DUUR_MINUTEN = 480;

export type Uitslag<T> = { ok: true; waarde: T } | { ok: false; fout: string };

/** The UTF-8 length the core counts. */
export function bytes(tekst: string): number {
  return new TextEncoder().encode(tekst).length;
}

/** Whether a text is over the core's limit. */
export function teLang(tekst: string, max = MAX_TEKST_BYTES): boolean {
  // Cheap first: a character is at most 4 bytes, at least 1.
  if (tekst.length * 4 <= max) return false;
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

/** Reads a duur in whole minutes, 1 to 480. */
export function leesDuur(tekst: string): Uitslag<number> {
  const t = tekst.trim();
  if (!/^\d+$/.test(t)) return { ok: false, fout: 'Vul de duur in als een heel aantal minuten, bijvoorbeeld 30.' };
  const n = Number(t);
  if (n < 1 || n > MAX_DUUR_MINUTEN) return { ok: false, fout: `${n} minuten kan niet: de duur loopt van 1 tot en met ${MAX_DUUR_MINUTEN} minuten.` };
  return { ok: true, waarde: n };
}

/** The end of a time slot ("09:30" + 45 → "10:15"; past midnight it wraps). */
export function eindtijd(begintijd: string, duurMinuten: number): string {
  const m = /^(\d{2}):(\d{2})$/.exec(begintijd);
  if (!m) return '';
  const totaal = (Number(m[1]) * 60 + Number(m[2]) + duurMinuten) % (24 * 60);
  return `${String(Math.floor(totaal / 60)).padStart(2, '0')}:${String(totaal % 60).padStart(2, '0')}`;
}

/** A suggestion for the next slot: right after the last agendapunt, else 09:00. */
export function volgendeBegintijd(agenda: readonly Agendapunt[]): string {
  const laatste = agenda.at(-1);
  return laatste ? eindtijd(laatste.begintijd, laatste.duurMinuten) || '09:00' : '09:00';
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

/** Only afronden closes a sessie; after that, only the samenvatting changes. */
export function isBewerkbaar(sessie: Sessie): boolean {
  return sessie.status !== 'afgerond';
}

/** Why an agendapunt cannot leave the agenda (null: it can). Mirrors `controleer_sessiewijzigingen`. */
export function agendapuntBlijft(sessie: Sessie, punt: Agendapunt): 'afgerond' | 'verwerkt' | null {
  if (sessie.status === 'afgerond') return 'afgerond';
  if (punt.actiepunten.some((a) => a.verwerkt)) return 'verwerkt';
  return null;
}

/** The casussen that can still go on the agenda (a casus appears once), by code. */
export function kiesbareCasussen(casussen: readonly CasusOverzicht[], agenda: readonly Agendapunt[]): CasusOverzicht[] {
  const op = new Set(agenda.map((a) => a.casusId));
  return casussen
    .filter((c) => !op.has(c.id) && c.status !== 'gearchiveerd')
    .sort((a, b) => a.code.localeCompare(b.code, 'nl'));
}

/** The partners from the list who are not at the table yet. */
export function kiesbarePartners(partners: readonly Overlegpartner[], deelnemers: readonly Overlegpartner[]): Overlegpartner[] {
  const aan = new Set(deelnemers.map((d) => d.id));
  return partners.filter((p) => !aan.has(p.id));
}

/** Checks a new partner; returns the Dutch problems per field (empty when fine). */
export function partnerFouten(naam: string, organisatie: string, rol: string): { naam?: string; organisatie?: string; rol?: string } {
  const f: { naam?: string; organisatie?: string; rol?: string } = {};
  if (naam.trim() === '') f.naam = 'Vul de naam van de partner in.';
  else if (naam.length > MAX_PARTNER_TEKENS) f.naam = `Te lang: hoogstens ${MAX_PARTNER_TEKENS} tekens.`;
  if (organisatie.trim() === '') f.organisatie = 'Vul de organisatie van de partner in.';
  else if (organisatie.length > MAX_PARTNER_TEKENS) f.organisatie = `Te lang: hoogstens ${MAX_PARTNER_TEKENS} tekens.`;
  if (rol.length > MAX_PARTNER_TEKENS) f.rol = `Te lang: hoogstens ${MAX_PARTNER_TEKENS} tekens.`;
  return f;
}

/** "Fenna Oosterbroek (Veilig Thuis, gedragswetenschapper)". */
export function partnerLabel(p: Overlegpartner): string {
  const bij = [p.organisatie.trim(), p.rol.trim()].filter(Boolean).join(', ');
  return bij ? `${p.naam} (${bij})` : p.naam;
}

/** Whether a deelnemer has inbreng somewhere on the agenda (then the core refuses removing them). */
export function heeftInbreng(sessie: Sessie, deelnemerId: string): boolean {
  return sessie.agenda.some((a) => a.inbreng.some((i) => i.deelnemerId === deelnemerId));
}

export interface AfrondRegel {
  casusId: string;
  code: string;
  aantal: number;
  perSoort: Record<Actiesoort, number>;
  tekst: string;
}

function telwoord(soort: Actiesoort, n: number): string {
  const [een, meer] = ACTIESOORT_TELWOORD[soort];
  return `${n} ${n === 1 ? een : meer}`;
}

/**
 * Per casus with open actiepunten: what afronden will take into it, in agenda order —
 * "3 actiepunten gaan naar OEF-05: 1 afspraak, 1 monitoringmoment, 1 evaluatie".
 * `codes` maps casus ids to their current code (else the agenda's snapshot is used).
 */
export function afrondOverzicht(sessie: Sessie, codes: ReadonlyMap<string, string> = new Map()): AfrondRegel[] {
  const regels: AfrondRegel[] = [];
  for (const punt of sessie.agenda) {
    const open: Actiepunt[] = punt.actiepunten.filter((a) => !a.verwerkt);
    if (open.length === 0) continue;
    const perSoort: Record<Actiesoort, number> = { afspraak: 0, monitoring: 0, evaluatie: 0 };
    for (const a of open) perSoort[a.soort] += 1;
    const code = codes.get(punt.casusId) ?? punt.casusCode;
    const delen = ACTIESOORTEN.filter((s) => perSoort[s] > 0).map((s) => telwoord(s, perSoort[s]));
    const kop = open.length === 1 ? `1 actiepunt gaat naar ${code}` : `${open.length} actiepunten gaan naar ${code}`;
    regels.push({ casusId: punt.casusId, code, aantal: open.length, perSoort, tekst: `${kop}: ${delen.join(', ')}` });
  }
  return regels;
}

/** Today as YYYY-MM-DD in local time. */
export function vandaagIso(nu: Date = new Date()): string {
  return `${nu.getFullYear()}-${String(nu.getMonth() + 1).padStart(2, '0')}-${String(nu.getDate()).padStart(2, '0')}`;
}

/** A fresh id for a partner or actiepunt (the core checks they are unique). */
export function nieuwId(): string {
  return crypto.randomUUID();
}
