import { describe, expect, it } from 'vitest';
import { LANE_STAP, meer, zichtbaar } from './lanes';
import { newItem } from './ordenen';

const lane = (n: number) => Array.from({ length: n }, (_, i) => newItem(`item ${i}`, '', null, `i${i}`));

describe('zichtbaar', () => {
  it('draws a short lane whole, as the same array', () => {
    const items = lane(10);
    const z = zichtbaar(items, LANE_STAP, new Set());
    expect(z.items).toBe(items);
    expect(z.verborgen).toBe(0);
    expect(z.eersteExtra).toBe(-1);
  });

  it('draws a long lane up to the limit and counts the rest', () => {
    const z = zichtbaar(lane(400), 40, new Set());
    expect(z.items.map((i) => i.id)).toEqual(lane(40).map((i) => i.id));
    expect(z.verborgen).toBe(360);
    expect(z.eersteExtra).toBe(-1);
  });

  it('keeps pinned cards beyond the limit visible, at their place in the lane', () => {
    const z = zichtbaar(lane(400), 40, new Set(['i399', 'i5', 'i100']));
    expect(z.items).toHaveLength(42);
    expect(z.items.slice(40).map((i) => i.id)).toEqual(['i100', 'i399']);
    expect(z.verborgen).toBe(358);
    expect(z.eersteExtra).toBe(40);
  });

  it('draws exactly the limit when the lane has that many', () => {
    const items = lane(40);
    expect(zichtbaar(items, 40, new Set()).items).toBe(items);
  });

  it('treats a negative limit as none', () => {
    const z = zichtbaar(lane(3), -1, new Set(['i2']));
    expect(z.items.map((i) => i.id)).toEqual(['i2']);
    expect(z.verborgen).toBe(2);
  });
});

describe('meer', () => {
  it('adds a page, never beyond the lane', () => {
    expect(meer(40, 400)).toBe(80);
    expect(meer(380, 400)).toBe(400);
    expect(meer(40, 45, 10)).toBe(45);
  });
});
