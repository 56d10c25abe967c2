// @ts-check
// Latency measured inside the page (performance.now), so WebDriver round trips are not counted:
// shared by the suite (step 16 and the small-casus latencies) and the benchmark run (prestatie.mjs).

import { assert } from './harness.mjs';

/**
 * @typedef {{ target: string, action?: 'click' | 'key' | 'submit' | 'input' | 'select', key?: string, value?: string, done: string, text?: string, min?: number, anders?: boolean, saved?: boolean }} Meting
 * @typedef {{ js: number, dom: number, layout: number, paint: number, saved: number | null }} Uitslag
 */

/**
 * Acts on an element inside the page (click, a key on it, submitting its form, typing `value` into
 * it or choosing `value` in a select) and measures
 * with performance.now(), in the page so WebDriver round trips are not counted:
 * - js: the event handler and the microtasks it queued (Svelte's update) have run;
 * - dom: the result is in the DOM (`done` matches, with `text`, with a text other than before
 *   (`anders`), or at least `min` matches);
 * - layout: the layout for that DOM is done (forced right then);
 * - paint: the frame with the result has been drawn (the first task after the next animation frame);
 * - saved: the save status went from "opslaan" back to "opgeslagen" (only when `saved`).
 * The figure reported as the latency is `paint`.
 * @param {WebdriverIO.Browser} browser
 * @param {Meting} m
 * @returns {Promise<Uitslag>}
 */
export async function meten(browser, m) {
  const r = /** @type {Uitslag | number} */ (
    await browser.executeAsync((m, finish) => {
      const el = /** @type {HTMLElement | null} */ (document.querySelector(m.target));
      const status = document.querySelector('[data-testid="save-status"]');
      if (!el || (m.saved && !status)) return finish(-1);
      const out = { js: -1, dom: -1, layout: -1, paint: -1, saved: /** @type {number | null} */ (null) };
      const tekst = () => Array.from(document.querySelectorAll(m.done), (e) => e.textContent ?? '').join('\n');
      const vooraf = tekst();
      const holds = () => {
        const found = Array.from(document.querySelectorAll(m.done));
        if (m.anders) return found.length > 0 && tekst() !== vooraf;
        if (m.text !== undefined) return found.some((e) => (e.textContent ?? '').includes(/** @type {string} */ (m.text)));
        return found.length >= (m.min ?? 1);
      };
      let seenSaving = false;
      let finished = false;
      const end = () => {
        if (finished || out.paint < 0 || (m.saved && out.saved === null)) return;
        finished = true;
        domObserver.disconnect();
        statusObserver.disconnect();
        finish(out);
      };
      const onMutation = () => {
        if (out.dom >= 0 || !holds()) return;
        out.dom = performance.now() - t0;
        document.body.getBoundingClientRect();
        out.layout = performance.now() - t0;
        domObserver.disconnect();
        requestAnimationFrame(() =>
          setTimeout(() => {
            out.paint = performance.now() - t0;
            end();
          }, 0),
        );
      };
      const onStatus = () => {
        const state = status?.getAttribute('data-state');
        if (state !== 'opgeslagen') seenSaving = true;
        else if (seenSaving && out.saved === null) {
          out.saved = performance.now() - t0;
          end();
        }
      };
      const domObserver = new MutationObserver(onMutation);
      const statusObserver = new MutationObserver(onStatus);
      domObserver.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      if (status) statusObserver.observe(status, { attributes: true, attributeFilter: ['data-state'] });
      setTimeout(() => {
        if (!finished) {
          finished = true;
          domObserver.disconnect();
          statusObserver.disconnect();
          finish(-2);
        }
      }, 10_000);
      const t0 = performance.now();
      if (m.action === 'key') {
        el.focus();
        el.dispatchEvent(new KeyboardEvent('keydown', { key: m.key, bubbles: true, cancelable: true }));
      } else if (m.action === 'submit') {
        /** @type {HTMLInputElement} */ (el).form?.requestSubmit();
      } else if (m.action === 'input' || m.action === 'select') {
        /** @type {HTMLInputElement} */ (el).value = m.value ?? '';
        el.dispatchEvent(new Event(m.action === 'input' ? 'input' : 'change', { bubbles: true }));
      } else el.click();
      onStatus();
      queueMicrotask(() => {
        out.js = performance.now() - t0;
        onMutation();
      });
    }, m)
  );
  assert(typeof r === 'object', `meting ${JSON.stringify(m)} gelukt (${String(r)})`);
  return r;
}

/** @param {Uitslag} u */
export function uitsplitsing(u) {
  const f = (/** @type {number} */ v) => v.toFixed(1);
  return `js ${f(u.js)} · dom ${f(u.dom)} · layout ${f(u.layout)} · getekend ${f(u.paint)}${u.saved === null ? '' : ` · opgeslagen ${f(u.saved)}`}`;
}

