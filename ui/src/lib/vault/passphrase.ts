// Passphrase rules and the calm strength hint shown while typing. The core enforces the minimum
// too; this is for the user, not for security.

import { copy } from './copy';

export const MIN_PASSPHRASE_LENGTH = 12;

export type StrengthLevel = 'leeg' | 'te-kort' | 'voorspelbaar' | 'voldoende' | 'sterk';

export interface Strength {
  level: StrengthLevel;
  /** Meets the minimum the core requires. */
  acceptable: boolean;
  hint: string;
}

/** Length in characters as a person counts them (code points, not UTF-16 units). */
export function charCount(text: string): number {
  return [...text].length;
}

function wordCount(text: string): number {
  return text.split(/[\s\-_.,;:]+/u).filter((w) => w.length >= 2).length;
}

export function passphraseStrength(passphrase: string): Strength {
  const length = charCount(passphrase);
  if (length === 0) return { level: 'leeg', acceptable: false, hint: copy.passphrase.empty };
  if (length < MIN_PASSPHRASE_LENGTH) {
    return { level: 'te-kort', acceptable: false, hint: copy.passphrase.tooShort(MIN_PASSPHRASE_LENGTH - length) };
  }
  const distinct = new Set(passphrase.toLowerCase()).size;
  if (distinct < 6) return { level: 'voorspelbaar', acceptable: true, hint: copy.passphrase.predictable };
  if (length >= 20 || (wordCount(passphrase) >= 4 && length >= 16)) {
    return { level: 'sterk', acceptable: true, hint: copy.passphrase.strong };
  }
  return { level: 'voldoende', acceptable: true, hint: copy.passphrase.fair };
}

export type PassField = 'pass' | 'pass2';
export type Problems<F extends string> = Partial<Record<F, string>>;

/**
 * Problems with a new passphrase and its repetition, all at once. `submitted` decides whether an
 * empty repetition already counts as a mismatch (not while the user is still typing).
 */
export function newPassphraseProblems(pass: string, pass2: string, submitted: boolean): Problems<PassField> {
  const problems: Problems<PassField> = {};
  if (submitted && charCount(pass) < MIN_PASSPHRASE_LENGTH) problems.pass = copy.passphrase.required;
  else if (submitted && pass.trim() === '') problems.pass = copy.passphrase.onlySpaces;
  if (pass !== pass2 && (submitted || (pass2.length > 0 && pass2.length >= pass.length))) {
    problems.pass2 = copy.passphrase.mismatch;
  }
  return problems;
}

export function hasProblems(problems: Record<string, string | undefined>): boolean {
  return Object.values(problems).some((p) => p !== undefined);
}
