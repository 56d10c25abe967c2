import { describe, expect, it } from 'vitest';
import { IpcError } from '../ipc';
import { Opslaglus, type Opslagdoel, type SaveState } from './opslaglus';

/** A doel that records each save and lets the test finish it. */
function doel(fout?: IpcError) {
  const saves: string[] = [];
  const staten: SaveState[] = [];
  const mislukt: IpcError[] = [];
  let open: (() => void) | null = null;
  const d: Opslagdoel = {
    opslaan: (samenvatting) => {
      saves.push(samenvatting);
      return new Promise<boolean>((resolve, reject) => {
        open = () => (fout ? reject(fout) : resolve(true));
      });
    },
    mislukt: async (f) => void mislukt.push(f),
    staat: (s) => void staten.push(s),
  };
  const klaar = () => {
    const o = open;
    open = null;
    o?.();
  };
  return { d, saves, staten, mislukt, klaar, bezig: () => open !== null };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('Opslaglus', () => {
  it('saves one at a time and joins the changes made meanwhile under one phrase', async () => {
    const t = doel();
    const lus = new Opslaglus(t.d, 'casus gewijzigd');
    lus.queue('item toegevoegd');
    lus.queue('item toegevoegd');
    await tick();
    expect(t.saves).toEqual(['item toegevoegd']);
    // Two different changes while the first save runs: saved next, together.
    lus.queue('item verplaatst');
    lus.queue('score vastgelegd');
    expect(t.bezig()).toBe(true);
    t.klaar();
    await tick();
    expect(t.saves).toEqual(['item toegevoegd', 'casus gewijzigd']);
    const klaar = lus.settled();
    t.klaar();
    await klaar;
    expect(t.staten.at(-1)).toBe('opgeslagen');
    expect(t.staten.filter((s) => s === 'fout')).toEqual([]);
  });

  it('stops at a failure, hands it to the owner and shows fout', async () => {
    const fout = new IpcError('conflict', 'Iemand anders heeft de casus gewijzigd.');
    const t = doel(fout);
    const lus = new Opslaglus(t.d, 'casus gewijzigd');
    lus.queue('titel gewijzigd');
    await tick();
    lus.queue('nog iets');
    t.klaar();
    await lus.settled();
    expect(t.mislukt).toEqual([fout]);
    expect(t.saves).toEqual(['titel gewijzigd']);
    expect(t.staten.at(-1)).toBe('fout');
  });

  it('a save waiting for its moment starts at once when someone waits for it', async () => {
    const t = doel();
    const lus = new Opslaglus(t.d, 'gewijzigd', () => {
      /* never starts by itself, like a hidden window that never paints */
    });
    lus.queue('gewijzigd');
    await tick();
    expect(t.saves).toEqual([]);
    const klaar = lus.settled();
    await tick();
    expect(t.saves).toEqual(['gewijzigd']);
    t.klaar();
    await klaar;
    expect(t.staten).toEqual(['opslaan', 'opgeslagen']);
  });
});
