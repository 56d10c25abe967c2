import { describe, expect, it, vi } from 'vitest';
import { IpcError, type AppInfo, type CoreApi, type VaultSummary } from '../ipc';
import { BEFORE_LOCK_MS, screenForVault, VaultSession } from './session.svelte';
import { fakeCasusApi } from '../casus/fake';
import { fakeOefenApi } from '../oefen/fake';
import { fakeSessieApi } from '../sessie/fake';

const summary: VaultSummary = { profileName: 'J. de Vries', auditEntries: 3, idleLockMinutes: 5, oefenomgeving: false };

function fakeApi(vault: AppInfo['vault'] = 'geen', overrides: Partial<CoreApi> = {}): CoreApi {
  return {
    appInfo: vi.fn(async () => ({ version: '0.1.0', vaultDir: '/home/x/.local/share/top3', vault, idleLockMinutes: 5, oefenomgeving: false })),
    vaultCreate: vi.fn(async () => ({ recoveryCode: 'ABCD-EFGH-JKLM' })),
    vaultUnlock: vi.fn(async () => summary),
    vaultRecover: vi.fn(async () => ({ recoveryCode: 'NIEUW-CODE1-ABCDE' })),
    vaultSleutelVervangen: vi.fn(async () => ({ recoveryCode: 'NIEUW-CODE2-ABCDE' })),
    vaultLock: vi.fn(async () => null),
    vaultSummary: vi.fn(async () => summary),
    vaultChangePassphrase: vi.fn(async () => null),
    vaultWachtwoordBeoordeel: vi.fn(async () => ({ score: 4, voldoende: true, uitleg: ['Sterk wachtwoord.'] })),
    settingsSetIdleLock: vi.fn(async ({ minutes }) => ({ ...summary, idleLockMinutes: minutes })),
    methodeInstellingen: vi.fn(),
    methodeInstellingenZet: vi.fn(),
    appActivity: vi.fn(async () => null),
    auditLog: vi.fn(async () => []),
    ...fakeCasusApi(),
    ...fakeOefenApi(),
    ...fakeSessieApi(),
    onVaultLocked: vi.fn(async () => () => {}),
    ...overrides,
  };
}

const oefenSummary: VaultSummary = { profileName: 'Oefenen', auditEntries: 1, idleLockMinutes: 5, oefenomgeving: true };

describe('screenForVault: which screen to show', () => {
  it.each([
    ['geen', true, 'oefen'],
    ['geen', false, 'start'],
    ['vergrendeld', true, 'ontgrendel'],
    ['vergrendeld', false, 'ontgrendel'],
    ['ontgrendeld', true, 'home'],
  ] as const)('vault %s, first run %s → %s', (vault, firstRun, screen) => {
    expect(screenForVault(vault, firstRun)).toBe(screen);
  });
});

