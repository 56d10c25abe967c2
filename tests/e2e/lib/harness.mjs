// @ts-check
// A small sequential test runner. The end-to-end steps build on each other (create → lock →
// unlock → settings), so they run in order and, after a failure, the rest are skipped.

/** @typedef {{ name: string, fn: () => Promise<void> }} Step */

export class Harness {
  /** @type {Step[]} */
  #steps = [];
  /** @type {{ name: string, status: 'ok' | 'fail' | 'skip', ms: number, error?: unknown }[]} */
  results = [];

  /**
   * @param {string} name
   * @param {() => Promise<void>} fn
   */
  test(name, fn) {
    this.#steps.push({ name, fn });
  }

  /**
   * Runs the steps in order; returns true when all passed. TOP3_E2E_ONLY="1,2,16" runs only the
   * steps with those numbers (for a quick look while developing; the others are listed as skipped).
   */
  async run() {
    let failed = false;
    const only = (process.env.TOP3_E2E_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    for (const step of this.#steps) {
      const nr = /^(\d+)\./.exec(step.name)?.[1];
      if (only.length > 0 && nr !== undefined && !only.includes(nr)) {
        this.results.push({ name: step.name, status: 'skip', ms: 0 });
        log(`  - ${step.name} (niet gekozen in TOP3_E2E_ONLY)`);
        continue;
      }
      if (failed) {
        this.results.push({ name: step.name, status: 'skip', ms: 0 });
        log(`  - ${step.name} (overgeslagen na een eerdere fout)`);
        continue;
      }
      log(`▶ ${step.name}`);
      const started = performance.now();
      try {
        await step.fn();
        const ms = Math.round(performance.now() - started);
        this.results.push({ name: step.name, status: 'ok', ms });
        log(`✔ ${step.name} (${ms} ms)`);
      } catch (error) {
        const ms = Math.round(performance.now() - started);
        this.results.push({ name: step.name, status: 'fail', ms, error });
        log(`✘ ${step.name} (${ms} ms)`);
        log(indent(error instanceof Error ? (error.stack ?? error.message) : String(error)));
        failed = true;
      }
    }
    return !failed;
  }

  summary() {
    const count = (/** @type {string} */ s) => this.results.filter((r) => r.status === s).length;
    return `${count('ok')} geslaagd, ${count('fail')} mislukt, ${count('skip')} overgeslagen`;
  }
}

/** @param {string} text */
export function log(text) {
  process.stdout.write(`${text}\n`);
}

/** @param {string} text */
function indent(text) {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/**
 * @param {unknown} condition
 * @param {string} message
 * @returns {asserts condition}
 */
export function assert(condition, message) {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

/**
 * @param {unknown} actual
 * @param {unknown} expected
 * @param {string} what
 */
export function assertEqual(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`Assertion failed: ${what}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
  }
}
