import { describe, expect, it } from 'vitest';
import { emptyCasus } from './fixture';
import { needsConfirmation, setStatus } from './status';

describe('casus status', () => {
  it('asks for confirmation only when archiving', () => {
    expect(needsConfirmation('open', 'gearchiveerd')).toBe(true);
    expect(needsConfirmation('gesloten', 'gearchiveerd')).toBe(true);
    expect(needsConfirmation('gearchiveerd', 'gearchiveerd')).toBe(false);
    expect(needsConfirmation('open', 'gesloten')).toBe(false);
    expect(needsConfirmation('gearchiveerd', 'open')).toBe(false);
  });

  it('sets the status and reports whether it changed', () => {
    const casus = emptyCasus();
    expect(casus.status).toBe('open');
    expect(setStatus(casus, 'open')).toBe(false);
    expect(setStatus(casus, 'gearchiveerd')).toBe(true);
    expect(casus.status).toBe('gearchiveerd');
  });
});
