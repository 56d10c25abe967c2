// The vault session: which screen the app shows and the little it knows about the open vault.
//
// Invariant: everything sensitive lives here or in the views' local state, never in WebView storage.
// Locking (button, Ctrl+L, or the shell's `vault-locked` event) switches to the unlock screen and
// bumps `generation`; App.svelte keys the views on it, so every form value is dropped.

import {
  toIpcError,
  type AppInfo,
  type CoreApi,
  type VaultState,
  type VaultSummary,
  type Wachtwoordoordeel,
} from '../ipc';
import { normalizeRecoveryCode } from './recovery';

export type Screen =
  | { name: 'laden' }
  | { name: 'fout'; message: string }
  | { name: 'start' }
  | { name: 'nieuw' }
  | { name: 'herstelcode'; code: string }
  | { name: 'ontgrendel'; lockedBecause: 'idle' | 'manual' | null; lockFailed: boolean }
  | { name: 'herstel' }
  | { name: 'home' };

/** A manual lock waits at most this long for pending saves. */
export const BEFORE_LOCK_MS = 3000;

/** Waits for all `work` (failures ignored), but never longer than `ms`. */
async function finishWithin(work: Array<Promise<void>>, ms: number): Promise<void> {
  if (work.length === 0) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    Promise.allSettled(work),
    new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))),
  ]);
  clearTimeout(timer);
}

/**
 * The first screen for a vault state. No vault yet (first run) opens the oefenomgeving by itself
 * (`'oefen'`); leaving the oefenomgeving passes `firstRun = false` and gets the start screen.
 */
export function screenForVault(vault: VaultState, firstRun: boolean): 'oefen' | 'start' | 'ontgrendel' | 'home' {
  switch (vault) {
    case 'geen':
      return firstRun ? 'oefen' : 'start';
    case 'vergrendeld':
      return 'ontgrendel';
    case 'ontgrendeld':
      return 'home';
  }
}

export type HomePage = 'casussen' | 'sessies' | 'instellingen';

export class VaultSession {
  screen: Screen = $state({ name: 'laden' });
  /** From app_info: version, vault location. Nothing sensitive. */
  info: AppInfo | null = $state(null);
  /** The open vault's profile and settings; null while locked. */
  summary: VaultSummary | null = $state(null);
  page: HomePage = $state('casussen');
  /** Bumped on every lock; views are keyed on it so their local state is thrown away. */
  generation = $state(0);
  /**
   * The active vault is the oefenomgeving (fictitious casussen). Kept while it is locked, so the
   * unlock screen shows the banner and the passphrase hint.
   */
  oefen = $state(false);
  /** Why the oefenomgeving could not be opened (shown on the start screen), or null. */
  oefenError: string | null = $state(null);

  readonly #api: CoreApi;
  // Bookkeeping only, nothing on screen depends on it.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #beforeLock = new Set<() => Promise<void>>();
  #locking = false;

  constructor(api: CoreApi) {
    this.#api = api;
  }

  /** The vault is open (the core holds the key), whatever the screen shows. */
  get isOpen(): boolean {
    return this.screen.name === 'home' || this.screen.name === 'herstelcode';
  }

  /** Minutes until the idle lock, known even while locked (not sensitive). */
  get idleLockMinutes(): number {
    return this.summary?.idleLockMinutes ?? this.info?.idleLockMinutes ?? 5;
  }

  async load(): Promise<void> {
    this.screen = { name: 'laden' };
    try {
      const info = await this.#api.appInfo();
      this.info = info;
      // A reload while the oefenomgeving is active (perhaps locked): keep its banner and hint.
      this.oefen = info.oefenomgeving;
      await this.#show(screenForVault(info.vault, true));
    } catch (reason) {
      this.screen = { name: 'fout', message: toIpcError(reason).message };
    }
  }

