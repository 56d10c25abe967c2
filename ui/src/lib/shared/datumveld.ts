// Dates typed the Dutch way (dd-mm-jjjj) for the shared date field: parse to ISO yyyy-mm-dd for
// the model, format ISO back for the field, and say in plain Dutch what is wrong with a bad one.
// Native <input type="date"> follows the process locale in WebKitGTK (mm/dd/yyyy on a US system).
// The earliest year is the core's (VROEGSTE_JAAR, generated), which checks it again on save.

import { VROEGSTE_JAAR } from '../ipc/bindings/grenzen';

export const DATUM_HINT = 'dd-mm-jjjj';

/** The months, lower case, as Dutch writes them in a date ("5 maart 2026"). */
export const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

export const DATUM_FORMAAT_FOUT = 'Vul een datum in als dd-mm-jjjj, bijvoorbeeld 05-03-2026.';

export type DatumUitslag = { ok: true; iso: string | null } | { ok: false; fout: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function dagenInMaand(jaar: number, maand: number): number {
  return new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

/** "2026-03-05" → "05-03-2026"; null or anything that is not an ISO date → "" or the text itself. */
export function naarInvoer(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/**
 * Reads d-m-jjjj or dd-mm-jjjj (also with / or . between, or eight digits ddmmjjjj). Empty is
 * `iso: null` (no date). `max` (ISO) refuses later dates, e.g. today for something that happened.
 */
export function leesDatum(tekst: string, opties: { max?: string | undefined } = {}): DatumUitslag {
  const t = tekst.trim();
  if (t === '') return { ok: true, iso: null };
  const m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d+)$/.exec(t) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(t);
  if (!m) return { ok: false, fout: DATUM_FORMAAT_FOUT };
  const dag = Number(m[1]);
  const maand = Number(m[2]);
  const jaarTekst = m[3] ?? '';
  if (jaarTekst.length !== 4) return { ok: false, fout: `Vul het jaar met vier cijfers in, bijvoorbeeld 05-03-2026.` };
  const jaar = Number(jaarTekst);
  if (maand < 1 || maand > 12) return { ok: false, fout: `${pad(maand)} is geen maand: de maand is 01 tot en met 12.` };
  const dagen = dagenInMaand(jaar, maand);
  if (dag < 1 || dag > dagen) {
    return {
      ok: false,
      fout: `${pad(dag)}-${pad(maand)}-${jaarTekst} bestaat niet: ${MAANDEN[maand - 1]} ${jaarTekst} heeft ${dagen} dagen.`,
    };
  }
  if (jaar < VROEGSTE_JAAR) {
    return { ok: false, fout: `${jaarTekst} is te lang geleden: vul een jaar in vanaf ${VROEGSTE_JAAR}.` };
  }
  const iso = `${jaarTekst}-${pad(maand)}-${pad(dag)}`;
  if (opties.max && iso > opties.max) {
    return { ok: false, fout: `${naarInvoer(iso)} ligt in de toekomst: vul een datum in tot en met ${naarInvoer(opties.max)}.` };
  }
  return { ok: true, iso };
}
