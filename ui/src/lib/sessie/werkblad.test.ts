import { describe, expect, it, vi } from 'vitest';
import type { CoreApi, Sessie } from '../ipc';
import { fakeSessieApi } from './fake';
import { actie, punt, sessie, werkblad } from './fixture';
import { SessieService } from './werkblad.svelte';

function api(over: Partial<CoreApi> = {}): CoreApi {
  return { ...fakeSessieApi(), ...over } as unknown as CoreApi;
}

/** A core that stores the sessie and bumps versie, refusing a stale one like the vault does. */
function opslag(start: Sessie) {
  let stored = start;
  const sessieSave = vi.fn(async ({ sessie: s }: { sessie: Sessie }) => {
    if (s.versie !== stored.versie) throw { code: 'conflict', message: 'De sessie is intussen gewijzigd.' };
    stored = { ...s, versie: s.versie + 1 };
    return werkblad(stored);
  });
  return {
    get stored() {
      return stored;
    },
    set stored(s: Sessie) {
      stored = s;
    },
    sessieOpen: vi.fn(async () => werkblad(stored)),
    sessieSave,
  };
}

describe('SessieService: autosave', () => {
  it('a change is shown at once and saved with the versie the core gave', async () => {
    const core = opslag(sessie());
    const s = new SessieService(api(core), 'x');
    await s.load();
    s.change((d) => d.agenda.push(punt('c1', 'K-1')));
    expect(s.sessie?.agenda).toHaveLength(1);
    expect(s.state).toBe('opslaan');
    await s.settled();
    expect(s.state).toBe('opgeslagen');
    expect(core.stored.agenda[0]?.casusCode).toBe('K-1');
    expect(core.stored.versie).toBe(2);
    s.change((d) => {
      if (d.agenda[0]) d.agenda[0].weging = 'Zorgelijk';
    });
    await s.settled();
    expect(core.stored.versie).toBe(3);
    expect(core.stored.agenda[0]?.weging).toBe('Zorgelijk');
    expect(core.sessieSave).toHaveBeenCalledTimes(2);
  });

  it('typed text is saved on flush; the save carries only the sessie (the core writes the audit entry)', async () => {
    const core = opslag(sessie());
    const s = new SessieService(api(core), 'x');
    await s.load();
    s.typing('samenvatting', (d) => (d.samenvatting = 'Geheim verslag'));
    expect(core.sessieSave).not.toHaveBeenCalled();
    await s.flush();
    expect(core.stored.samenvatting).toBe('Geheim verslag');
    expect(Object.keys(core.sessieSave.mock.calls[0]?.[0] ?? {})).toEqual(['sessie']);
  });

  it('a stale versie reloads what is stored and says so in Dutch', async () => {
    const core = opslag(sessie());
    const s = new SessieService(api(core), 'x');
    await s.load();
    core.stored = { ...core.stored, voorzitter: 'Elders gewijzigd', versie: 5 };
    s.change((d) => (d.samenvatting = 'mijn tekst'));
    await s.settled();
    expect(s.state).toBe('fout');
    expect(s.message).toContain('intussen ergens anders gewijzigd');
    expect(s.sessie?.voorzitter).toBe('Elders gewijzigd');
    expect(s.sessie?.samenvatting).toBe('');
  });

  it('a refusal shows the core message and goes back to what is saved', async () => {
    const start = sessie({ voorzitter: 'V' });
    const s = new SessieService(
      api({
        sessieOpen: vi.fn(async () => werkblad(start)),
        sessieSave: vi.fn(async () => {
          throw { code: 'invalid', message: 'De sessie is niet opgeslagen: 1 probleem/problemen gevonden.' };
        }),
      }),
      'x',
    );
    await s.load();
    s.change((d) => (d.voorzitter = ''));
    await s.settled();
    expect(s.message).toBe('De sessie is niet opgeslagen: 1 probleem/problemen gevonden.');
    expect(s.sessie?.voorzitter).toBe('V');
  });
});

describe('SessieService: starten and afronden', () => {
  it('afronden saves typed text first, sends the current versie and takes the new werkblad', async () => {
    const core = opslag(sessie({ status: 'gestart', gestart: '2026-11-23T09:00:00Z', agenda: [punt('c', 'K-1', { actiepunten: [actie('1', 'afspraak')] })] }));
    const sessieAfronden = vi.fn(async ({ versie }: { id: string; versie: number }) => {
      const s = core.stored;
      expect(versie).toBe(s.versie);
      const klaar: Sessie = {
        ...s,
        status: 'afgerond',
        afgerond: '2026-11-23T11:00:00Z',
        versie: s.versie + 1,
        agenda: s.agenda.map((a) => ({ ...a, actiepunten: a.actiepunten.map((p) => ({ ...p, verwerkt: true })) })),
      };
      core.stored = klaar;
      return {
        werkblad: werkblad(klaar),
        verwerkt: [{ actiepuntId: '1', casusId: 'c', soort: 'afspraak' as const, tekst: 'afspraak in het veiligheidsplan (01-12-2026)' }],
        overgeslagen: [],
      };
    });
    const s = new SessieService(api({ ...core, sessieAfronden }), 'x');
    await s.load();
    s.typing('samenvatting', (d) => (d.samenvatting = 'Kort verslag'));
    const uit = await s.afronden();
    expect(core.sessieSave).toHaveBeenCalledOnce();
    expect(uit?.verwerkt[0]?.tekst).toBe('afspraak in het veiligheidsplan (01-12-2026)');
    expect(s.sessie?.status).toBe('afgerond');
    expect(s.sessie?.samenvatting).toBe('Kort verslag');
    expect(s.werkblad?.openActiepunten).toBe(0);
  });

  it('a conflict on starten reloads and rethrows', async () => {
    const core = opslag(sessie());
    const s = new SessieService(
      api({ ...core, sessieStarten: vi.fn(async () => Promise.reject({ code: 'conflict', message: 'gewijzigd' })) }),
      'x',
    );
    await s.load();
    await expect(s.starten()).rejects.toMatchObject({ code: 'conflict' });
    expect(core.sessieOpen).toHaveBeenCalledTimes(2);
    expect(s.message).toContain('intussen ergens anders gewijzigd');
  });
});