  async #show(target: 'oefen' | 'start' | 'ontgrendel' | 'home'): Promise<void> {
    switch (target) {
      case 'oefen':
        try {
          await this.openOefen();
        } catch (reason) {
          this.oefenError = toIpcError(reason).message;
          this.screen = { name: 'start' };
        }
        break;
      case 'start':
        this.screen = { name: 'start' };
        break;
      case 'ontgrendel':
        this.screen = { name: 'ontgrendel', lockedBecause: null, lockFailed: false };
        break;
      case 'home':
        // E.g. the web view was reloaded while the vault stayed open in the shell.
        this.#open(await this.#api.vaultSummary());
        break;
    }
  }

  /** Opens the oefenomgeving (the real vault is locked first by the shell). Throws `IpcError`. */
  async openOefen(): Promise<void> {
    const summary = await this.#api.oefenOpen();
    this.oefenError = null;
    this.generation += 1;
    this.#open(summary);
  }

  /**
   * "Naar je eigen kluis": saves what was just typed, leaves the oefenomgeving and shows the real
   * vault's start or unlock screen. Throws `IpcError`.
   */
  async leaveOefen(): Promise<void> {
    if (this.isOpen) await finishWithin([...this.#beforeLock].map((flush) => flush()), BEFORE_LOCK_MS);
    const info = await this.#api.oefenVerlaat();
    this.info = info;
    this.oefen = false;
    this.summary = null;
    this.page = 'casussen';
    this.generation += 1;
    await this.#show(screenForVault(info.vault, false));
  }

  /** "Opnieuw beginnen": the oefenomgeving back to the bundled casussen, then the casus list. Throws `IpcError`. */
  async resetOefen(): Promise<void> {
    const summary = await this.#api.oefenReset();
    this.generation += 1;
    this.#open(summary);
  }

  showCreate(): void {
    this.screen = { name: 'nieuw' };
  }

  showStart(): void {
    this.screen = { name: 'start' };
  }

  showRecover(): void {
    this.screen = { name: 'herstel' };
  }

  showUnlock(): void {
    this.screen = { name: 'ontgrendel', lockedBecause: null, lockFailed: false };
  }

  showPage(page: HomePage): void {
    this.page = page;
  }

  /** Creates the vault (which opens it) and shows the recovery code once. Throws `IpcError`. */
  async create(profileName: string, passphrase: string): Promise<void> {
    const created = await this.#api.vaultCreate({ profileName: profileName.trim(), passphrase });
    if (this.info) this.info = { ...this.info, vault: 'ontgrendeld' };
    this.summary = await this.#api.vaultSummary().catch(() => ({
      profileName: profileName.trim(),
      auditEntries: 0,
      idleLockMinutes: this.idleLockMinutes,
      oefenomgeving: false,
    }));
    this.screen = { name: 'herstelcode', code: created.recoveryCode };
  }

  /** Leaves the recovery-code screen; the code is forgotten. */
  finishRecoveryCode(): void {
    if (this.screen.name !== 'herstelcode') return;
    this.page = 'casussen';
    this.screen = { name: 'home' };
  }

  /** The core's verdict on a new passphrase (see `Wachtwoordmeter`). Throws `IpcError`. */
  beoordeelWachtwoord(passphrase: string, profileName?: string | null): Promise<Wachtwoordoordeel> {
    return this.#api.vaultWachtwoordBeoordeel({ passphrase, profileName: profileName ?? null });
  }

  /** Throws `IpcError` (code `wrongPassphrase` when the passphrase does not fit). */
  async unlock(passphrase: string): Promise<void> {
    this.#open(await this.#api.vaultUnlock({ passphrase }));
  }

  /** Throws `IpcError`. */
  async recover(recoveryCode: string, newPassphrase: string): Promise<void> {
    // The used code is spent: the core rotated the key and returns a new code, shown once.
    const nieuw = await this.#api.vaultRecover({ recoveryCode: normalizeRecoveryCode(recoveryCode), newPassphrase });
    this.#open(await this.#api.vaultSummary());
    this.screen = { name: 'herstelcode', code: nieuw.recoveryCode };
  }

  /**
   * Registers work to finish before a manual lock (an open casus saves what was just typed).
   * Returns the function that unregisters it.
   */
  beforeLock(flush: () => Promise<void>): () => void {
    this.#beforeLock.add(flush);
    return () => void this.#beforeLock.delete(flush);
  }

  /**
   * Finishes pending saves (at most `BEFORE_LOCK_MS`), hides everything, then asks the core to
   * drop the key.
   */
  async lock(): Promise<void> {
    if (!this.isOpen || this.#locking) return;
    this.#locking = true;
    try {
      await finishWithin([...this.#beforeLock].map((flush) => flush()), BEFORE_LOCK_MS);
    } finally {
      this.#locking = false;
    }
    if (!this.isOpen) return;
    this.#clear(null);
    try {
      await this.#api.vaultLock();
    } catch (reason) {
      const error = toIpcError(reason);
      if (error.code !== 'locked' && error.code !== 'noVault' && this.screen.name === 'ontgrendel') {
        this.screen = { ...this.screen, lockFailed: true };
      }
    }
  }

  /** The shell locked the vault (idle timer, or a lock from elsewhere). */
  lockedByShell(reason: 'idle' | 'manual'): void {
    // Already locked (e.g. the echo of our own vault_lock): nothing of the vault is on screen, and
    // re-creating the unlock form would wipe what the user is typing there.
    if (this.isOpen) this.#clear(reason);
  }

  /** After settings change the idle minutes or anything else in the summary. */
  updateSummary(summary: VaultSummary): void {
    this.summary = summary;
    if (this.info) this.info = { ...this.info, idleLockMinutes: summary.idleLockMinutes };
  }

  #open(summary: VaultSummary): void {
    this.summary = summary;
    this.oefen = summary.oefenomgeving;
    if (this.info) this.info = { ...this.info, vault: 'ontgrendeld', idleLockMinutes: summary.idleLockMinutes };
    this.page = 'casussen';
    this.screen = { name: 'home' };
  }

  #clear(reason: 'idle' | 'manual' | null): void {
    if (this.info) this.info = { ...this.info, idleLockMinutes: this.idleLockMinutes, vault: 'vergrendeld' };
    this.summary = null;
    this.page = 'casussen';
    this.generation += 1;
    this.screen = { name: 'ontgrendel', lockedBecause: reason, lockFailed: false };
  }
}
