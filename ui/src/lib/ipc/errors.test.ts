import { describe, expect, it } from 'vitest';
import { IpcError, UNEXPECTED_MESSAGE, isApiError, toIpcError } from './errors';

describe('toIpcError', () => {
  const cases: Array<[string, unknown, string, string]> = [
    [
      'ApiError from the core keeps code and message',
      { code: 'wrongPassphrase', message: 'Het wachtwoord klopt niet. Er is niets gewijzigd.' },
      'wrongPassphrase',
      'Het wachtwoord klopt niet. Er is niets gewijzigd.',
    ],
    ['every known code passes', { code: 'inUse', message: 'In gebruik.' }, 'inUse', 'In gebruik.'],
    ['an empty message gets the generic text', { code: 'io', message: '  ' }, 'io', UNEXPECTED_MESSAGE],
    ['a plain string (Tauri: command not allowed)', 'command vault_x not found', 'internal', UNEXPECTED_MESSAGE],
    ['an unknown code', { code: 'exploded', message: 'boem' }, 'internal', UNEXPECTED_MESSAGE],
    ['a code with the wrong case', { code: 'WrongPassphrase', message: 'x' }, 'internal', UNEXPECTED_MESSAGE],
    ['a message that is not a string', { code: 'io', message: 3 }, 'internal', UNEXPECTED_MESSAGE],
    ['null', null, 'internal', UNEXPECTED_MESSAGE],
    ['undefined', undefined, 'internal', UNEXPECTED_MESSAGE],
    ['a JS error (no Tauri in a plain browser)', new TypeError('window.__TAURI_INTERNALS__ is undefined'), 'internal', UNEXPECTED_MESSAGE],
  ];

  it.each(cases)('%s', (_name, reason, code, message) => {
    const error = toIpcError(reason);
    expect(error).toBeInstanceOf(IpcError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
  });

  it('keeps the original rejection as the cause of an internal error', () => {
    const original = new Error('kapot');
    expect(toIpcError(original).cause).toBe(original);
  });

  it('passes an IpcError through unchanged', () => {
    const error = new IpcError('locked', 'Vergrendeld.');
    expect(toIpcError(error)).toBe(error);
  });
});

describe('isApiError', () => {
  it('accepts exactly { code, message }', () => {
    expect(isApiError({ code: 'noVault', message: 'Geen kluis.' })).toBe(true);
    expect(isApiError({ code: 'noVault' })).toBe(false);
    expect(isApiError('noVault')).toBe(false);
  });
});
