// The only door to the Tauri shell. Architecture invariant: nothing outside `src/lib/ipc/`
// imports `@tauri-apps/*` (enforced by eslint.config.js); features receive a `CoreApi`.
//
// Command names and argument names match `src-tauri/src/commands/`; Tauri maps the camelCase
// argument keys to the Rust snake_case parameters. Every rejection becomes an `IpcError`.

import type { Faseverzoek } from './bindings/Faseverzoek';
import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type { AppInfo } from './bindings/AppInfo';
import type { AuditEntry } from './bindings/AuditEntry';
import type { Casus } from './bindings/Casus';
import type { CasusOverzicht } from './bindings/CasusOverzicht';
import type { CasusWerkblad } from './bindings/CasusWerkblad';
import type { Methodeinstellingen } from './bindings/Methodeinstellingen';
import type { Methodeoverzicht } from './bindings/Methodeoverzicht';
import type { NewVault } from './bindings/NewVault';
import type { Plansoort } from './bindings/Plansoort';
import type { Demonstratie } from './bindings/Demonstratie';
import type { Oefenmateriaal } from './bindings/Oefenmateriaal';
import type { VaultSummary } from './bindings/VaultSummary';
import type { Wachtwoordoordeel } from './bindings/Wachtwoordoordeel';
import type { Vergelijking } from './bindings/Vergelijking';
import type { Overlegpartner } from './bindings/Overlegpartner';
import type { Sessie } from './bindings/Sessie';
import type { SessieAfronding } from './bindings/SessieAfronding';
import type { Sessielijst } from './bindings/Sessielijst';
import type { SessieWerkblad } from './bindings/SessieWerkblad';
import { toIpcError } from './errors';

export type { ApiError } from './bindings/ApiError';
export type { AppInfo } from './bindings/AppInfo';
export type { AuditEntry } from './bindings/AuditEntry';
export type { Instelling } from './bindings/Instelling';
export type { Methodeoverzicht } from './bindings/Methodeoverzicht';
export type { ErrorCode } from './bindings/ErrorCode';
export type { NewVault } from './bindings/NewVault';
export type { VaultState } from './bindings/VaultState';
export type { VaultSummary } from './bindings/VaultSummary';
export type { Wachtwoordoordeel } from './bindings/Wachtwoordoordeel';
export type { Oefenbeschrijving } from './bindings/Oefenbeschrijving';
export type { Demobeeld } from './bindings/Demobeeld';
export type { Demonstratie } from './bindings/Demonstratie';
export type { Demostap } from './bindings/Demostap';
export type { Oefenmateriaal } from './bindings/Oefenmateriaal';
export type { Ordeningsregel } from './bindings/Ordeningsregel';
export type { Plansamenvatting } from './bindings/Plansamenvatting';
export type { Stapuitleg } from './bindings/Stapuitleg';
export type { Toelichting } from './bindings/Toelichting';
export type { Top3Regel } from './bindings/Top3Regel';
export type { Vergelijking } from './bindings/Vergelijking';
export type * from './casus-types';
/** The method's words (generated from the core's benamingen.rs). */
export * from './bindings/benamingen';
export type * from './sessie-types';
export { IpcError, toIpcError } from './errors';

/** Payload of the shell's `vault-locked` event. Not a ts-rs type: the shell emits it itself. */
export type VaultLockedEvent = { reason: 'idle' | 'manual' };
export const VAULT_LOCKED_EVENT = 'vault-locked';

/** Stops listening. */
export type Unsubscribe = () => void;

