// The recovery code: how it is shown once, and how what the user types back is tidied up before it
// goes to the core.

/** The groups of a code like "ABCD-EFGH-JKLM", for display with space between them. */
export function recoveryGroups(code: string): string[] {
  return code
    .trim()
    .split(/[\s-]+/u)
    .filter((g) => g.length > 0);
}

/**
 * Tidies typed input: upper case, any run of spaces or dashes becomes one dash, no dash at the
 * ends. "abcd efgh-- jklm " → "ABCD-EFGH-JKLM". The core should accept the same variations.
 */
export function normalizeRecoveryCode(input: string): string {
  return recoveryGroups(input.toUpperCase()).join('-');
}

/** "Verder" on the recovery-code screen works only once the user confirms writing it down. */
export function canLeaveRecoveryCode(confirmed: boolean): { ok: true } | { ok: false; reason: 'niet-bevestigd' } {
  return confirmed ? { ok: true } : { ok: false, reason: 'niet-bevestigd' };
}
