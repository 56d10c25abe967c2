import { describe, expect, it } from 'vitest';
import { DATUM_FORMAAT_FOUT, dagenInMaand, leesDatum, naarInvoer } from './datumveld';

describe('leesDatum', () => {
  it('reads dd-mm-jjjj and d-m-jjjj into ISO', () => {
    expect(leesDatum('05-03-2026')).toEqual({ ok: true, iso: '2026-03-05' });
    expect(leesDatum('5-3-2026')).toEqual({ ok: true, iso: '2026-03-05' });
    expect(leesDatum(' 23-11-2026 ')).toEqual({ ok: true, iso: '2026-11-23' });
  });

  it('accepts / and . between the parts, and eight digits', () => {
    expect(leesDatum('5/3/2026')).toEqual({ ok: true, iso: '2026-03-05' });
    expect(leesDatum('05.03.2026')).toEqual({ ok: true, iso: '2026-03-05' });
    expect(leesDatum('05032026')).toEqual({ ok: true, iso: '2026-03-05' });
  });

  it('empty is no date', () => {
    expect(leesDatum('')).toEqual({ ok: true, iso: null });
    expect(leesDatum('   ')).toEqual({ ok: true, iso: null });
  });

  it('says which day does not exist and how many days the month has', () => {
    expect(leesDatum('31-02-2026')).toEqual({ ok: false, fout: '31-02-2026 bestaat niet: februari 2026 heeft 28 dagen.' });
    expect(leesDatum('29-2-2028')).toEqual({ ok: true, iso: '2028-02-29' });
    expect(leesDatum('29-02-2026')).toEqual({ ok: false, fout: '29-02-2026 bestaat niet: februari 2026 heeft 28 dagen.' });
    expect(leesDatum('31-04-2026')).toEqual({ ok: false, fout: '31-04-2026 bestaat niet: april 2026 heeft 30 dagen.' });
    expect(leesDatum('0-1-2026')).toEqual({ ok: false, fout: '00-01-2026 bestaat niet: januari 2026 heeft 31 dagen.' });
  });

  it('refuses a month outside 1–12', () => {
    expect(leesDatum('05-13-2026')).toEqual({ ok: false, fout: '13 is geen maand: de maand is 01 tot en met 12.' });
    expect(leesDatum('05-00-2026')).toMatchObject({ ok: false });
  });

  it('asks for the format with an example for anything else', () => {
    for (const t of ['2026-03-05', 'morgen', '5 maart 2026', '05-03', '1-2-3-4', '12345']) {
      expect(leesDatum(t)).toEqual({ ok: false, fout: DATUM_FORMAAT_FOUT });
    }
    expect(DATUM_FORMAAT_FOUT).toBe('Vul een datum in als dd-mm-jjjj, bijvoorbeeld 05-03-2026.');
  });

  it('wants a four-digit year from 1900', () => {
    expect(leesDatum('05-03-26')).toEqual({ ok: false, fout: 'Vul het jaar met vier cijfers in, bijvoorbeeld 05-03-2026.' });
    expect(leesDatum('05-03-1850')).toMatchObject({ ok: false });
  });

  it('refuses a date after max', () => {
    expect(leesDatum('24-11-2026', { max: '2026-11-23' })).toEqual({
      ok: false,
      fout: '24-11-2026 ligt in de toekomst: vul een datum in tot en met 23-11-2026.',
    });
    expect(leesDatum('23-11-2026', { max: '2026-11-23' })).toEqual({ ok: true, iso: '2026-11-23' });
  });
});

describe('naarInvoer', () => {
  it('formats ISO as dd-mm-jjjj and empty as empty', () => {
    expect(naarInvoer('2026-03-05')).toBe('05-03-2026');
    expect(naarInvoer(null)).toBe('');
    expect(naarInvoer('')).toBe('');
  });

  it('round-trips with leesDatum', () => {
    for (const iso of ['2026-01-01', '2024-02-29', '1999-12-31']) expect(leesDatum(naarInvoer(iso))).toEqual({ ok: true, iso });
  });
});

describe('dagenInMaand', () => {
  it('knows leap years', () => {
    expect(dagenInMaand(2024, 2)).toBe(29);
    expect(dagenInMaand(2100, 2)).toBe(28);
    expect(dagenInMaand(2000, 2)).toBe(29);
    expect(dagenInMaand(2026, 12)).toBe(31);
  });
});
