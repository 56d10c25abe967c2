// Errors as the UI sees them: every rejected IPC call becomes an `IpcError` with a `code` the UI
// branches on (never on message text) and a Dutch `message` it may show.

import type { ApiError } from './bindings/ApiError';
import type { ErrorCode } from './bindings/ErrorCode';

/** Every code the core can send. A `Record` so TypeScript fails here when the bindings gain a code. */
const KNOWN_CODES: Record<ErrorCode, true> = {
  wrongPassphrase: true,
  locked: true,
  noVault: true,
  vaultExists: true,
  inUse: true,
  corrupt: true,
  tooNew: true,
  invalid: true,
  notFound: true,
  io: true,
  document: true,
  internal: true,
  conflict: true,
};

/** Shown when the rejection did not come from the core as an `ApiError` (a bug, or no Tauri at all). */
export const UNEXPECTED_MESSAGE =
  'Er ging iets onverwachts mis in de app. Probeer het opnieuw; blijft dit gebeuren, start de app dan opnieuw.';

export class IpcError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'IpcError';
    this.code = code;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(KNOWN_CODES, value);
}

export function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return isErrorCode(candidate['code']) && typeof candidate['message'] === 'string';
}

/** Turns whatever `invoke` rejected with into an `IpcError`; unknown shapes become `internal`. */
export function toIpcError(reason: unknown): IpcError {
  if (reason instanceof IpcError) return reason;
  if (isApiError(reason)) {
    const message = reason.message.trim() === '' ? UNEXPECTED_MESSAGE : reason.message;
    return new IpcError(reason.code, message);
  }
  return new IpcError('internal', UNEXPECTED_MESSAGE, { cause: reason });
}
