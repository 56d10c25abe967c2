// The method's words for the core's enum values, as the screen shows them. The words themselves
// live in one place, the core's `benamingen.rs`, and reach the UI as generated tables
// (`ipc/bindings/benamingen.ts`, checked for staleness like the bindings); here they only get a
// capital letter for use as a label on their own.

import {
  AARD as AARD_CORE,
  BAAN,
  CASUSSTATUS,
  ERNST as ERNST_CORE,
  FASE as FASE_CORE,
  FREQUENTIE as FREQUENTIE_CORE,
  JA_NEE as JA_NEE_CORE,
  ONVEILIGHEID_KORT,
  PERSPECTIEF as PERSPECTIEF_CORE,
  PLANSOORT as PLANSOORT_CORE,
  PLANSTATUS as PLANSTATUS_CORE,
  ROL as ROL_CORE,
  VEILIG_OPGROEIEN as VEILIG_OPGROEIEN_CORE,
  VORM as VORM_CORE,
  type CasusStatus,
  type Categorie,
  type Fase,
  type Rol,
} from '../ipc';

/** "directe veiligheid" → "Directe veiligheid". */
export function hoofdletter(tekst: string): string {
  return `${tekst.charAt(0).toUpperCase()}${tekst.slice(1)}`;
}

/** Every label of a table with a capital letter. */
export function metHoofdletter<K extends string>(tabel: Record<K, string>): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(tabel).map(([k, v]) => [k, hoofdletter(v)])) as Record<K, string>;
}

export const FASE = metHoofdletter(FASE_CORE);
export const FASEN = Object.keys(FASE_CORE) as Fase[];

export const STATUS = metHoofdletter(CASUSSTATUS);
export const STATUSSEN = Object.keys(CASUSSTATUS) as CasusStatus[];

/** The lanes of Ordenen by their headings ("Onveilige situaties", "Krachten"). */
export const CATEGORIE = BAAN;
/** Lanes in the order of the keys 1–4; key 0 is "nog te ordenen". */
export const LANES: Categorie[] = ['onveiligeSituatie', 'risicofactor', 'beschermendeFactor', 'schade'];

export const AARD = metHoofdletter(AARD_CORE);
export const ROL = metHoofdletter(ROL_CORE);
export const ROLLEN = Object.keys(ROL_CORE) as Rol[];
export const JA_NEE = metHoofdletter(JA_NEE_CORE);
export const VEILIG_OPGROEIEN = metHoofdletter(VEILIG_OPGROEIEN_CORE);

/** The short form where the three kinds of onveiligheid stand side by side. */
export const ONVEILIGHEID = metHoofdletter(ONVEILIGHEID_KORT);
export const ERNST = metHoofdletter(ERNST_CORE);
export const FREQUENTIE = metHoofdletter(FREQUENTIE_CORE);
export const VORM = metHoofdletter(VORM_CORE);

/** Who gave a score: "Professional", "MDA++-tafel" (a betrokkene is named instead). */
export const PERSPECTIEF = metHoofdletter(PERSPECTIEF_CORE);

export const PLANSOORT = PLANSOORT_CORE;
export const PLANSTATUS = metHoofdletter(PLANSTATUS_CORE);
