// @ts-check
// Accessibility check per screen with axe-core, injected into the page (WebKit has no extension
// hooks). Fails on violations of impact "serious" or "critical"; lists the others as notes.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { log } from './harness.mjs';

const require = createRequire(import.meta.url);
/** @type {string | undefined} */
let axeSource;

/**
 * @typedef {{ id: string, impact: string | null, help: string, helpUrl: string, nodes: { target: unknown, failureSummary?: string }[] }} Violation
 * @typedef {{ violations: Violation[], passes: number, incomplete: number, error?: string }} AxeOutcome
 */

/**
 * Runs axe on the current page and prints "axe: <screen> — N serious/critical (M checks passed)".
 * @param {WebdriverIO.Browser} browser
 * @param {string} screen
 */
export async function checkA11y(browser, screen) {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const present = await browser.execute(() => typeof (/** @type {any} */ (window).axe) === 'object');
  if (!present) await browser.execute(axeSource);

  const outcome = /** @type {AxeOutcome} */ (await browser.executeAsync(runAxe));
  if (outcome.error) throw new Error(`axe: ${screen} — axe.run faalde: ${outcome.error}`);

  const severe = outcome.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = outcome.violations.filter((v) => !severe.includes(v));
  log(`  axe: ${screen} — ${severe.length} serious/critical (${outcome.passes} checks passed)`);
  for (const v of minor) log(`    note (${v.impact}): ${v.id} — ${v.help} ${targets(v)}`);
  if (severe.length > 0) {
    for (const v of severe) {
      log(`    ${v.impact}: ${v.id} — ${v.help} (${v.helpUrl})`);
      for (const n of v.nodes) log(`      at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\n/g, ' ')}`);
    }
    throw new Error(`axe: ${screen} — ${severe.length} serious/critical violation(s): ${severe.map((v) => v.id).join(', ')}`);
  }
  return outcome;
}

/** @param {Violation} v */
function targets(v) {
  return v.nodes.map((n) => JSON.stringify(n.target)).join(' ');
}

/**
 * Runs in the page (serialised by WebDriver, so no closures): axe over the whole document.
 * @param {(outcome: AxeOutcome) => void} done
 */
function runAxe(done) {
  const axe = /** @type {any} */ (window).axe;
  axe
    .run(document, { resultTypes: ['violations'] })
    .then((/** @type {any} */ r) =>
      done({
        violations: r.violations.map((/** @type {any} */ v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((/** @type {any} */ n) => ({ target: n.target, failureSummary: n.failureSummary })),
        })),
        passes: r.passes.length,
        incomplete: r.incomplete.length,
      }),
    )
    .catch((/** @type {any} */ e) => done({ violations: [], passes: 0, incomplete: 0, error: String(e) }));
}