describe('VaultSession: the oefenomgeving', () => {
  it('first run (no vault) opens the oefenomgeving by itself', async () => {
    const api = fakeApi('geen', { oefenOpen: vi.fn(async () => oefenSummary) });
    const session = new VaultSession(api);
    await session.load();
    expect(api.oefenOpen).toHaveBeenCalledOnce();
    expect(session.screen.name).toBe('home');
    expect(session.oefen).toBe(true);
  });

  it('falls back to the start screen with the reason when the oefenomgeving cannot open', async () => {
    const api = fakeApi('geen', { oefenOpen: () => Promise.reject({ code: 'internal', message: 'Map niet schrijfbaar.' }) });
    const session = new VaultSession(api);
    await session.load();
    expect(session.screen.name).toBe('start');
    expect(session.oefenError).toBe('Map niet schrijfbaar.');
  });

  it('a lock keeps the oefen flag (banner and hint on the unlock screen); leaving shows the start screen', async () => {
    const info = { version: '0.1.0', vaultDir: '/v', vault: 'geen' as const, idleLockMinutes: 5, oefenomgeving: false };
    const api = fakeApi('geen', { oefenOpen: vi.fn(async () => oefenSummary), oefenVerlaat: vi.fn(async () => info) });
    const session = new VaultSession(api);
    await session.load();
    session.lockedByShell('idle');
    expect(session.screen.name).toBe('ontgrendel');
    expect(session.oefen).toBe(true);

    const flush = vi.fn(async () => {});
    session.beforeLock(flush);
    await session.load();
    await session.leaveOefen();
    expect(session.oefen).toBe(false);
    expect(session.summary).toBeNull();
    expect(session.screen.name).toBe('start');
    expect(api.oefenOpen).toHaveBeenCalledTimes(2);
  });

  it('leaving to an existing vault shows its unlock screen; saves are flushed first', async () => {
    const api = fakeApi('ontgrendeld', {
      vaultSummary: vi.fn(async () => oefenSummary),
      oefenVerlaat: vi.fn(async () => ({ version: '0.1.0', vaultDir: '/v', vault: 'vergrendeld' as const, idleLockMinutes: 5, oefenomgeving: false })),
    });
    const session = new VaultSession(api);
    await session.load();
    expect(session.oefen).toBe(true);
    const flush = vi.fn(async () => {});
    session.beforeLock(flush);
    const before = session.generation;
    await session.leaveOefen();
    expect(flush).toHaveBeenCalledOnce();
    expect(session.screen.name).toBe('ontgrendel');
    expect(session.generation).toBeGreaterThan(before);
  });

  it('"Opnieuw beginnen" re-creates the home frame on the casus list', async () => {
    const api = fakeApi('geen', { oefenOpen: vi.fn(async () => oefenSummary), oefenReset: vi.fn(async () => oefenSummary) });
    const session = new VaultSession(api);
    await session.load();
    session.showPage('instellingen');
    const before = session.generation;
    await session.resetOefen();
    expect(api.oefenReset).toHaveBeenCalledOnce();
    expect(session.generation).toBe(before + 1);
    expect(session.page).toBe('casussen');
    expect(session.screen.name).toBe('home');
  });

  it('a reload while the oefenomgeving is locked keeps its banner and hint', async () => {
    const api = fakeApi('vergrendeld', {
      appInfo: vi.fn(async () => ({ version: '0.1.0', vaultDir: '/o', vault: 'vergrendeld' as const, idleLockMinutes: 5, oefenomgeving: true })),
    });
    const session = new VaultSession(api);
    await session.load();
    expect(session.screen.name).toBe('ontgrendel');
    expect(session.oefen).toBe(true);
  });

  it('from the start screen of a real vault the oefenomgeving opens on request', async () => {
    const api = fakeApi('vergrendeld', { oefenOpen: vi.fn(async () => oefenSummary) });
    const session = new VaultSession(api);
    await session.load();
    await session.openOefen();
    expect(session.screen.name).toBe('home');
    expect(session.oefen).toBe(true);
  });
});

describe('VaultSession.load', () => {
  it.each([
    ['geen', 'home'],
    ['vergrendeld', 'ontgrendel'],
    ['ontgrendeld', 'home'],
  ] as const)('vault %s → screen %s', async (vault, screen) => {
    const session = new VaultSession(fakeApi(vault, { oefenOpen: vi.fn(async () => oefenSummary) }));
    await session.load();
    expect(session.screen.name).toBe(screen);
    expect(session.info?.version).toBe('0.1.0');
  });

  it('shows an error screen when the core cannot be reached', async () => {
    const session = new VaultSession(fakeApi('geen', { appInfo: () => Promise.reject(new Error('no tauri')) }));
    await session.load();
    expect(session.screen.name).toBe('fout');
  });
});