/** Everything the UI asks of the core. Features depend on this interface, tests pass a fake. */
export interface CoreApi {
  appInfo(): Promise<AppInfo>;
  vaultCreate(args: { passphrase: string; profileName: string }): Promise<NewVault>;
  vaultUnlock(args: { passphrase: string }): Promise<VaultSummary>;
  vaultRecover(args: { recoveryCode: string; newPassphrase: string }): Promise<NewVault>;
  vaultSleutelVervangen(args: { passphrase: string }): Promise<NewVault>;
  vaultLock(): Promise<null>;
  vaultSummary(): Promise<VaultSummary>;
  vaultChangePassphrase(args: { oldPassphrase: string; newPassphrase: string }): Promise<null>;
  /**
   * The core's verdict on a new passphrase (the rule lives in the core only). `profileName`: the
   * name typed on the create form; without it the open vault's profile name counts.
   */
  vaultWachtwoordBeoordeel(args: { passphrase: string; profileName?: string | null }): Promise<Wachtwoordoordeel>;
  settingsSetIdleLock(args: { minutes: number }): Promise<VaultSummary>;
  /** The vault's methodeinstellingen (drempel, periods) with their explanation. */
  methodeInstellingen(): Promise<Methodeoverzicht>;
  /** Stores new methodeinstellingen (checked whole by the core, audited). */
  methodeInstellingenZet(args: { instellingen: Methodeinstellingen }): Promise<Methodeoverzicht>;
  appActivity(): Promise<null>;
  auditLog(): Promise<AuditEntry[]>;
  onVaultLocked(handler: (event: VaultLockedEvent) => void): Promise<Unsubscribe>;
  casusList(): Promise<CasusOverzicht[]>;
  casusCreate(args: { code: string; titel: string }): Promise<CasusWerkblad>;
  casusOpen(args: { id: string }): Promise<CasusWerkblad>;
  /** Sends the whole casus back (its `versie` unchanged). The audit entry is the core's: it compares with the stored casus. */
  casusSave(args: { casus: Casus }): Promise<CasusWerkblad>;
  casusDelete(args: { id: string }): Promise<null>;
  /** Ids of the casussen that match (full text, diacritics ignored). */
  casusSearch(args: { tekst: string }): Promise<string[]>;
  casusChangePhase(args: { id: string; versie: number; verzoek: Faseverzoek }): Promise<CasusWerkblad>;
  /** Starts a new concept version of a plan (a copy of the vastgesteld one, else from the top 3). */
  planNieuw(args: { casusId: string; versie: number; soort: Plansoort }): Promise<CasusWerkblad>;
  /** The concept becomes vastgesteld (immutable); refused with a Dutch list of what is missing. */
  planVaststellen(args: { casusId: string; versie: number; planId: string }): Promise<CasusWerkblad>;
  planVerwijderConcept(args: { casusId: string; versie: number; planId: string }): Promise<CasusWerkblad>;
  /** Writes the plan as PDF after a save dialog: the path written, or null when the user cancelled. */
  planExportPdf(args: { casusId: string; planId: string; gezinsversie: boolean }): Promise<string | null>;
  /** Opens the oefenomgeving (made from the bundled oefencasussen on first use); the real vault is locked first. */
  oefenOpen(): Promise<VaultSummary>;
  /** Leaves the oefenomgeving (it is locked); the real vault's state. */
  oefenVerlaat(): Promise<AppInfo>;
  /** "Opnieuw beginnen": the oefenomgeving back to exactly the bundled oefencasussen (and open). */
  oefenReset(): Promise<VaultSummary>;
  /** The descriptions of the oefencasussen and the uitleg per stap. */
  oefenMateriaal(): Promise<Oefenmateriaal>;
  /** "Oefenen": a practice copy (e.g. OEF-01-O1) with only the raw information. */
  oefenKopie(args: { casusId: string }): Promise<CasusWerkblad>;
  /** "Vergelijk met modeluitwerking". */
  oefenDemo(args: { casusId: string }): Promise<Demonstratie>;
  oefenVergelijk(args: { casusId: string }): Promise<Vergelijking>;
  /** The MDA++ sessies, newest first. */
  sessieList(): Promise<Sessielijst>;
  /** A new sessie (gepland); its deelnemers start as the partner list. `datum` is YYYY-MM-DD. */
  sessieCreate(args: { datum: string; voorzitter: string }): Promise<SessieWerkblad>;
  sessieOpen(args: { id: string }): Promise<SessieWerkblad>;
  /** Sends the whole sessie back (its `versie` unchanged). The audit entry is the core's: it compares with the stored sessie. */
  sessieSave(args: { sessie: Sessie }): Promise<SessieWerkblad>;
  /** Deletes a sessie; no casus changes. */
  sessieDelete(args: { id: string }): Promise<null>;
  sessieStarten(args: { id: string; versie: number }): Promise<SessieWerkblad>;
  /** Closes the sessie; its actiepunten go into their casussen, all or nothing. */
  sessieAfronden(args: { id: string; versie: number }): Promise<SessieAfronding>;
  /** Writes the verslag as PDF after a save dialog: the path written, or null when the user cancelled. */
  sessieExportPdf(args: { id: string; pseudoniem: boolean }): Promise<string | null>;
  /** The reusable list of ketenpartners. */
  partnersList(): Promise<Overlegpartner[]>;
  /** Replaces the partner list; returns it as stored. */
  partnersSave(args: { partners: Overlegpartner[] }): Promise<Overlegpartner[]>;
}

/** The request to move a casus to another phase (generated from `top3::domain::Faseverzoek`). */
export type { Faseverzoek };

/**
 * On the wire the core serialises `Top3` transparently, as a plain array of places; the generated
 * binding says `{ plaatsen }`. These two functions are the one place that knows the difference.
 */
export function casusFromWire(raw: unknown): Casus {
  const c = raw as Casus & { top3: unknown };
  const top3 = Array.isArray(c.top3) ? { plaatsen: c.top3 } : (c.top3 as Casus['top3']);
  return { ...c, top3 } as Casus;
}

export function casusToWire(casus: Casus): Record<string, unknown> {
  return { ...casus, top3: casus.top3.plaatsen };
}

function werkbladFromWire(raw: unknown): CasusWerkblad {
  const w = raw as CasusWerkblad;
  return { ...w, casus: casusFromWire(w.casus) };
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toIpcError(reason);
  }
}

/** Reads the event payload defensively: anything but "idle" counts as a manual lock. */
export function parseVaultLocked(payload: unknown): VaultLockedEvent {
  const reason =
    typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)['reason'] : undefined;
  return { reason: reason === 'idle' ? 'idle' : 'manual' };
}

