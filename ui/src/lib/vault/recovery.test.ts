import { describe, expect, it } from 'vitest';
import { canLeaveRecoveryCode, normalizeRecoveryCode, recoveryGroups } from './recovery';

describe('normalizeRecoveryCode', () => {
  it.each([
    ['ABCD-EFGH-JKLM', 'ABCD-EFGH-JKLM'],
    ['abcd-efgh-jklm', 'ABCD-EFGH-JKLM'],
    ['  abcd efgh   jklm ', 'ABCD-EFGH-JKLM'],
    ['abcd - efgh--jklm-', 'ABCD-EFGH-JKLM'],
    ['abcd\tefgh\njklm', 'ABCD-EFGH-JKLM'],
    ['ABCDEFGHJKLM', 'ABCDEFGHJKLM'],
    ['', ''],
    [' - ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeRecoveryCode(input)).toBe(expected);
  });
});

describe('recoveryGroups', () => {
  it('splits a code for display', () => {
    expect(recoveryGroups('ABCD-EFGH-JKLM-NPQR')).toEqual(['ABCD', 'EFGH', 'JKLM', 'NPQR']);
    expect(recoveryGroups('')).toEqual([]);
  });
});

describe('canLeaveRecoveryCode', () => {
  it('only after the user confirms writing it down', () => {
    expect(canLeaveRecoveryCode(false)).toEqual({ ok: false, reason: 'niet-bevestigd' });
    expect(canLeaveRecoveryCode(true)).toEqual({ ok: true });
  });
});
