// Tells the shell the user is active, so its idle-lock timer starts over, and catches the lock
// shortcut. The shell owns the timer (a hidden web view must not be able to keep a vault open
// forever); the UI only reports keydown, pointerdown and wheel, at most once per 20 seconds.

import { throttle, type Throttled } from './throttle';

export const ACTIVITY_INTERVAL_MS = 20_000;
export const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/** Ctrl+L (or Cmd+L on macOS) locks the app from anywhere. */
export function isLockShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>) {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';
}

export interface ActivityOptions {
  /** Whether reporting makes sense now (only while the vault is open). */
  active: () => boolean;
  /** Reports activity to the shell; errors are the caller's to swallow. */
  report: () => void;
  /** Called on Ctrl+L. */
  lock: () => void;
  intervalMs?: number;
  now?: () => number;
}

export interface ActivityTracker {
  /** The throttled reporter, exposed so an unlock can reset it. */
  readonly report: Throttled;
  stop(): void;
}

export function trackActivity(target: EventTarget, options: ActivityOptions): ActivityTracker {
  const report = throttle(options.report, options.intervalMs ?? ACTIVITY_INTERVAL_MS, options.now);
  const onActivity = (event: Event) => {
    if (event.type === 'keydown' && isLockShortcut(event as KeyboardEvent)) {
      event.preventDefault();
      options.lock();
      return;
    }
    if (options.active()) report();
  };
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, onActivity, { passive: type === 'wheel' });
  return {
    report,
    stop() {
      for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, onActivity);
    },
  };
}
