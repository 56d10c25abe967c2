// The idle-lock setting: whole minutes, 1 to 120 (the core checks the same range).

import { copy } from './copy';

export const IDLE_MIN = 1;
export const IDLE_MAX = 120;
export const IDLE_DEFAULT = 5;

export type IdleParse = { ok: true; minutes: number } | { ok: false; message: string };

/** Accepts what a number input gives (number, null when empty) or text. */
export function parseIdleMinutes(value: number | string | null | undefined): IdleParse {
  const invalid: IdleParse = { ok: false, message: copy.idle.invalid(IDLE_MIN, IDLE_MAX) };
  if (value === null || value === undefined) return invalid;
  const text = String(value).trim();
  if (!/^\d+$/u.test(text)) return invalid;
  const minutes = Number(text);
  if (minutes < IDLE_MIN || minutes > IDLE_MAX) return invalid;
  return { ok: true, minutes };
}
