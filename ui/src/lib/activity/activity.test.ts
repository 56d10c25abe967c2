import { describe, expect, it, vi } from 'vitest';
import { ACTIVITY_INTERVAL_MS, isLockShortcut, trackActivity } from './activity';
import { throttle } from './throttle';

describe('throttle', () => {
  it('runs at once, then at most once per interval', () => {
    let t = 1_000;
    const fn = vi.fn();
    const run = throttle(fn, 20_000, () => t);
    // [time, total calls after calling at that time]
    const steps: Array<[number, number]> = [
      [1_000, 1],
      [1_001, 1],
      [20_999, 1],
      [21_000, 2],
      [30_000, 2],
      [41_000, 3],
      [41_000, 3],
    ];
    for (const [at, calls] of steps) {
      t = at;
      run();
      expect(fn, `at ${at}`).toHaveBeenCalledTimes(calls);
    }
  });

  it('runs at once again after reset', () => {
    let t = 0;
    const fn = vi.fn();
    const run = throttle(fn, 20_000, () => t);
    run();
    t = 5;
    run.reset();
    run();
    expect(fn).toHaveBeenCalledTimes(2);
  });
});

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('isLockShortcut', () => {
  it.each([
    [key('l', { ctrlKey: true }), true],
    [key('L', { ctrlKey: true }), true],
    [key('l', { metaKey: true }), true],
    [key('l'), false],
    [key('k', { ctrlKey: true }), false],
    [key('l', { ctrlKey: true, altKey: true }), false],
    [key('L', { ctrlKey: true, shiftKey: true }), false],
  ])('%j → %s', (event, expected) => {
    expect(isLockShortcut(event)).toBe(expected);
  });
});

class FakeKeyboardEvent extends Event {
  constructor(
    type: string,
    readonly key = '',
    readonly ctrlKey = false,
    readonly metaKey = false,
    readonly altKey = false,
    readonly shiftKey = false,
  ) {
    super(type, { cancelable: true });
  }
}

describe('trackActivity', () => {
  function setup(active = true) {
    let t = 0;
    const target = new EventTarget();
    const report = vi.fn();
    const lock = vi.fn();
    const tracker = trackActivity(target, { active: () => active, report, lock, now: () => t });
    return { target, report, lock, tracker, setTime: (v: number) => (t = v) };
  }

  it('reports keydown, pointerdown and wheel, throttled to once per 20 s', () => {
    const { target, report, setTime } = setup();
    target.dispatchEvent(new FakeKeyboardEvent('keydown', 'a'));
    target.dispatchEvent(new Event('pointerdown'));
    target.dispatchEvent(new Event('wheel'));
    expect(report).toHaveBeenCalledTimes(1);
    setTime(ACTIVITY_INTERVAL_MS);
    target.dispatchEvent(new Event('wheel'));
    expect(report).toHaveBeenCalledTimes(2);
  });

  it('does not report while the vault is closed', () => {
    const { target, report } = setup(false);
    target.dispatchEvent(new Event('pointerdown'));
    expect(report).not.toHaveBeenCalled();
  });

  it('locks on Ctrl+L and keeps the key from the web view', () => {
    const { target, report, lock } = setup();
    const event = new FakeKeyboardEvent('keydown', 'l', true);
    target.dispatchEvent(event);
    expect(lock).toHaveBeenCalledOnce();
    expect(event.defaultPrevented).toBe(true);
    expect(report).not.toHaveBeenCalled();
  });

  it('stops listening', () => {
    const { target, report, tracker } = setup();
    tracker.stop();
    target.dispatchEvent(new Event('pointerdown'));
    expect(report).not.toHaveBeenCalled();
  });
});