export const core: CoreApi = {
  appInfo: () => call<AppInfo>('app_info'),
  vaultCreate: ({ passphrase, profileName }) => call<NewVault>('vault_create', { passphrase, profileName }),
  vaultUnlock: ({ passphrase }) => call<VaultSummary>('vault_unlock', { passphrase }),
  vaultRecover: ({ recoveryCode, newPassphrase }) =>
    call<NewVault>('vault_recover', { recoveryCode, newPassphrase }),
  vaultSleutelVervangen: ({ passphrase }) => call<NewVault>('vault_sleutel_vervangen', { passphrase }),
  vaultLock: () => call<null>('vault_lock'),
  vaultSummary: () => call<VaultSummary>('vault_summary'),
  vaultChangePassphrase: ({ oldPassphrase, newPassphrase }) =>
    call<null>('vault_change_passphrase', { oldPassphrase, newPassphrase }),
  vaultWachtwoordBeoordeel: ({ passphrase, profileName }) =>
    call<Wachtwoordoordeel>('vault_wachtwoord_beoordeel', { passphrase, profileName: profileName ?? null }),
  settingsSetIdleLock: ({ minutes }) => call<VaultSummary>('settings_set_idle_lock', { minutes }),
  methodeInstellingen: () => call<Methodeoverzicht>('methode_instellingen'),
  methodeInstellingenZet: ({ instellingen }) => call<Methodeoverzicht>('methode_instellingen_zet', { instellingen }),
  appActivity: () => call<null>('app_activity'),
  auditLog: () => call<AuditEntry[]>('audit_log'),
  casusList: () => call<CasusOverzicht[]>('casus_list'),
  casusCreate: async ({ code, titel }) => werkbladFromWire(await call<unknown>('casus_create', { code, titel })),
  casusOpen: async ({ id }) => werkbladFromWire(await call<unknown>('casus_open', { id })),
  casusSave: async ({ casus }) => werkbladFromWire(await call<unknown>('casus_save', { casus: casusToWire(casus) })),
  casusDelete: ({ id }) => call<null>('casus_delete', { id }),
  casusSearch: ({ tekst }) => call<string[]>('casus_search', { tekst }),
  casusChangePhase: async ({ id, versie, verzoek }) =>
    werkbladFromWire(await call<unknown>('casus_change_phase', { id, versie, verzoek })),
  planNieuw: async ({ casusId, versie, soort }) =>
    werkbladFromWire(await call<unknown>('plan_nieuw', { casusId, versie, soort })),
  planVaststellen: async ({ casusId, versie, planId }) =>
    werkbladFromWire(await call<unknown>('plan_vaststellen', { casusId, versie, planId })),
  planVerwijderConcept: async ({ casusId, versie, planId }) =>
    werkbladFromWire(await call<unknown>('plan_verwijder_concept', { casusId, versie, planId })),
  planExportPdf: ({ casusId, planId, gezinsversie }) =>
    call<string | null>('plan_export_pdf', { casusId, planId, gezinsversie }),
  oefenOpen: () => call<VaultSummary>('oefen_open'),
  oefenVerlaat: () => call<AppInfo>('oefen_verlaat'),
  oefenReset: () => call<VaultSummary>('oefen_reset'),
  oefenMateriaal: () => call<Oefenmateriaal>('oefen_materiaal'),
  oefenKopie: async ({ casusId }) => werkbladFromWire(await call<unknown>('oefen_kopie', { casusId })),
  oefenDemo: ({ casusId }) => call<Demonstratie>('oefen_demo', { casusId }),
  oefenVergelijk: ({ casusId }) => call<Vergelijking>('oefen_vergelijk', { casusId }),
  sessieList: () => call<Sessielijst>('sessie_list'),
  sessieCreate: ({ datum, voorzitter }) => call<SessieWerkblad>('sessie_create', { datum, voorzitter }),
  sessieOpen: ({ id }) => call<SessieWerkblad>('sessie_open', { id }),
  sessieSave: ({ sessie }) => call<SessieWerkblad>('sessie_save', { sessie }),
  sessieDelete: ({ id }) => call<null>('sessie_delete', { id }),
  sessieStarten: ({ id, versie }) => call<SessieWerkblad>('sessie_starten', { id, versie }),
  sessieAfronden: ({ id, versie }) => call<SessieAfronding>('sessie_afronden', { id, versie }),
  sessieExportPdf: ({ id, pseudoniem }) => call<string | null>('sessie_export_pdf', { id, pseudoniem }),
  partnersList: () => call<Overlegpartner[]>('partners_list'),
  partnersSave: ({ partners }) => call<Overlegpartner[]>('partners_save', { partners }),
  onVaultLocked: async (handler) => {
    try {
      const unlisten = await listen<unknown>(VAULT_LOCKED_EVENT, (event) => handler(parseVaultLocked(event.payload)));
      return () => unlisten();
    } catch (reason) {
      throw toIpcError(reason);
    }
  },
};
