import { describe, expect, it } from 'vitest';
import { formatDateTime, machineDateTime } from './format';
import { parseIdleMinutes } from './idle';

describe('formatDateTime', () => {
  it.each([
    ['2026-11-23T13:05:00Z', 'Europe/Amsterdam', '23 november 2026 14:05'],
    ['2026-07-01T07:09:59Z', 'Europe/Amsterdam', '1 juli 2026 09:09'],
    ['2026-03-29T00:30:00Z', 'Europe/Amsterdam', '29 maart 2026 01:30'],
    ['2026-03-29T01:30:00Z', 'Europe/Amsterdam', '29 maart 2026 03:30'],
    ['2026-12-31T23:59:00+00:00', 'UTC', '31 december 2026 23:59'],
    ['2027-01-01T00:00:00Z', 'UTC', '1 januari 2027 00:00'],
    ['2026-11-23T14:05:07.123456+01:00', 'Europe/Amsterdam', '23 november 2026 14:05'],
    ['geen datum', 'UTC', 'geen datum'],
  ])('%s in %s → %s', (iso, zone, expected) => {
    expect(formatDateTime(iso, zone)).toBe(expected);
  });

  it('gives a machine-readable form, or nothing', () => {
    expect(machineDateTime('2026-11-23T14:05:00+01:00')).toBe('2026-11-23T13:05:00.000Z');
    expect(machineDateTime('x')).toBeUndefined();
  });
});

describe('parseIdleMinutes', () => {
  it.each([
    [5, 5],
    [1, 1],
    [120, 120],
    ['15', 15],
    [' 30 ', 30],
  ])('%j → %d minutes', (input, minutes) => {
    expect(parseIdleMinutes(input)).toEqual({ ok: true, minutes });
  });

  it.each([0, 121, -5, 2.5, '', 'vijf', '1e2', null, undefined, Number.NaN])('%j is refused', (input) => {
    expect(parseIdleMinutes(input)).toMatchObject({ ok: false, message: 'Kies een heel getal van 1 tot en met 120.' });
  });
});
