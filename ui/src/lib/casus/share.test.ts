import { describe, expect, it } from 'vitest';
import { emptyCasus } from './fixture';
import { newItem } from './ordenen';
import { deepFreeze, share } from './share';

function casusWith(n: number) {
  const c = emptyCasus();
  for (let i = 0; i < n; i++) c.informatie.push(newItem(`item ${i}`, 'bron', null, `id-${i}`));
  return c;
}

describe('share', () => {
  it('gives back the old object when nothing differs', () => {
    const a = casusWith(3);
    expect(share(a, structuredClone(a))).toBe(a);
  });

  it('keeps the unchanged items and replaces the changed one and its parents', () => {
    const a = casusWith(3);
    const b = structuredClone(a);
    const second = b.informatie[1];
    if (second) second.categorie = 'schade';
    const s = share(a, b);
    expect(s).not.toBe(a);
    expect(s).toEqual(b);
    expect(s.informatie).not.toBe(a.informatie);
    expect(s.informatie[0]).toBe(a.informatie[0]);
    expect(s.informatie[1]).not.toBe(a.informatie[1]);
    expect(s.informatie[2]).toBe(a.informatie[2]);
    expect(s.betrokkenen).toBe(a.betrokkenen);
    expect(s.taxatie).toBe(a.taxatie);
  });

  it('matches items by id when they are inserted, removed or reordered', () => {
    const a = casusWith(4);
    const b = structuredClone(a);
    b.informatie.splice(1, 1);
    b.informatie.unshift(newItem('nieuw', '', null, 'id-new'));
    b.informatie.reverse();
    const s = share(a, b);
    expect(s).toEqual(b);
    for (const item of s.informatie) {
      const old = a.informatie.find((x) => x.id === item.id);
      if (old) expect(item).toBe(old);
      else expect(item.id).toBe('id-new');
    }
  });

  it('takes new keys, dropped keys and changed primitives from the new value', () => {
    const a: Record<string, unknown> = { x: 1, y: { z: 2 } };
    expect(share(a, { x: 1 })).toEqual({ x: 1 });
    expect(share(a, { x: 1, y: { z: 2 }, w: 3 })).toEqual({ x: 1, y: { z: 2 }, w: 3 });
    expect((share(a, { x: 2, y: { z: 2 } }) as { y: unknown }).y).toBe(a['y']);
    expect(share([1, 2], [1, 2, 3])).toEqual([1, 2, 3]);
    expect(share({ a: null }, { a: { b: 1 } })).toEqual({ a: { b: 1 } });
  });

  it('deepFreeze freezes every part, so a stray in-place change throws', () => {
    const c = deepFreeze(casusWith(1));
    const item = c.informatie[0];
    expect(Object.isFrozen(item)).toBe(true);
    expect(() => {
      if (item) item.tekst = 'x';
    }).toThrow(TypeError);
  });
});
