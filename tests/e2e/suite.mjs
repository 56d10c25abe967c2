// @ts-check
// The end-to-end suite: the real app window, starting with no vault. Each step builds on the one
// before. Canary strings (passphrases, profile name, recovery code) must never reach the disk
// unencrypted; run.mjs scans the test HOME for them once the app has closed.

import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { Key } from 'webdriverio';
import { checkA11y } from './lib/axe.mjs';
import { assert, assertEqual, log } from './lib/harness.mjs';

export const PROFILE_CANARY = 'Profiel-Canary-5d2e81';
export const PROFILE = `E2E Tester ${PROFILE_CANARY}`;
export const PASS_FIRST = 'Canary-Pass-7f3a9c-xyz';
export const PASS_WRONG = 'Canary-Fout-0c4b77-xyz';
export const PASS_CHANGED = 'Canary-Nieuw-3e9d1a-xyz';
export const PASS_RECOVERED = 'Canary-Herstel-b81f06-xyz';

const WRONG_MESSAGE = 'Het wachtwoord klopt niet. Er is niets gewijzigd.';
/** Key derivation (Argon2id) in a debug build takes seconds; creating derives twice. */
const SLOW = 60_000;
const FAST = 15_000;

/**
 * @typedef {{ home: string, screenshots: string }} SuiteEnv
 * @typedef {{ recoveryCode: string | null }} SuiteState
 */

/**
 * Registers the steps that need the browser session.
 * @param {import('./lib/harness.mjs').Harness} t
 * @param {WebdriverIO.Browser} browser
 * @param {SuiteEnv} env
 * @param {SuiteState} state
 */
