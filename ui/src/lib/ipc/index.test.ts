import { beforeEach, describe, expect, it, vi } from 'vitest';

const invoke = vi.fn();
const listen = vi.fn();
vi.mock('@tauri-apps/api/core', () => ({ invoke: (...args: unknown[]) => invoke(...args) }));
vi.mock('@tauri-apps/api/event', () => ({ listen: (...args: unknown[]) => listen(...args) }));

const { core, IpcError, parseVaultLocked, casusFromWire, casusToWire } = await import('./index');
const { emptyCasus } = await import('../casus/fixture');

const INSTELLINGEN = {
  veiligheidsdrempel: 7,
  opschalenNaMaanden: 3,
  monitoringNaMaanden: [3, 12],
  monitoringVooraankondigingDagen: 14,
  bewaartermijnJaren: 20,
};

const SESSIE = {
  id: 's',
  datum: '2026-11-23',
  voorzitter: 'V',
  deelnemers: [],
  agenda: [],
  status: 'gepland' as const,
  gestart: null,
  afgerond: null,
  samenvatting: '',
  versie: 2,
};

beforeEach(() => {
  invoke.mockReset();
  listen.mockReset();
});

describe('core: command names and arguments (the contract with src-tauri)', () => {
  const cases: Array<[string, () => Promise<unknown>, string, Record<string, unknown> | undefined]> = [
    ['appInfo', () => core.appInfo(), 'app_info', undefined],
    [
      'vaultCreate',
      () => core.vaultCreate({ passphrase: 'p', profileName: 'n' }),
      'vault_create',
      { passphrase: 'p', profileName: 'n' },
    ],
    ['vaultUnlock', () => core.vaultUnlock({ passphrase: 'p' }), 'vault_unlock', { passphrase: 'p' }],
    [
      'vaultRecover',
      () => core.vaultRecover({ recoveryCode: 'c', newPassphrase: 'p' }),
      'vault_recover',
      { recoveryCode: 'c', newPassphrase: 'p' },
    ],
    ['vaultSleutelVervangen', () => core.vaultSleutelVervangen({ passphrase: 'p' }), 'vault_sleutel_vervangen', { passphrase: 'p' }],
    ['vaultLock', () => core.vaultLock(), 'vault_lock', undefined],
    ['vaultSummary', () => core.vaultSummary(), 'vault_summary', undefined],
    [
      'vaultChangePassphrase',
      () => core.vaultChangePassphrase({ oldPassphrase: 'a', newPassphrase: 'b' }),
      'vault_change_passphrase',
      { oldPassphrase: 'a', newPassphrase: 'b' },
    ],
    [
      'vaultWachtwoordBeoordeel',
      () => core.vaultWachtwoordBeoordeel({ passphrase: 'p', profileName: 'n' }),
      'vault_wachtwoord_beoordeel',
      { passphrase: 'p', profileName: 'n' },
    ],
    [
      'vaultWachtwoordBeoordeel without a name',
      () => core.vaultWachtwoordBeoordeel({ passphrase: 'p' }),
      'vault_wachtwoord_beoordeel',
      { passphrase: 'p', profileName: null },
    ],
    ['settingsSetIdleLock', () => core.settingsSetIdleLock({ minutes: 7 }), 'settings_set_idle_lock', { minutes: 7 }],
    ['methodeInstellingen', () => core.methodeInstellingen(), 'methode_instellingen', undefined],
    [
      'methodeInstellingenZet',
      () => core.methodeInstellingenZet({ instellingen: INSTELLINGEN }),
      'methode_instellingen_zet',
      { instellingen: INSTELLINGEN },
    ],
    ['appActivity', () => core.appActivity(), 'app_activity', undefined],
    ['auditLog', () => core.auditLog(), 'audit_log', undefined],
    ['casusList', () => core.casusList(), 'casus_list', undefined],
    ['casusDelete', () => core.casusDelete({ id: 'a' }), 'casus_delete', { id: 'a' }],
    ['casusSearch', () => core.casusSearch({ tekst: 'kast' }), 'casus_search', { tekst: 'kast' }],
    ['oefenOpen', () => core.oefenOpen(), 'oefen_open', undefined],
    ['oefenVerlaat', () => core.oefenVerlaat(), 'oefen_verlaat', undefined],
    ['oefenReset', () => core.oefenReset(), 'oefen_reset', undefined],
    ['oefenMateriaal', () => core.oefenMateriaal(), 'oefen_materiaal', undefined],
    ['oefenDemo', () => core.oefenDemo({ casusId: 'c' }), 'oefen_demo', { casusId: 'c' }],
    ['oefenVergelijk', () => core.oefenVergelijk({ casusId: 'c' }), 'oefen_vergelijk', { casusId: 'c' }],
    ['sessieList', () => core.sessieList(), 'sessie_list', undefined],
    [
      'sessieCreate',
      () => core.sessieCreate({ datum: '2026-11-23', voorzitter: 'V' }),
      'sessie_create',
      { datum: '2026-11-23', voorzitter: 'V' },
    ],
    ['sessieOpen', () => core.sessieOpen({ id: 's' }), 'sessie_open', { id: 's' }],
    [
      'sessieSave',
      () => core.sessieSave({ sessie: SESSIE }),
      'sessie_save',
      { sessie: SESSIE },
    ],
    ['sessieDelete', () => core.sessieDelete({ id: 's' }), 'sessie_delete', { id: 's' }],
    ['sessieStarten', () => core.sessieStarten({ id: 's', versie: 3 }), 'sessie_starten', { id: 's', versie: 3 }],
    ['sessieAfronden', () => core.sessieAfronden({ id: 's', versie: 4 }), 'sessie_afronden', { id: 's', versie: 4 }],
    [
      'sessieExportPdf',
      () => core.sessieExportPdf({ id: 's', pseudoniem: true }),
      'sessie_export_pdf',
      { id: 's', pseudoniem: true },
    ],
    ['partnersList', () => core.partnersList(), 'partners_list', undefined],
    ['partnersSave', () => core.partnersSave({ partners: [] }), 'partners_save', { partners: [] }],
  ];

  it.each(cases)('%s → %s', async (_name, run, command, args) => {
    invoke.mockResolvedValue('antwoord');
    await expect(run()).resolves.toBe('antwoord');
    expect(invoke).toHaveBeenCalledExactlyOnceWith(command, args);
  });

  it('turns an ApiError rejection into an IpcError with the same code', async () => {
    invoke.mockRejectedValue({ code: 'wrongPassphrase', message: 'Het wachtwoord klopt niet. Er is niets gewijzigd.' });
    const error = await core.vaultUnlock({ passphrase: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IpcError);
    expect(error).toMatchObject({ code: 'wrongPassphrase' });
  });

  it('turns any other rejection into an internal IpcError', async () => {
    invoke.mockRejectedValue('Command app_info not allowed by ACL');
    await expect(core.appInfo()).rejects.toMatchObject({ code: 'internal' });
  });
});

describe('casus commands: the wire shape of Top3', () => {
  const wire = { ...casusToWire(emptyCasus()), top3: [{ situatieId: 's', risicofactoren: [], doelen: [] }], versie: 4 };
  const werkbladWire = { casus: wire, volledigheid: [], signalen: [], fasepoort: { voorwaarden: [] }, doorlooptijd: '' };

  it('casusOpen turns the plain top-3 array into { plaatsen }', async () => {
    invoke.mockResolvedValue(werkbladWire);
    const w = await core.casusOpen({ id: 'x' });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('casus_open', { id: 'x' });
    expect(w.casus.top3.plaatsen).toHaveLength(1);
    expect(w.casus.versie).toBe(4);
  });

  it('oefenKopie sends casusId and turns the top 3 into { plaatsen }', async () => {
    invoke.mockResolvedValue(werkbladWire);
    const w = await core.oefenKopie({ casusId: 'c' });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('oefen_kopie', { casusId: 'c' });
    expect(w.casus.top3.plaatsen).toHaveLength(1);
  });

  it('casusCreate sends code and titel', async () => {
    invoke.mockResolvedValue(werkbladWire);
    await core.casusCreate({ code: 'K-1', titel: 'T' });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('casus_create', { code: 'K-1', titel: 'T' });
  });

  it('casusSave sends the top 3 as an array, and nothing but the casus', async () => {
    invoke.mockResolvedValue(werkbladWire);
    const casus = casusFromWire(wire);
    await core.casusSave({ casus });
    const [command, args] = invoke.mock.calls[0] as [string, { casus: Record<string, unknown> }];
    expect(command).toBe('casus_save');
    expect(Object.keys(args)).toEqual(['casus']);
    expect(Array.isArray(args.casus['top3'])).toBe(true);
    expect(args.casus['versie']).toBe(4);
  });

  it('casusChangePhase sends id, versie and the verzoek', async () => {
    invoke.mockResolvedValue(werkbladWire);
    const verzoek = { naar: 'stabieleVeiligheid' as const, datum: '2026-11-23', onderbouwing: 'o', afwijkingsreden: 'a' };
    await core.casusChangePhase({ id: 'x', versie: 3, verzoek });
    expect(invoke).toHaveBeenCalledExactlyOnceWith('casus_change_phase', { id: 'x', versie: 3, verzoek });
  });

  it('the plan commands send casusId, versie and their own arguments', async () => {
    invoke.mockResolvedValue(werkbladWire);
    await core.planNieuw({ casusId: 'x', versie: 3, soort: 'veiligheidsplan' });
    expect(invoke).toHaveBeenLastCalledWith('plan_nieuw', { casusId: 'x', versie: 3, soort: 'veiligheidsplan' });
    await core.planVaststellen({ casusId: 'x', versie: 4, planId: 'p' });
    expect(invoke).toHaveBeenLastCalledWith('plan_vaststellen', { casusId: 'x', versie: 4, planId: 'p' });
    const w = await core.planVerwijderConcept({ casusId: 'x', versie: 5, planId: 'p' });
    expect(invoke).toHaveBeenLastCalledWith('plan_verwijder_concept', { casusId: 'x', versie: 5, planId: 'p' });
    expect(Array.isArray(w.casus.top3.plaatsen)).toBe(true);
  });

  it('planExportPdf returns the path, or null when the user cancelled', async () => {
    invoke.mockResolvedValue('/tmp/plan.pdf');
    await expect(core.planExportPdf({ casusId: 'x', planId: 'p', gezinsversie: true })).resolves.toBe('/tmp/plan.pdf');
    expect(invoke).toHaveBeenLastCalledWith('plan_export_pdf', { casusId: 'x', planId: 'p', gezinsversie: true });
    invoke.mockResolvedValue(null);
    await expect(core.planExportPdf({ casusId: 'x', planId: 'p', gezinsversie: false })).resolves.toBeNull();
  });

  it('a conflict stays a conflict', async () => {
    invoke.mockRejectedValue({ code: 'conflict', message: 'De casus is intussen gewijzigd.' });
    await expect(core.casusSave({ casus: emptyCasus() })).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('vault-locked event', () => {
  it('subscribes to "vault-locked" and hands over a parsed payload', async () => {
    const unlisten = vi.fn();
    let deliver: ((event: { payload: unknown }) => void) | undefined;
    listen.mockImplementation(async (name: string, cb: (event: { payload: unknown }) => void) => {
      expect(name).toBe('vault-locked');
      deliver = cb;
      return unlisten;
    });
    const handler = vi.fn();
    const stop = await core.onVaultLocked(handler);
    deliver?.({ payload: { reason: 'idle' } });
    expect(handler).toHaveBeenCalledWith({ reason: 'idle' });
    stop();
    expect(unlisten).toHaveBeenCalledOnce();
  });

  it.each([
    [{ reason: 'idle' }, 'idle'],
    [{ reason: 'manual' }, 'manual'],
    [{ reason: 'screen' }, 'manual'],
    [null, 'manual'],
    ['idle', 'manual'],
  ])('payload %j → %s', (payload, reason) => {
    expect(parseVaultLocked(payload)).toEqual({ reason });
  });
});
