import { describe, expect, it, vi } from 'vitest';
import type { AuditEntry, CoreApi, VaultSummary } from '../ipc';
import { VaultSession } from '../vault/session.svelte';
import { SettingsService } from './settings.svelte';
import { fakeCasusApi } from '../casus/fake';
import { fakeOefenApi } from '../oefen/fake';
import { fakeSessieApi } from '../sessie/fake';

const summary: VaultSummary = { profileName: 'JdV', auditEntries: 2, idleLockMinutes: 5, oefenomgeving: false };
const entry = (seq: number): AuditEntry => ({
  seq,
  at: '2026-11-23T13:05:00Z',
  who: 'JdV',
  action: 'vault.unlock',
  casusId: null,
  summary: 'Kluis ontgrendeld',
});

function setup(overrides: Partial<CoreApi> = {}) {
  const api: CoreApi = {
    appInfo: vi.fn(async () => ({ version: '0.1.0', vaultDir: '/v', vault: 'ontgrendeld' as const, idleLockMinutes: 5, oefenomgeving: false })),
    vaultCreate: vi.fn(),
    vaultUnlock: vi.fn(),
    vaultRecover: vi.fn(),
    vaultSleutelVervangen: vi.fn(async () => ({ recoveryCode: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' })),
    vaultLock: vi.fn(async () => null),
    vaultSummary: vi.fn(async () => summary),
    vaultChangePassphrase: vi.fn(async () => null),
    vaultWachtwoordBeoordeel: vi.fn(async () => ({ score: 4, voldoende: true, uitleg: ['Sterk wachtwoord.'] })),
    settingsSetIdleLock: vi.fn(async ({ minutes }) => ({ ...summary, idleLockMinutes: minutes })),
    methodeInstellingen: vi.fn(),
    methodeInstellingenZet: vi.fn(),
    appActivity: vi.fn(),
    auditLog: vi.fn(async () => [entry(1), entry(3), entry(2)]),
    ...fakeCasusApi(),
    ...fakeOefenApi(),
    ...fakeSessieApi(),
    onVaultLocked: vi.fn(),
    ...overrides,
  };
  const session = new VaultSession(api);
  return { api, session, settings: new SettingsService(api, session) };
}

describe('SettingsService', () => {
  it('loads the audit trail newest first, and forgets it', async () => {
    const { settings } = setup();
    await settings.loadAudit();
    expect(settings.audit.map((e) => e.seq)).toEqual([3, 2, 1]);
    expect(settings.auditLoaded).toBe(true);
    settings.forget();
    expect(settings.audit).toEqual([]);
  });

  it('reports an audit error in Dutch', async () => {
    const { settings } = setup({ auditLog: () => Promise.reject({ code: 'corrupt', message: 'Het logboek is beschadigd.' }) });
    await settings.loadAudit();
    expect(settings.auditError).toBe('Het logboek is beschadigd.');
  });

  it('changes the passphrase and refreshes a loaded audit trail', async () => {
    const { api, settings } = setup();
    await settings.loadAudit();
    const outcome = await settings.changePassphrase('oud wachtwoord!!', 'nieuw wachtwoord!!');
    expect(outcome).toEqual({ ok: true, message: 'Je wachtwoord is gewijzigd.' });
    expect(api.vaultChangePassphrase).toHaveBeenCalledWith({
      oldPassphrase: 'oud wachtwoord!!',
      newPassphrase: 'nieuw wachtwoord!!',
    });
    expect(api.auditLog).toHaveBeenCalledTimes(2);
  });

  it('replaces the key and hands back the new recovery code once', async () => {
    const { api, settings } = setup();
    const outcome = await settings.sleutelVervangen('mijn wachtwoord');
    expect(api.vaultSleutelVervangen).toHaveBeenCalledWith({ passphrase: 'mijn wachtwoord' });
    expect(outcome).toMatchObject({ ok: true, herstelcode: 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE' });
    const fout = setup({
      vaultSleutelVervangen: () => Promise.reject({ code: 'wrongPassphrase', message: 'Het wachtwoord klopt niet.' }),
    });
    expect(await fout.settings.sleutelVervangen('x')).toEqual({
      ok: false,
      code: 'wrongPassphrase',
      message: 'Het wachtwoord klopt niet. Er is niets gewijzigd.',
    });
  });

  it('says the current passphrase is wrong in its own words', async () => {
    const { settings } = setup({
      vaultChangePassphrase: () => Promise.reject({ code: 'wrongPassphrase', message: 'Het wachtwoord klopt niet.' }),
    });
    expect(await settings.changePassphrase('x', 'y')).toEqual({
      ok: false,
      code: 'wrongPassphrase',
      message: 'Het huidige wachtwoord klopt niet. Er is niets gewijzigd.',
    });
  });

  it('sets the idle lock and hands the new summary to the session', async () => {
    const { session, settings } = setup();
    await session.load();
    const outcome = await settings.setIdleLock(15);
    expect(outcome).toEqual({ ok: true, message: 'Opgeslagen: de app vergrendelt na 15 minuten zonder gebruik.' });
    expect(session.summary?.idleLockMinutes).toBe(15);
  });

  it('passes the core message through on an invalid idle value', async () => {
    const { settings } = setup({
      settingsSetIdleLock: () => Promise.reject({ code: 'invalid', message: 'Kies 1 tot en met 120 minuten.' }),
    });
    expect(await settings.setIdleLock(500)).toEqual({ ok: false, code: 'invalid', message: 'Kies 1 tot en met 120 minuten.' });
  });
});
