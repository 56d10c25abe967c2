// An in-memory stand-in for the core, for working on the UI in a plain browser
// (`npm run dev:mock`). Only loaded when Vite runs in mode "mock"; production builds drop it.
// It stores nothing anywhere: reload and the "vault" is gone.

import type { AppInfo } from './bindings/AppInfo';
import type { AuditEntry } from './bindings/AuditEntry';
import type { VaultSummary } from './bindings/VaultSummary';
import { IpcError } from './errors';
import type { CoreApi, VaultLockedEvent } from './index';

const WRONG = 'Het wachtwoord klopt niet. Er is niets gewijzigd.';

export function mockCore(
  options: { delayMs?: number; initial?: AppInfo['vault']; vaultDir?: string | undefined } = {},
): CoreApi {
  const vaultDir = options.vaultDir ?? '/home/gebruiker/.local/share/nl.top3.werkplaats/kluis';
  const delay = () => new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 400));
  const listeners = new Set<(event: VaultLockedEvent) => void>();
  let state: AppInfo['vault'] = options.initial ?? 'geen';
  let passphrase = 'fiets boom kat huis';
  let recoveryCode = 'K7QM-2XWP-9HDT-R4FC-JN6B-V8LS';
  let profileName = 'J. de Vries';
  let idleLockMinutes = 5;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const audit: AuditEntry[] = [];

  const log = (action: string, summary: string) =>
    audit.push({ seq: audit.length + 1, at: new Date().toISOString(), who: profileName, action, casusId: null, summary });
  const summary = (): VaultSummary => ({ profileName, auditEntries: audit.length, idleLockMinutes });
  const armIdle = () => {
    clearTimeout(idleTimer);
    if (state === 'ontgrendeld') idleTimer = setTimeout(() => lock('idle'), idleLockMinutes * 60_000);
  };
  const lock = (reason: VaultLockedEvent['reason']) => {
    if (state !== 'ontgrendeld') return;
    state = 'vergrendeld';
    clearTimeout(idleTimer);
    log('kluis.vergrendeld', reason === 'idle' ? 'Kluis vergrendeld na inactiviteit' : 'Kluis vergrendeld');
    for (const listener of listeners) listener({ reason });
  };
  const open = () => {
    if (state === 'geen') throw new IpcError('noVault', 'Er is nog geen kluis.');
    if (state !== 'ontgrendeld') throw new IpcError('locked', 'De kluis is vergrendeld.');
  };

  if (state !== 'geen') {
    log('kluis.aangemaakt', 'Kluis aangemaakt');
  }

  return {
    async appInfo() {
      return { version: '0.1.0', vaultDir, vault: state, idleLockMinutes };
    },
    async vaultCreate(args) {
      await delay();
      if (state !== 'geen') throw new IpcError('vaultExists', 'Er bestaat al een kluis.');
      if ([...args.passphrase].length < 12) throw new IpcError('invalid', 'Kies een wachtwoord van minimaal 12 tekens.');
      passphrase = args.passphrase;
      profileName = args.profileName;
      state = 'ontgrendeld';
      log('kluis.aangemaakt', 'Kluis aangemaakt');
      armIdle();
      return { recoveryCode };
    },
    async vaultUnlock(args) {
      await delay();
      if (state === 'geen') throw new IpcError('noVault', 'Er is nog geen kluis.');
      if (args.passphrase !== passphrase) throw new IpcError('wrongPassphrase', WRONG);
      state = 'ontgrendeld';
      log('kluis.ontgrendeld', 'Kluis ontgrendeld');
      armIdle();
      return summary();
    },
    async vaultRecover(args) {
      await delay();
      if (args.recoveryCode !== recoveryCode) throw new IpcError('wrongPassphrase', WRONG);
      passphrase = args.newPassphrase;
      recoveryCode = 'P3XR-8KDW-2MQN-T6HV-9CJF-B4LZ';
      state = 'ontgrendeld';
      log('kluis.hersteld', 'Kluis geopend met herstelcode; nieuw wachtwoord');
      armIdle();
      return summary();
    },
    async vaultLock() {
      lock('manual');
      return null;
    },
    async vaultSummary() {
      open();
      return summary();
    },
    async vaultChangePassphrase(args) {
      await delay();
      open();
      if (args.oldPassphrase !== passphrase) throw new IpcError('wrongPassphrase', WRONG);
      passphrase = args.newPassphrase;
      log('wachtwoord.gewijzigd', 'Wachtwoord gewijzigd');
      return null;
    },
    async settingsSetIdleLock(args) {
      open();
      if (!Number.isInteger(args.minutes) || args.minutes < 1 || args.minutes > 120) {
        throw new IpcError('invalid', 'Kies 1 tot en met 120 minuten.');
      }
      idleLockMinutes = args.minutes;
      log('instelling.gewijzigd', `Automatisch vergrendelen na ${args.minutes} minuten`);
      armIdle();
      return summary();
    },
    async appActivity() {
      armIdle();
      return null;
    },
    async auditLog() {
      open();
      return audit.map((entry) => ({ ...entry }));
    },
    async onVaultLocked(handler) {
      listeners.add(handler);
      return () => listeners.delete(handler);
    },
  };
}
