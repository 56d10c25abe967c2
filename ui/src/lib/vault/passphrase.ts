// Form problems with a new passphrase and its repetition. Whether a passphrase is strong enough is
// the core's verdict (`Wachtwoordoordeel`, see wachtwoordmeter.svelte.ts); this only places it.

import type { Wachtwoordoordeel } from '../ipc';
import { copy } from './copy';

export type PassField = 'pass' | 'pass2';
export type Problems<F extends string> = Partial<Record<F, string>>;

/**
 * Problems with a new passphrase and its repetition, all at once. `submitted` decides whether an
 * empty repetition already counts as a mismatch (not while the user is still typing); `oordeel` is
 * the core's verdict on `pass` (null: none yet — the core checks again when the form is sent).
 */
export function newPassphraseProblems(
  pass: string,
  pass2: string,
  submitted: boolean,
  oordeel: Wachtwoordoordeel | null,
): Problems<PassField> {
  const problems: Problems<PassField> = {};
  if (submitted && pass === '') problems.pass = copy.passphrase.required;
  else if (submitted && oordeel !== null && !oordeel.voldoende) problems.pass = copy.passphrase.notStrong;
  if (pass !== pass2 && (submitted || (pass2.length > 0 && pass2.length >= pass.length))) {
    problems.pass2 = copy.passphrase.mismatch;
  }
  return problems;
}

export function hasProblems(problems: Record<string, string | undefined>): boolean {
  return Object.values(problems).some((p) => p !== undefined);
}
