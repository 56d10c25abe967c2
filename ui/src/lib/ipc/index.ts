// The only door to the Tauri shell. Architecture invariant: nothing outside `src/lib/ipc/`
// imports `@tauri-apps/*` (enforced by eslint.config.js); features receive a `CoreApi`.
//
// Command names and argument names match `src-tauri/src/commands/`; Tauri maps the camelCase
// argument keys to the Rust snake_case parameters. Every rejection becomes an `IpcError`.

import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type { AppInfo } from './bindings/AppInfo';
import type { AuditEntry } from './bindings/AuditEntry';
import type { NewVault } from './bindings/NewVault';
import type { VaultSummary } from './bindings/VaultSummary';
import { toIpcError } from './errors';

export type { ApiError } from './bindings/ApiError';
export type { AppInfo } from './bindings/AppInfo';
export type { AuditEntry } from './bindings/AuditEntry';
export type { ErrorCode } from './bindings/ErrorCode';
export type { NewVault } from './bindings/NewVault';
export type { VaultState } from './bindings/VaultState';
export type { VaultSummary } from './bindings/VaultSummary';
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
  vaultRecover(args: { recoveryCode: string; newPassphrase: string }): Promise<VaultSummary>;
  vaultLock(): Promise<null>;
  vaultSummary(): Promise<VaultSummary>;
  vaultChangePassphrase(args: { oldPassphrase: string; newPassphrase: string }): Promise<null>;
  settingsSetIdleLock(args: { minutes: number }): Promise<VaultSummary>;
  appActivity(): Promise<null>;
  auditLog(): Promise<AuditEntry[]>;
  onVaultLocked(handler: (event: VaultLockedEvent) => void): Promise<Unsubscribe>;
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
    call<VaultSummary>('vault_recover', { recoveryCode, newPassphrase }),
  vaultLock: () => call<null>('vault_lock'),
  vaultSummary: () => call<VaultSummary>('vault_summary'),
  vaultChangePassphrase: ({ oldPassphrase, newPassphrase }) =>
    call<null>('vault_change_passphrase', { oldPassphrase, newPassphrase }),
  settingsSetIdleLock: ({ minutes }) => call<VaultSummary>('settings_set_idle_lock', { minutes }),
  appActivity: () => call<null>('app_activity'),
  auditLog: () => call<AuditEntry[]>('audit_log'),
  onVaultLocked: async (handler) => {
    try {
      const unlisten = await listen<unknown>(VAULT_LOCKED_EVENT, (event) => handler(parseVaultLocked(event.payload)));
      return () => unlisten();
    } catch (reason) {
      throw toIpcError(reason);
    }
  },
};
