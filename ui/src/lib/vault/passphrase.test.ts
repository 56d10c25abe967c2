import { describe, expect, it } from 'vitest';
import { copy } from './copy';
import { charCount, hasProblems, newPassphraseProblems, passphraseStrength, type StrengthLevel } from './passphrase';

describe('passphraseStrength', () => {
  const cases: Array<[string, StrengthLevel, boolean, string]> = [
    ['', 'leeg', false, copy.passphrase.empty],
    ['a', 'te-kort', false, 'Nog 11 tekens nodig (minimaal 12).'],
    ['abcdefghijk', 'te-kort', false, 'Nog 1 teken nodig (minimaal 12).'],
    ['abcdefghijkl', 'voldoende', true, copy.passphrase.fair],
    ['aaaaaaaaaaaaaaaaaaaaaaaa', 'voorspelbaar', true, copy.passphrase.predictable],
    ['ababababcdcd', 'voorspelbaar', true, copy.passphrase.predictable],
    ['Zomer2026!Zee', 'voldoende', true, copy.passphrase.fair],
    ['fiets boom kat huis', 'sterk', true, copy.passphrase.strong],
    ['correct-horse-battery', 'sterk', true, copy.passphrase.strong],
    ['Canary-Pass-7f3a9c-xyz', 'sterk', true, copy.passphrase.strong],
    // 11 characters but 22 UTF-16 units: still too short.
    ['😀😀😀😀😀😀😀😀😀😀😀', 'te-kort', false, 'Nog 1 teken nodig (minimaal 12).'],
    ['ëïöüéèàçñßø', 'te-kort', false, 'Nog 1 teken nodig (minimaal 12).'],
  ];
  it.each(cases)('%j → %s', (input, level, acceptable, hint) => {
    expect(passphraseStrength(input)).toEqual({ level, acceptable, hint });
  });

  it('counts code points, not UTF-16 units', () => {
    expect(charCount('😀a')).toBe(2);
  });
});

describe('newPassphraseProblems', () => {
  const good = 'fiets boom kat huis';
  const cases: Array<[string, string, string, boolean, Partial<Record<'pass' | 'pass2', string>>]> = [
    ['all well', good, good, true, {}],
    ['still typing the repeat: no complaint yet', good, 'fiets', false, {}],
    ['repeat as long but different while typing', good, 'fiets boom kat hui!', false, { pass2: copy.passphrase.mismatch }],
    ['submitted with a short repeat', good, 'fiets', true, { pass2: copy.passphrase.mismatch }],
    ['submitted with nothing', '', '', true, { pass: copy.passphrase.required }],
    ['submitted too short and different', 'kort', 'anders', true, { pass: copy.passphrase.required, pass2: copy.passphrase.mismatch }],
    ['not submitted, too short: only the live hint speaks', 'kort', 'kort', false, {}],
    ['only spaces (the core refuses it too)', ' '.repeat(14), ' '.repeat(14), true, { pass: copy.passphrase.onlySpaces }],
  ];
  it.each(cases)('%s', (_name, pass, pass2, submitted, expected) => {
    expect(newPassphraseProblems(pass, pass2, submitted)).toEqual(expected);
  });

  it('hasProblems', () => {
    expect(hasProblems({})).toBe(false);
    expect(hasProblems({ pass: undefined })).toBe(false);
    expect(hasProblems({ pass2: 'x' })).toBe(true);
  });
});
