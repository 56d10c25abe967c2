import { describe, expect, it } from 'vitest';
import { IpcError } from '../ipc';
import { Opslaglus, type Opslagdoel, type SaveState } from './opslaglus';

/** A doel that records each save and lets the test finish it. */
function doel(fout?: IpcError) {
  /** One entry per save (the save carries nothing but the draft). */
  const saves: string[] = [];
  const staten: SaveState[] = [];
  const mislukt: IpcError[] = [];
  let open: (() => void) | null = null;
  const d: Opslagdoel = {
    opslaan: () => {
      saves.push('opslaan');
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
  it('saves one at a time and joins the changes made meanwhile into one save', async () => {
    const t = doel();
    const lus = new Opslaglus(t.d);
    lus.queue();
    lus.queue();
    await tick();
    expect(t.saves).toEqual(['opslaan']);
    // Two different changes while the first save runs: saved next, together.
    lus.queue();
    lus.queue();
    expect(t.bezig()).toBe(true);
    t.klaar();
    await tick();
    expect(t.saves).toEqual(['opslaan', 'opslaan']);
    const klaar = lus.settled();
    t.klaar();
    await klaar;
    expect(t.staten.at(-1)).toBe('opgeslagen');
    expect(t.staten.filter((s) => s === 'fout')).toEqual([]);
  });

  it('stops at a failure, hands it to the owner and shows fout', async () => {
    const fout = new IpcError('conflict', 'Iemand anders heeft de casus gewijzigd.');
    const t = doel(fout);
    const lus = new Opslaglus(t.d);
    lus.queue();
    await tick();
    lus.queue();
    t.klaar();
    await lus.settled();
    expect(t.mislukt).toEqual([fout]);
    expect(t.saves).toEqual(['opslaan']);
    expect(t.staten.at(-1)).toBe('fout');
  });

  it('a save waiting for its moment starts at once when someone waits for it', async () => {
    const t = doel();
    const lus = new Opslaglus(t.d, () => {
      /* never starts by itself, like a hidden window that never paints */
    });
    lus.queue();
    await tick();
    expect(t.saves).toEqual([]);
    const klaar = lus.settled();
    await tick();
    expect(t.saves).toEqual(['opslaan']);
    t.klaar();
    await klaar;
    expect(t.staten).toEqual(['opslaan', 'opgeslagen']);
  });
});
