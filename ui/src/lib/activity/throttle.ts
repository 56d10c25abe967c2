// A leading-edge throttle: the first call runs at once, later calls within the interval are dropped.

export interface Throttled {
  (): void;
  /** Forget the last run, so the next call runs at once (e.g. after an unlock). */
  reset(): void;
}

export function throttle(fn: () => void, intervalMs: number, now: () => number = Date.now): Throttled {
  let last = Number.NEGATIVE_INFINITY;
  const run = (() => {
    const t = now();
    if (t - last >= intervalMs) {
      last = t;
      fn();
    }
  }) as Throttled;
  run.reset = () => {
    last = Number.NEGATIVE_INFINITY;
  };
  return run;
}
