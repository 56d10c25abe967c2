import { describe, expect, it } from 'vitest';
import type { Veiligheidsscore } from '../ipc';
import { scaleScores } from './chart';

const box = { width: 220, height: 120, left: 10, right: 10, top: 10, bottom: 10 };
const prof = { soort: 'professional' as const };
const score = (datum: string, waarde: number, perspectief: Veiligheidsscore['perspectief'] = prof): Veiligheidsscore => ({
  datum,
  waarde,
  perspectief,
  toelichting: '',
  onbekend: false,
});

describe('scaleScores', () => {
  it('draws no point for an onbekend score (weet niet / niet te vragen)', () => {
    const r = scaleScores([score('2026-03-01', 4), { ...score('2026-03-09', 0), onbekend: true, toelichting: 'Te jong' }], box, 6);
    expect(r.series.map((s) => s.points.map((p) => p.waarde))).toEqual([[4]]);
    expect(r.range).toEqual(['2026-03-01', '2026-03-01']);
  });

  it('maps 0–10 onto the inner height (10 at the top) and the drempel it is given', () => {
    const s = scaleScores([], box, 6);
    expect(s.ticks.find((t) => t.waarde === 0)?.y).toBe(110);
    expect(s.ticks.find((t) => t.waarde === 10)?.y).toBe(10);
    expect(s.drempelY).toBeCloseTo(50);
    expect(s.series).toEqual([]);
    expect(s.range).toBeNull();
    expect(scaleScores([], box, 7).drempelY).toBeCloseTo(40);
  });

  it('maps dates linearly from the first to the last, sorted, per perspective', () => {
    const s = scaleScores(
      [score('2026-11-21', 6), score('2026-11-01', 3), score('2026-11-11', 5, { soort: 'mdaTafel' })],
      box,
      6,
    );
    expect(s.range).toEqual(['2026-11-01', '2026-11-21']);
    const prof = s.series.find((x) => x.key === 'professional');
    expect(prof?.points.map((p) => [p.x, p.y])).toEqual([
      [10, 80],
      [210, 50],
    ]);
    expect(prof?.path).toBe('M10.0,80.0 L210.0,50.0');
    expect(s.series.find((x) => x.key === 'mdaTafel')?.points[0]?.x).toBe(110);
  });

  it('a single date sits in the middle; values are clamped to 0–10', () => {
    const s = scaleScores([score('2026-11-01', 12)], box, 6);
    expect(s.series[0]?.points[0]).toMatchObject({ x: 110, y: 10 });
  });
});
