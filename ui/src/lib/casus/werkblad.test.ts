import { describe, expect, it, vi } from 'vitest';
import type { Casus, CasusWerkblad, CoreApi } from '../ipc';
import { copy } from './copy';
import { fakeCasusApi } from './fake';
import { emptyCasus, werkblad as werkbladOf } from './fixture';
import { moveItem } from './ordenen';
import { TYPING_DELAY_MS } from '../shared/typen';
import { WerkbladService } from './werkblad.svelte';

/** A fake core that keeps one casus and bumps its versie on every save, like the store. */
function fakeCore(initial: Casus = emptyCasus()) {
  let stored = structuredClone(initial);
  const saves: Array<{ casus: Casus }> = [];
  let gate: Promise<void> | null = null;
  const api = {
    ...fakeCasusApi(),
    casusOpen: vi.fn(async () => werkbladOf(structuredClone(stored))),
    casusSave: vi.fn(async (args: { casus: Casus }): Promise<CasusWerkblad> => {
      const { casus } = args;
      if (gate) await gate;
      // The save carries the casus and nothing else: the core names the change in the audit trail.
      expect(Object.keys(args)).toEqual(['casus']);
      saves.push({ casus: structuredClone(casus) });
      if (casus.versie !== stored.versie) throw { code: 'conflict', message: 'De casus is intussen gewijzigd.' };
      if (casus.top3.plaatsen.length > 3) throw { code: 'invalid', message: 'De top 3 heeft hoogstens 3 situaties.' };
      stored = { ...structuredClone(casus), versie: casus.versie + 1 };
      return werkbladOf(structuredClone(stored));
    }),
  } as unknown as CoreApi;
  return {
    api,
    saves,
    stored: () => stored,
    bumpElsewhere: () => (stored = { ...stored, titel: 'elders', versie: stored.versie + 1 }),
    hold: () => {
      let release = () => {};
      gate = new Promise((r) => (release = r));
      return () => {
        gate = null;
        release();
      };
    },
  };
}

async function opened(core: ReturnType<typeof fakeCore>) {
  const w = new WerkbladService(core.api, 'x');
  await w.load();
  return w;
}

describe('WerkbladService: autosave', () => {
  it('shows the change at once, saves it, and takes the new versie', async () => {
    const core = fakeCore();
    const w = await opened(core);
    w.change((c) => (c.titel = 'Nieuw'));
    expect(w.casus?.titel).toBe('Nieuw');
    expect(w.state).toBe('opslaan');
    await w.settled();
    expect(w.state).toBe('opgeslagen');
    expect(core.saves).toHaveLength(1);
    expect(w.casus?.versie).toBe(2);
  });

  it('saves changes made during a save next, together, with the returned versie', async () => {
    const core = fakeCore();
    const w = await opened(core);
    const release = core.hold();
    w.change((c) => (c.titel = '1'));
    await vi.waitFor(() => expect(core.api.casusSave).toHaveBeenCalledTimes(1));
    w.change((c) => (c.code = 'K-2'));
    w.change((c) => (c.casusregisseur = 'R.'));
    release();
    await w.settled();
    expect(core.saves).toHaveLength(2);
    expect(core.stored()).toMatchObject({ titel: '1', code: 'K-2', casusregisseur: 'R.', versie: 3 });
    expect(w.state).toBe('opgeslagen');
  });

  it('starts the save after the next paint: changes in the same frame are saved together', async () => {
    const core = fakeCore();
    const w = await opened(core);
    w.change((c) => (c.titel = '1'));
    w.change((c) => (c.code = 'K-2'));
    expect(core.api.casusSave).not.toHaveBeenCalled();
    expect(w.casus).toMatchObject({ titel: '1', code: 'K-2' });
    await vi.waitFor(() => expect(w.state).toBe('opgeslagen'));
    expect(core.saves).toHaveLength(1);
    expect(core.stored()).toMatchObject({ titel: '1', code: 'K-2', versie: 2 });
  });

  it('keeps the objects of unchanged items, after the change and after the save', async () => {
    const core = fakeCore(
      emptyCasus({
        informatie: ['a', 'b'].map((id) => ({ id, tekst: id, bron: '', datum: null, aard: null, categorie: 'nogTeOrdenen', betrokkenen: [] })),
      }),
    );
    const w = await opened(core);
    const [a, b] = w.casus?.informatie ?? [];
    const lanesBefore = w.lanes;
    w.change((c) => void moveItem(c, 'b', 'schade'));
    expect(w.casus?.informatie[0]).toBe(a);
    expect(w.casus?.informatie[1]).not.toBe(b);
    expect(w.lanes.schade.map((i) => i.id)).toEqual(['b']);
    expect(w.lanes.risicofactor).toBe(lanesBefore.risicofactor);
    expect(Object.isFrozen(w.casus?.informatie[1])).toBe(true);
    await w.settled();
    expect(w.casus?.versie).toBe(2);
    expect(w.casus?.informatie[0]).toBe(a);
  });

  it('a refusal shows the core message and goes back to what is saved', async () => {
    const core = fakeCore();
    const w = await opened(core);
    w.change((c) => {
      c.top3.plaatsen = ['1', '2', '3', '4'].map((s) => ({ situatieId: s, risicofactoren: [], doelen: [] }));
    });
    await w.settled();
    expect(w.state).toBe('fout');
    expect(w.message).toBe('De top 3 heeft hoogstens 3 situaties.');
    expect(w.casus?.top3.plaatsen).toEqual([]);
  });

  it('a conflict reloads the casus and says so', async () => {
    const core = fakeCore();
    const w = await opened(core);
    core.bumpElsewhere();
    w.change((c) => (c.titel = 'mijn'));
    await w.settled();
    expect(w.message).toBe(copy.save.conflict);
    expect(w.casus?.titel).toBe('elders');
    expect(w.undoCount).toBe(0);
  });
});