export function registerSuite(t, browser, env, state) {
  const byId = (/** @type {string} */ id) => browser.$(`[data-testid="${id}"]`);

  /** @param {string} id @param {number} [timeout] */
  async function visible(id, timeout = FAST) {
    const el = byId(id);
    await el.waitForDisplayed({ timeout, timeoutMsg: `"${id}" werd niet zichtbaar binnen ${timeout} ms` });
    return el;
  }

  /** @param {string} id @param {string} value */
  async function type(id, value) {
    const el = await visible(id);
    await el.setValue(value);
  }

  /** @param {string} id */
  async function click(id) {
    const el = await visible(id);
    await el.click();
  }

  /** @param {string} name */
  async function screenshot(name) {
    await browser.saveScreenshot(join(env.screenshots, name));
    log(`  screenshot: ${name}`);
  }

  /** The data-testid of the focused element. */
  async function focused() {
    return browser.execute(() => document.activeElement?.getAttribute('data-testid') ?? null);
  }

  /** @param {string} id */
  async function waitForFocus(id) {
    await browser.waitUntil(async () => (await focused()) === id, {
      timeout: FAST,
      timeoutMsg: `focus staat niet op "${id}" maar op "${String(await focused())}"`,
    });
  }

  /** @param {string} passphrase */
  async function unlock(passphrase) {
    await type('input-unlock-pass', passphrase);
    await click('btn-unlock');
    await visible('home', SLOW);
  }

  async function lockWithButton() {
    await click('btn-lock');
    await visible('input-unlock-pass');
    assert(!(await byId('home').isExisting()), 'home is weg na vergrendelen');
  }

  async function assertNoProfileInDom() {
    const source = await browser.getPageSource();
    assert(!source.includes(PROFILE_CANARY), 'de profielnaam staat niet meer in de DOM na vergrendelen');
  }

  t.test('1. Start: naam, versie en kluismap komen uit de kern (UI → IPC → kern → UI)', async () => {
    try {
      await browser.setWindowSize(1280, 720);
    } catch {
      log('  (vensterformaat niet aan te passen; de app bepaalt het)');
    }
    let title;
    try {
      title = await visible('start-title', SLOW);
    } catch (error) {
      const url = await browser.getUrl().catch(() => '?');
      const hint = /^https?:\/\/(localhost|127\.0\.0\.1):1420/.test(url)
        ? ' — de app laadt de Vite-dev-server (devUrl): bouw met --features custom-protocol zodat ui/dist ingebakken is'
        : '';
      throw new Error(`startscherm niet gevonden op ${url}${hint}`, { cause: error });
    }
    assertEqual(await title.getText(), 'TOP-3 Werkplaats', 'kop van het startscherm');
    assertEqual(await browser.getTitle(), 'TOP-3 Werkplaats', 'venstertitel');

    const version = await (await visible('start-version')).getText();
    assert(/^\d+\.\d+\.\d+/.test(version), `versie lijkt op x.y.z: ${JSON.stringify(version)}`);
    const vaultDir = await (await visible('start-vault-dir')).getText();
    const homes = [env.home, await realpath(env.home)];
    assert(
      homes.some((h) => vaultDir.startsWith(h)),
      `kluismap ${JSON.stringify(vaultDir)} ligt in de test-HOME ${JSON.stringify(env.home)}`,
    );
    log(`  versie ${version}, kluis in ${vaultDir}`);

    assert(!(await (await visible('btn-oefen')).isEnabled()), '"Oefenomgeving openen" is (nog) uitgeschakeld');
    assertEqual(await (await visible('oefen-note')).getText(), 'Komt beschikbaar met de oefencasussen.', 'toelichting oefenomgeving');

    await checkA11y(browser, 'start');
    await screenshot('01-start.png');
  });

  t.test('2. Nieuwe kluis aanmaken: herstelcode één keer tonen, bevestigen, verder', async () => {
    await click('btn-new-vault');
    await visible('input-profile');
    await waitForFocus('input-profile');

    await type('input-profile', PROFILE);
    await type('input-pass', PASS_FIRST);
    await type('input-pass2', `${PASS_FIRST}!`);
    await click('btn-create');
    const mismatch = await visible('input-pass2-error');
    assertEqual(await mismatch.getText(), 'De twee wachtwoorden zijn niet gelijk.', 'melding bij ongelijke wachtwoorden');
    await checkA11y(browser, 'nieuwe kluis (met melding)');
    await screenshot('02-nieuwe-kluis.png');

    await type('input-pass2', PASS_FIRST);
    await click('btn-create');
    const codeEl = await visible('recovery-code', SLOW);
    const code = (await codeEl.getText()).trim();
    assert(/^[A-Za-z0-9]+([- ][A-Za-z0-9]+)*$/.test(code) && code.replace(/[- ]/g, '').length >= 12, `herstelcode ziet er als een code uit: ${JSON.stringify(code)}`);
    state.recoveryCode = code;
    log(`  herstelcode ontvangen (${code.length} tekens)`);

    const next = await visible('btn-continue');
    assert(!(await next.isEnabled()), '"Verder" werkt pas na het vinkje');
    await checkA11y(browser, 'herstelcode');
    await screenshot('03-herstelcode.png');

    await click('chk-recovery-written');
    assert(await next.isEnabled(), '"Verder" werkt na het vinkje');
    await next.click();
    await visible('home');
    assertEqual(await (await visible('profile-name')).getText(), PROFILE, 'profielnaam in de kopbalk');
    assert(!(await byId('recovery-code').isExisting()), 'de herstelcode is weg');
    await checkA11y(browser, 'home (casussen)');
    await screenshot('04-home.png');
  });

  t.test('3. Vergrendelen met de knop; fout wachtwoord geeft de melding, goed wachtwoord opent', async () => {
    await lockWithButton();
    await assertNoProfileInDom();
    await waitForFocus('input-unlock-pass');
    await checkA11y(browser, 'ontgrendelen');
    await screenshot('05-ontgrendelen.png');

    await type('input-unlock-pass', PASS_WRONG);
    await click('btn-unlock');
    const error = await visible('unlock-error', SLOW);
    assertEqual(await error.getText(), WRONG_MESSAGE, 'melding bij een fout wachtwoord');
    assertEqual(await error.getAttribute('role'), 'alert', 'de melding is een alert');
    await waitForFocus('input-unlock-pass');
    assert(!(await byId('home').isExisting()), 'nog steeds vergrendeld');
    await checkA11y(browser, 'ontgrendelen (fout wachtwoord)');
    await screenshot('06-ontgrendelen-fout.png');

    await unlock(PASS_FIRST);
    await screenshot('07-home-na-ontgrendelen.png');
  });

  t.test('4. Ctrl+L vergrendelt vanaf elke plek', async () => {
    await visible('home');
    await browser.action('key').down(Key.Control).down('l').up('l').up(Key.Control).perform();
    await visible('input-unlock-pass');
    assert(!(await byId('home').isExisting()), 'home is weg na Ctrl+L');
    await assertNoProfileInDom();
    await unlock(PASS_FIRST);
  });

  t.test('5. Instellingen: wachtwoord wijzigen, automatisch vergrendelen, logboek', async () => {
    await click('btn-settings');
    await visible('page-settings');
    await checkA11y(browser, 'instellingen: beveiliging');
    await screenshot('08-instellingen.png');

    await type('input-old-pass', PASS_FIRST);
    await type('input-new-pass', PASS_CHANGED);
    await type('input-new-pass2', PASS_CHANGED);
    await click('btn-change-pass');
    const done = await visible('change-pass-success', SLOW);
    assertEqual(await done.getText(), 'Je wachtwoord is gewijzigd.', 'bevestiging wachtwoord gewijzigd');

    await type('input-idle-minutes', '10');
    await click('btn-idle-save');
    const idle = await visible('idle-success');
    assert((await idle.getText()).includes('10 minuten'), 'bevestiging automatisch vergrendelen na 10 minuten');

    await checkA11y(browser, 'instellingen: beveiliging (na wijzigen)');

    await click('btn-settings-audit');
    await visible('audit-log');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="audit-row"]').length) > 0, {
      timeout: FAST,
      timeoutMsg: 'het logboek toont geen regels',
    });
    const rows = await browser.$$('[data-testid="audit-row"]');
    const firstWhen = await rows[0].$('time').getText();
    assert(/^\d{1,2} [a-z]+ \d{4} \d{2}:\d{2}$/.test(firstWhen), `datum als "23 november 2026 14:05": ${JSON.stringify(firstWhen)}`);
    log(`  logboek: ${rows.length} regels, nieuwste ${firstWhen}`);
    await checkA11y(browser, 'instellingen: logboek');
    await screenshot('09-logboek.png');

    await lockWithButton();
    await type('input-unlock-pass', PASS_FIRST);
    await click('btn-unlock');
    assertEqual(await (await visible('unlock-error', SLOW)).getText(), WRONG_MESSAGE, 'het oude wachtwoord werkt niet meer');
    await unlock(PASS_CHANGED);
  });

  t.test('6. Herstelcode gebruiken: de kluis openen en een nieuw wachtwoord kiezen', async () => {
    assert(state.recoveryCode, 'herstelcode uit stap 2');
    await lockWithButton();
    await click('btn-use-recovery');
    await visible('input-recovery-code');
    await waitForFocus('input-recovery-code');
    // As a person might type it: lower case, spaces instead of dashes.
    await type('input-recovery-code', state.recoveryCode.toLowerCase().replace(/-/g, ' '));
    await type('input-recover-pass', PASS_RECOVERED);
    await type('input-recover-pass2', PASS_RECOVERED);
    await checkA11y(browser, 'herstelcode gebruiken');
    await screenshot('10-herstellen.png');
    await click('btn-recover');
    await visible('home', SLOW);

    await lockWithButton();
    await unlock(PASS_RECOVERED);
  });

  t.test('7. Niets in WebView-opslag: localStorage, sessionStorage en IndexedDB zijn leeg', async () => {
    const storage = /** @type {StorageReport} */ (await browser.executeAsync(readStorage));
    log(`  localStorage: ${storage.local}, sessionStorage: ${storage.session}, IndexedDB: ${JSON.stringify(storage.idb)}`);
    assert(storage.local === 0 || typeof storage.local === 'string', 'localStorage is leeg');
    assert(storage.session === 0 || typeof storage.session === 'string', 'sessionStorage is leeg');
    assert(!Array.isArray(storage.idb) || storage.idb.length === 0, 'geen IndexedDB-databases');
  });
}

/**
 * @typedef {{ local: number | string, session: number | string, idb: string[] | string | null }} StorageReport
 */

/**
 * Runs in the page: what the web view keeps in its own storage. A string means "not available".
 * @param {(report: StorageReport) => void} done
 */
function readStorage(done) {
  /** @type {StorageReport} */
  const out = { local: -1, session: -1, idb: null };
  try {
    out.local = window.localStorage.length;
  } catch (e) {
    out.local = `niet beschikbaar: ${String(e)}`;
  }
  try {
    out.session = window.sessionStorage.length;
  } catch (e) {
    out.session = `niet beschikbaar: ${String(e)}`;
  }
  const idb = window.indexedDB;
  if (idb && typeof idb.databases === 'function') {
    idb.databases().then(
      (list) => {
        out.idb = list.map((d) => String(d.name));
        done(out);
      },
      (e) => {
        out.idb = `fout: ${String(e)}`;
        done(out);
      },
    );
  } else {
    out.idb = 'indexedDB.databases() niet beschikbaar';
    done(out);
  }
}