describe('VaultSession: create, recovery code, lock, unlock', () => {
  it('walks the first-run path', async () => {
    const api = fakeApi('geen');
    const session = new VaultSession(api);
    await session.load();
    session.showCreate();
    await session.create('  J. de Vries ', 'fiets boom kat huis');
    expect(api.vaultCreate).toHaveBeenCalledWith({ profileName: 'J. de Vries', passphrase: 'fiets boom kat huis' });
    expect(session.screen).toEqual({ name: 'herstelcode', code: 'ABCD-EFGH-JKLM' });
    expect(session.isOpen).toBe(true);

    session.finishRecoveryCode();
    expect(session.screen).toEqual({ name: 'home' });
    expect(session.summary?.profileName).toBe('J. de Vries');
  });

  it('lock hides everything and asks the core to lock', async () => {
    const api = fakeApi('vergrendeld');
    const session = new VaultSession(api);
    await session.load();
    await session.unlock('goed wachtwoord');
    session.showPage('instellingen');
    const generation = session.generation;

    await session.lock();
    expect(api.vaultLock).toHaveBeenCalledOnce();
    expect(session.screen).toEqual({ name: 'ontgrendel', lockedBecause: null, lockFailed: false });
    expect(session.summary).toBeNull();
    expect(session.page).toBe('casussen');
    expect(session.generation).toBe(generation + 1);
  });

  it('a lock that fails in the core still hides the screen, and says so', async () => {
    const api = fakeApi('ontgrendeld', {
      vaultLock: () => Promise.reject({ code: 'io', message: 'Schijf vol.' }),
    });
    const session = new VaultSession(api);
    await session.load();
    await session.lock();
    expect(session.screen).toMatchObject({ name: 'ontgrendel', lockFailed: true });
    expect(session.summary).toBeNull();
  });

  it('a manual lock first waits for registered pending saves, then locks', async () => {
    const api = fakeApi('ontgrendeld');
    const session = new VaultSession(api);
    await session.load();
    const order: string[] = [];
    let release = () => {};
    const stop = session.beforeLock(
      () =>
        new Promise<void>((resolve) => {
          release = () => {
            order.push('saved');
            resolve();
          };
        }),
    );
    (api.vaultLock as ReturnType<typeof vi.fn>).mockImplementation(async () => {
      order.push('locked');
      return null;
    });
    const locking = session.lock();
    await Promise.resolve();
    expect(session.screen.name).toBe('home');
    release();
    await locking;
    expect(order).toEqual(['saved', 'locked']);
    expect(session.screen.name).toBe('ontgrendel');

    stop();
    await session.unlock('x');
    await session.lock();
    expect(order).toEqual(['saved', 'locked', 'locked']);
  });

  it('a failing or hanging save never keeps the vault open', async () => {
    vi.useFakeTimers();
    try {
      const api = fakeApi('ontgrendeld');
      const session = new VaultSession(api);
      await session.load();
      session.beforeLock(() => Promise.reject(new Error('x')));
      session.beforeLock(() => new Promise<void>(() => {}));
      const locking = session.lock();
      await vi.advanceTimersByTimeAsync(BEFORE_LOCK_MS);
      await locking;
      expect(api.vaultLock).toHaveBeenCalledOnce();
      expect(session.screen.name).toBe('ontgrendel');
    } finally {
      vi.useRealTimers();
    }
  });

  it('does nothing on lock while nothing is open', async () => {
    const api = fakeApi('geen');
    const session = new VaultSession(api);
    await session.load();
    await session.lock();
    expect(api.vaultLock).not.toHaveBeenCalled();
    expect(session.screen.name).toBe('start');
  });

  it('a wrong passphrase leaves the session locked and rethrows a typed error', async () => {
    const api = fakeApi('vergrendeld', {
      vaultUnlock: () => Promise.reject(new IpcError('wrongPassphrase', 'Het wachtwoord klopt niet.')),
    });
    const session = new VaultSession(api);
    await session.load();
    await expect(session.unlock('fout')).rejects.toMatchObject({ code: 'wrongPassphrase' });
    expect(session.screen.name).toBe('ontgrendel');
    expect(session.summary).toBeNull();
  });

  it('recover tidies the code before sending it', async () => {
    const api = fakeApi('vergrendeld');
    const session = new VaultSession(api);
    await session.load();
    session.showRecover();
    await session.recover(' abcd efgh-jklm ', 'nieuw wachtwoord!');
    expect(api.vaultRecover).toHaveBeenCalledWith({ recoveryCode: 'ABCD-EFGH-JKLM', newPassphrase: 'nieuw wachtwoord!' });
    // The used code is spent: the new one is shown once, then the app opens.
    expect(session.screen).toEqual({ name: 'herstelcode', code: 'NIEUW-CODE1-ABCDE' });
    session.finishRecoveryCode();
    expect(session.screen.name).toBe('home');
  });
});

describe('VaultSession.lockedByShell', () => {
  it('idle lock while open: unlock screen that says why, summary gone', async () => {
    const session = new VaultSession(fakeApi('ontgrendeld'));
    await session.load();
    session.lockedByShell('idle');
    expect(session.screen).toEqual({ name: 'ontgrendel', lockedBecause: 'idle', lockFailed: false });
    expect(session.summary).toBeNull();
  });

  it('while the recovery code is shown: the code is dropped', async () => {
    const session = new VaultSession(fakeApi('geen'));
    await session.load();
    await session.create('JdV', 'fiets boom kat huis');
    session.lockedByShell('idle');
    expect(session.screen.name).toBe('ontgrendel');
    expect(JSON.stringify(session.screen)).not.toContain('ABCD');
  });

  it('while already locked (the echo of our own lock): nothing changes', async () => {
    const session = new VaultSession(fakeApi('ontgrendeld'));
    await session.load();
    await session.lock();
    const generation = session.generation;
    session.lockedByShell('manual');
    expect(session.screen).toEqual({ name: 'ontgrendel', lockedBecause: null, lockFailed: false });
    expect(session.generation).toBe(generation);
  });
});

describe('VaultSession.updateSummary', () => {
  it('remembers the new idle minutes for the lock screen', async () => {
    const session = new VaultSession(fakeApi('ontgrendeld'));
    await session.load();
    session.updateSummary({ ...summary, idleLockMinutes: 15, oefenomgeving: false });
    session.lockedByShell('idle');
    expect(session.idleLockMinutes).toBe(15);
  });
});