describe('WerkbladService: undo', () => {
  it('re-saves the previous casus with the current versie', async () => {
    const core = fakeCore();
    const w = await opened(core);
    w.change((c) => (c.titel = 'een'));
    await w.settled();
    w.change((c) => (c.titel = 'twee'));
    await w.settled();
    expect(w.undo()).toBe(true);
    expect(w.casus?.titel).toBe('een');
    await w.settled();
    expect(core.stored()).toMatchObject({ titel: 'een', versie: 4 });
    expect(w.undo()).toBe(true);
    await w.settled();
    expect(core.stored().titel).toBe('Gezin Testfamilie');
    expect(w.undo()).toBe(false);
  });
});

describe('WerkbladService: phase change', () => {
  const verzoek = { naar: 'stabieleVeiligheid' as const, datum: '2026-11-23', onderbouwing: 'o', afwijkingsreden: 'r' };

  it('waits for pending saves, sends the current versie and takes the new werkblad', async () => {
    const core = fakeCore();
    const changed = werkbladOf(emptyCasus({ fase: 'stabieleVeiligheid', versie: 9 }));
    const casusChangePhase = vi.fn(async () => changed);
    (core.api as { casusChangePhase: unknown }).casusChangePhase = casusChangePhase;
    const w = await opened(core);
    w.change((c) => (c.titel = 'x'));
    await w.changePhase(verzoek);
    expect(core.saves).toHaveLength(1);
    expect(casusChangePhase).toHaveBeenCalledWith({ id: 'x', versie: 2, verzoek });
    expect(w.casus?.fase).toBe('stabieleVeiligheid');
    expect(w.undoCount).toBe(0);
  });

  it('passes the core refusal on', async () => {
    const core = fakeCore();
    (core.api as { casusChangePhase: unknown }).casusChangePhase = async () => {
      throw { code: 'invalid', message: 'Geef een reden van afwijken.' };
    };
    const w = await opened(core);
    await expect(w.changePhase(verzoek)).rejects.toMatchObject({ code: 'invalid', message: 'Geef een reden van afwijken.' });
    expect(w.casus?.fase).toBe('directeVeiligheid');
  });
});

describe('WerkbladService: the core’s own commands (plans)', () => {
  it('saves typed text first, then runs the command with the current versie and takes its werkblad', async () => {
    const core = fakeCore();
    const w = await opened(core);
    w.typing('titel', (c) => (c.titel = 'getypt'));
    const run = vi.fn(async (_id: string, versie: number) => werkbladOf(emptyCasus({ titel: 'getypt', versie: versie + 1 })));
    await w.command(run);
    expect(core.saves).toHaveLength(1);
    expect(run).toHaveBeenCalledWith('x', 2);
    expect(w.casus?.versie).toBe(3);
    expect(w.undoCount).toBe(0);
    expect(w.state).toBe('opgeslagen');
  });

  it('passes the core’s refusal on and keeps the casus', async () => {
    const core = fakeCore();
    const w = await opened(core);
    const refusal = { code: 'invalid', message: 'Het plan kan nog niet worden vastgesteld: kies een evaluatiedatum. Er is niets gewijzigd.' };
    await expect(
      w.command(async () => {
        throw refusal;
      }),
    ).rejects.toMatchObject(refusal);
    expect(w.casus?.versie).toBe(1);
  });

  it('reloads on a conflict and says so', async () => {
    const core = fakeCore();
    const w = await opened(core);
    core.bumpElsewhere();
    await expect(
      w.command(async () => {
        throw { code: 'conflict', message: 'De casus is intussen gewijzigd.' };
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(w.casus?.titel).toBe('elders');
    expect(w.message).toBe(copy.save.conflict);
  });
});

describe('WerkbladService: saving while typing', () => {
  it('saves once typing pauses for TYPING_DELAY_MS, the last text only', async () => {
    vi.useFakeTimers();
    try {
      const core = fakeCore();
      const w = await opened(core);
      w.typing('titel', (c) => (c.titel = 'N'));
      vi.advanceTimersByTime(TYPING_DELAY_MS - 100);
      w.typing('titel', (c) => (c.titel = 'Nieuw'));
      vi.advanceTimersByTime(TYPING_DELAY_MS - 100);
      expect(core.saves).toHaveLength(0);
      expect(w.typingPending).toBe(true);
      vi.advanceTimersByTime(100);
      expect(w.typingPending).toBe(false);
      await w.settled();
      expect(core.saves).toHaveLength(1);
      expect(core.stored().titel).toBe('Nieuw');
    } finally {
      vi.useRealTimers();
    }
  });

  it('flush saves typed text at once and waits for the save (before a lock)', async () => {
    const core = fakeCore();
    const w = await opened(core);
    w.typing('titel', (c) => (c.titel = 'Getypt'));
    w.typing('code', (c) => (c.code = 'K-9'));
    await w.flush();
    expect(w.typingPending).toBe(false);
    expect(w.state).toBe('opgeslagen');
    expect(core.stored()).toMatchObject({ titel: 'Getypt', code: 'K-9' });
  });

  it('cancel drops the pending text (the field saved itself on blur)', async () => {
    vi.useFakeTimers();
    try {
      const core = fakeCore();
      const w = await opened(core);
      w.typing('titel', (c) => (c.titel = 'half'));
      w.cancel('titel');
      vi.advanceTimersByTime(TYPING_DELAY_MS * 2);
      await w.flush();
      expect(core.saves).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
