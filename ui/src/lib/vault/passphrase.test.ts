import { describe, expect, it } from 'vitest';
import type { Wachtwoordoordeel } from '../ipc';
import { copy } from './copy';
import { hasProblems, newPassphraseProblems } from './passphrase';

const goed: Wachtwoordoordeel = { score: 4, voldoende: true, uitleg: ['Sterk wachtwoord.'] };
const zwak: Wachtwoordoordeel = {
  score: 0,
  voldoende: false,
  uitleg: ["Herhalingen zoals 'aaa' zijn makkelijk te raden."],
};

describe('newPassphraseProblems', () => {
  const sterk = 'paraplu lantaarn zeef mosterd';
  const cases: Array<
    [string, string, string, boolean, Wachtwoordoordeel | null, Partial<Record<'pass' | 'pass2', string>>]
  > = [
    ['all well', sterk, sterk, true, goed, {}],
    ['still typing the repeat: no complaint yet', sterk, 'paraplu', false, goed, {}],
    ['repeat as long but different while typing', sterk, 'paraplu lantaarn zeef mosterT', false, goed, { pass2: copy.passphrase.mismatch }],
    ['submitted with a short repeat', sterk, 'paraplu', true, goed, { pass2: copy.passphrase.mismatch }],
    ['submitted with nothing', '', '', true, null, { pass: copy.passphrase.required }],
    ['the core refuses it: the problem points at its explanation', 'aaaaaaaaaaaa', 'aaaaaaaaaaaa', true, zwak, { pass: copy.passphrase.notStrong }],
    ['refused and different', 'aaaaaaaaaaaa', 'anders', true, zwak, { pass: copy.passphrase.notStrong, pass2: copy.passphrase.mismatch }],
    ['not submitted, refused: only the live hint speaks', 'aaaaaaaaaaaa', 'aaaaaaaaaaaa', false, zwak, {}],
    ['no verdict (yet): the core decides when the form is sent', 'iets', 'iets', true, null, {}],
  ];
  it.each(cases)('%s', (_name, pass, pass2, submitted, oordeel, expected) => {
    expect(newPassphraseProblems(pass, pass2, submitted, oordeel)).toEqual(expected);
  });

  it('hasProblems', () => {
    expect(hasProblems({})).toBe(false);
    expect(hasProblems({ pass: undefined })).toBe(false);
    expect(hasProblems({ pass2: 'x' })).toBe(true);
  });
});
