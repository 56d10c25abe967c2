import { describe, expect, it } from 'vitest';
import { formatDatum } from './datum';
import { formatDateTime } from '../settings/format';

describe('formatDatum', () => {
  it.each([
    ['2026-11-23', '23 november 2026'],
    ['2026-01-05', '5 januari 2026'],
    ['2026-13-01', '2026-13-01'],
    ['gisteren', 'gisteren'],
  ])('%s → %s', (input, out) => expect(formatDatum(input)).toBe(out));

  it('a timestamp in the overview reads "23 november 2026 14:05"', () => {
    expect(formatDateTime('2026-11-23T13:05:00Z', 'Europe/Amsterdam')).toBe('23 november 2026 14:05');
  });
});
