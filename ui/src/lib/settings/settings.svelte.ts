// The settings page's service: change the passphrase, set the idle lock, the methodeinstellingen,
// read the audit trail.
// Results go back into the VaultSession (summary) so the header and lock screen stay in step.

import { toIpcError, type AuditEntry, type CoreApi, type Methodeinstellingen, type Methodeoverzicht } from '../ipc';
import type { VaultSession } from '../vault/session.svelte';
import { copy } from './copy';

export type Outcome = { ok: true; message: string } | { ok: false; code: string; message: string };

export class SettingsService {
  /** Newest first. Empty until loaded; cleared when the page is left. */
  audit: AuditEntry[] = $state([]);
  auditLoaded = $state(false);
  auditError: string | null = $state(null);

  readonly #api: CoreApi;
  readonly #session: VaultSession;

  constructor(api: CoreApi, session: VaultSession) {
    this.#api = api;
    this.#session = session;
  }

  async loadAudit(): Promise<void> {
    try {
      const entries = await this.#api.auditLog();
      this.audit = [...entries].sort((a, b) => b.seq - a.seq);
      this.auditError = null;
    } catch (reason) {
      this.audit = [];
      this.auditError = toIpcError(reason).message;
    } finally {
      this.auditLoaded = true;
    }
  }

  /** Drops the audit lines from memory (on leaving the page and on lock). */
  forget(): void {
    this.audit = [];
    this.auditLoaded = false;
    this.auditError = null;
  }

  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<Outcome> {
    try {
      await this.#api.vaultChangePassphrase({ oldPassphrase, newPassphrase });
    } catch (reason) {
      const error = toIpcError(reason);
      const message = error.code === 'wrongPassphrase' ? copy.passphrase.wrongOld : error.message;
      return { ok: false, code: error.code, message };
    }
    await this.#refresh();
    return { ok: true, message: copy.passphrase.done };
  }

  /** Rotates the data key; on success the outcome carries the new recovery code (shown once). */
  async sleutelVervangen(passphrase: string): Promise<Outcome & { herstelcode?: string }> {
    try {
      const nieuw = await this.#api.vaultSleutelVervangen({ passphrase });
      await this.#refresh();
      return { ok: true, message: copy.sleutel.done, herstelcode: nieuw.recoveryCode };
    } catch (reason) {
      const error = toIpcError(reason);
      const message = error.code === 'wrongPassphrase' ? copy.sleutel.wrong : error.message;
      return { ok: false, code: error.code, message };
    }
  }

  async setIdleLock(minutes: number): Promise<Outcome> {
    try {
      const summary = await this.#api.settingsSetIdleLock({ minutes });
      this.#session.updateSummary(summary);
      if (this.auditLoaded) await this.loadAudit();
      return { ok: true, message: copy.idle.done(summary.idleLockMinutes) };
    } catch (reason) {
      const error = toIpcError(reason);
      return { ok: false, code: error.code, message: error.message };
    }
  }

  /** The vault's methodeinstellingen with the core's explanation per setting. */
  async methode(): Promise<{ ok: true; overzicht: Methodeoverzicht } | { ok: false; message: string }> {
    try {
      return { ok: true, overzicht: await this.#api.methodeInstellingen() };
    } catch (reason) {
      return { ok: false, message: toIpcError(reason).message };
    }
  }

  /** Stores new methodeinstellingen; the core checks them and names every problem. */
  async zetMethode(instellingen: Methodeinstellingen): Promise<Outcome & { overzicht?: Methodeoverzicht }> {
    try {
      const overzicht = await this.#api.methodeInstellingenZet({ instellingen });
      if (this.auditLoaded) await this.loadAudit();
      return { ok: true, message: copy.methode.done, overzicht };
    } catch (reason) {
      const error = toIpcError(reason);
      return { ok: false, code: error.code, message: error.message };
    }
  }

  async #refresh(): Promise<void> {
    try {
      this.#session.updateSummary(await this.#api.vaultSummary());
    } catch {
      // The summary is a convenience; the change itself succeeded.
    }
    if (this.auditLoaded) await this.loadAudit();
  }
}
