import { afterEach, describe, expect, it, vi } from 'vitest';
import { TYPING_DELAY_MS, Typebuffer } from './typen';

describe('Typebuffer', () => {
  afterEach(() => vi.useRealTimers());

  function buffer() {
    const applied: string[] = [];
    const draft = { tekst: '' };
    const b = new Typebuffer<{ tekst: string }>((mutate) => {
      mutate(draft);
      applied.push(draft.tekst);
    });
    return { b, applied };
  }

  it('applies the last text of a field once typing pauses', () => {
    vi.useFakeTimers();
    const { b, applied } = buffer();
    b.typing('titel', (d) => (d.tekst = 'a'));
    vi.advanceTimersByTime(TYPING_DELAY_MS - 1);
    b.typing('titel', (d) => (d.tekst = 'ab'));
    vi.advanceTimersByTime(TYPING_DELAY_MS - 1);
    expect(applied).toEqual([]);
    expect(b.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(applied).toEqual(['ab']);
    expect(b.pending).toBe(false);
  });

  it('commits one field, all fields, or drops one', () => {
    vi.useFakeTimers();
    const { b, applied } = buffer();
    b.typing('a', (d) => (d.tekst = '1'));
    b.typing('b', (d) => (d.tekst = '2'));
    b.typing('c', (d) => (d.tekst = '3'));
    b.commit('b');
    b.cancel('c');
    b.commitAll();
    vi.advanceTimersByTime(TYPING_DELAY_MS * 2);
    expect(applied).toEqual(['2', '1']);
  });
});
