// @ts-check
// The end-to-end suite: the real app window, starting with no vault. Each step builds on the one
// before. Canary strings (passphrases, profile name, recovery code) must never reach the disk
// unencrypted; run.mjs scans the test HOME for them once the app has closed.

import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { Key } from 'webdriverio';
import { checkA11y } from './lib/axe.mjs';
import { assert, assertEqual, log } from './lib/harness.mjs';
import { meten, uitsplitsing } from './lib/meten.mjs';
import { registerOefenSteps } from './oefen.mjs';
import { registerPlanStep } from './plan.mjs';
import { registerPresentatieStep } from './presentatie.mjs';
import { registerSessieStep } from './sessie.mjs';

export const PROFILE_CANARY = 'Profiel-Canary-5d2e81';
export const PROFILE = `E2E Tester ${PROFILE_CANARY}`;
export const PASS_FIRST = 'Canary-Pass-7f3a9c-xyz';
export const PASS_WRONG = 'Canary-Fout-0c4b77-xyz';
export const PASS_CHANGED = 'Canary-Nieuw-3e9d1a-xyz';
export const PASS_RECOVERED = 'Canary-Herstel-b81f06-xyz';
/** Typed into casus fields; must be found back after a lock, and never on disk in the clear. */
export const CASUS_CANARIES = {
  code: 'K-Canary-4471',
  titel: 'Titel-Canary-91ab',
  item: 'Item-Canary-2c7e',
  bron: 'Bron-Canary-e5a3',
  // One word of its own: each part of a hyphenated name is a name to the pseudonymisation, so it
  // shares no part with the other canaries ("Canary" would be hidden in all of them).
  naam: 'Naamkanarie6f0d',
  wat: 'Wat-Canary-8d21',
  onderbouwing: 'Onderbouwing-Canary-3b9f',
  afwijking: 'Afwijking-Canary-c70e',
  doel: 'Doel-Canary-14aa',
  bewerkt: 'Bewerkt-Canary-5a19',
  snel: 'Snel-Canary-0e62',
};
const C = CASUS_CANARIES;

/** Ten informatie-items and the key that sorts each (1–4 = the lanes). */
const ITEMS = [
  { tekst: `Vader duwde moeder tegen de keukenkast ${C.item}`, bron: 'moeder', key: '1' },
  { tekst: 'Vader schreeuwt dagelijks tegen de kinderen', bron: 'school', key: '1' },
  { tekst: 'Kind zag hoe moeder werd geslagen', bron: 'kind', key: '1' },
  { tekst: 'Vader dreigt moeder iets aan te doen als ze weggaat', bron: C.bron, key: '1' },
  { tekst: 'Vader drinkt veel sinds hij werkloos is', bron: 'huisarts', key: '2' },
  { tekst: 'Schulden en dreigende huisuitzetting', bron: 'wijkteam', key: '2' },
  { tekst: 'Vader werd zelf als kind mishandeld', bron: 'vader', key: '2' },
  { tekst: 'Oma woont om de hoek en vangt de kinderen op', bron: 'oma', key: '3' },
  { tekst: 'Moeder wil hulp en werkt mee', bron: '', key: '3' },
  { tekst: 'Kind slaapt slecht en plast weer in bed', bron: 'moeder', key: '4' },
];
/** DD-MM-YYYY, `days` days ago, in local time (as typed into the app's date fields). @param {number} days */
function daysAgo(days) {
  const d = new Date(Date.now() - days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
}

const LANE_COUNTS = { onveiligeSituatie: 4, risicofactor: 3, beschermendeFactor: 2, schade: 1, nogTeOrdenen: 0 };

const WRONG_MESSAGE = 'Het wachtwoord klopt niet. Er is niets gewijzigd.';
/** Key derivation (Argon2id) in a debug build takes seconds; creating derives twice. */
const SLOW = 60_000;
const FAST = 15_000;

/**
 * @typedef {{ home: string, screenshots: string }} SuiteEnv
 * @typedef {{ recoveryCode: string | null, usedRecoveryCode?: string | null, sessie?: import('./sessie.mjs').SessieContext | null }} SuiteState
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

  /**
   * Sends the form whose field has the focus with Enter, as a keyboard user does. The passphrase
   * forms show the core's verdict a moment after typing stops, which moves the button under a
   * pointer click that WebDriver aimed just before; Enter does not depend on where it is.
   * @param {string} knop the form's submit button (must be there and enabled)
   */
  async function submitWithEnter(knop) {
    const el = await visible(knop);
    assert(await el.isEnabled(), `${knop} is te gebruiken`);
    await browser.keys(Key.Enter);
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

  registerOefenSteps(t, browser, { byId, visible, click, saved, waitCount, screenshot });

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

    assert(await (await visible('btn-oefen')).isEnabled(), '"Oefenomgeving openen" werkt');

    await checkA11y(browser, 'start');
    await screenshot('01-start.png');
  });

  t.test('2. Nieuwe kluis aanmaken: herstelcode één keer tonen, bevestigen, verder', async () => {
    await click('btn-new-vault');
    await visible('input-profile');
    await waitForFocus('input-profile');

    await type('input-profile', PROFILE);
    // A weak passphrase: the core's verdict shows while typing, and the form refuses it.
    await type('input-pass', 'aaaaaaaaaaaa');
    await browser.waitUntil(
      async () => (await byId('input-pass-help').getText()).includes("Herhalingen zoals 'aaa' zijn makkelijk te raden."),
      { timeout: FAST, timeoutMsg: 'de uitleg van de kern bij een zwak wachtwoord verscheen niet' },
    );
    assertEqual(await byId('input-pass-help').getAttribute('aria-live'), 'polite', 'de uitleg wordt voorgelezen');
    await type('input-pass2', 'aaaaaaaaaaaa');
    await submitWithEnter('btn-create');
    assertEqual(
      await (await visible('input-pass-error')).getText(),
      'Dit wachtwoord is niet sterk genoeg. Kies een ander; de uitleg staat hierboven.',
      'melding bij een zwak wachtwoord',
    );
    await waitForFocus('input-pass');
    assert(!(await byId('recovery-code').isExisting()), 'een zwak wachtwoord maakt geen kluis');

    await type('input-pass', PASS_FIRST);
    await type('input-pass2', `${PASS_FIRST}!`);
    await submitWithEnter('btn-create');
    const mismatch = await visible('input-pass2-error');
    assertEqual(await mismatch.getText(), 'De twee wachtwoorden zijn niet gelijk.', 'melding bij ongelijke wachtwoorden');
    await checkA11y(browser, 'nieuwe kluis (met melding)');
    await screenshot('02-nieuwe-kluis.png');

    await type('input-pass2', PASS_FIRST);
    await submitWithEnter('btn-create');
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
    await submitWithEnter('btn-change-pass');
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
    await submitWithEnter('btn-recover');
    // The used code is spent: the core rotated the key and shows a new code, once.
    const nieuw = (await (await visible('recovery-code', SLOW)).getText()).trim();
    assert(nieuw.replace(/[- ]/g, '').length >= 12 && nieuw !== state.recoveryCode, `een nieuwe herstelcode: ${JSON.stringify(nieuw)}`);
    await checkA11y(browser, 'nieuwe herstelcode na herstellen');
    await click('chk-recovery-written');
    await click('btn-continue');
    await visible('home', SLOW);
    state.usedRecoveryCode = state.recoveryCode;
    state.recoveryCode = nieuw;

    await lockWithButton();
    await unlock(PASS_RECOVERED);
  });

  t.test('6b. Sleutel vervangen: nieuwe herstelcode; de vorige en de gebruikte herstelcode openen niets meer', async () => {
    await click('btn-settings');
    await visible('page-settings');
    await type('input-sleutel-pass', PASS_RECOVERED);
    await submitWithEnter('btn-sleutel-vervangen');
    const code = (await (await visible('sleutel-herstelcode', SLOW)).getText()).trim();
    assert(code.replace(/[- ]/g, '').length >= 12 && code !== state.recoveryCode, `nieuwe herstelcode na sleutel vervangen: ${JSON.stringify(code)}`);
    assert((await byId('sleutel-success').getText()).includes('De sleutel is vervangen'), 'bevestiging sleutel vervangen');
    await checkA11y(browser, 'instellingen: sleutel vervangen');
    await screenshot('10b-sleutel-vervangen.png');
    await click('btn-sleutel-verberg');
    assert(!(await byId('sleutel-herstelcode').isExisting()), 'de herstelcode is weg na "opgeschreven"');

    for (const [welke, oud] of [['vorige', state.recoveryCode], ['gebruikte', state.usedRecoveryCode]]) {
      await lockWithButton();
      await click('btn-use-recovery');
      await type('input-recovery-code', String(oud));
      await type('input-recover-pass', PASS_RECOVERED);
      await type('input-recover-pass2', PASS_RECOVERED);
      await submitWithEnter('btn-recover');
      const fout = await visible('recover-error', SLOW);
      assert((await fout.getText()).includes('herstelcode klopt niet'), `de ${welke} herstelcode werkt niet meer: ${await fout.getText()}`);
      await click('btn-back-unlock');
      await unlock(PASS_RECOVERED);
    }
    state.recoveryCode = code;
  });

  /** @type {Record<string, number>} */
  const latency = {};

  /** @typedef {import('./lib/meten.mjs').Uitslag} Uitslag */
  /** @param {import('./lib/meten.mjs').Meting} m */
  const measure = (m) => meten(browser, m);

  /**
   * Clicks (or presses a key on) an element and measures until `done` (a CSS selector) shows and
   * the frame with it is drawn (see measure()). Reported, never asserted.
   * @param {string} label @param {string} target @param {string} done @param {string | null} [key] @param {boolean} [saved]
   */
  async function timed(label, target, done, key = null, saved = false) {
    const u = await measure({ target, action: key ? 'key' : 'click', key: key ?? undefined, done, saved });
    latency[label] = saved && u.saved !== null ? u.saved : u.paint;
    log(`  latentie ${label}: ${latency[label].toFixed(1)} ms (${uitsplitsing(u)})`);
    return u;
  }

  /** Picks an option the way a change does (native select pop-ups are not WebDriver-friendly). @param {string} id @param {string} value */
  async function selectValue(id, value) {
    const el = await visible(id);
    await browser.execute(
      (el, value) => {
        const select = /** @type {HTMLSelectElement} */ (el);
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
      el,
      value,
    );
  }

  /** Empties a text field by keyboard, so the page sees the input events. @param {string} id */
  async function clearField(id) {
    const el = await visible(id);
    await el.click();
    await browser.keys([Key.Ctrl, 'a']);
    await browser.keys(Key.Backspace);
  }

  /** Types a date as dd-mm-jjjj into a date field by keyboard, then leaves it with Tab. @param {string} id @param {string} text */
  async function typeDate(id, text) {
    await clearField(id);
    // addValue, not browser.keys: the latter may drop a repeated key ("11" → "1").
    await byId(id).addValue(text);
    await browser.keys(Key.Tab);
  }

  /** @param {string} selector @param {number} n */
  async function waitCount(selector, n) {
    await browser.waitUntil(async () => (await browser.$$(selector).length) === n, {
      timeout: FAST,
      timeoutMsg: `verwacht ${n} × ${selector}`,
    });
  }

  async function saved() {
    await browser.waitUntil(async () => (await byId('save-status').getAttribute('data-state')) === 'opgeslagen', {
      timeout: FAST,
      timeoutMsg: 'de casus is niet opgeslagen',
    });
  }

  /** @param {string} lane */
  async function laneCount(lane) {
    return Number((await byId(`count-${lane}`).getText()).replace(/\D/g, ''));
  }

  /** @param {Record<string, number>} expected */
  async function assertLanes(expected) {
    for (const [lane, n] of Object.entries(expected)) assertEqual(await laneCount(lane), n, `aantal in ${lane}`);
  }

  /** @param {string} lane @param {string} key */
  async function pressOnFirstCard(lane, key) {
    const card = await browser.$(`[data-testid="lane-${lane}"] [data-testid="card"]`);
    await card.waitForDisplayed({ timeout: FAST });
    await browser.execute((el) => /** @type {HTMLElement} */ (el).focus(), card);
    await browser.keys(key);
  }

  t.test('7. Casussen: het overzicht en een nieuwe casus (code en titel)', async () => {
    await click('btn-casussen');
    await visible('page-casussen');
    await visible('btn-new-casus');
    await checkA11y(browser, 'casussen (leeg)');
    await screenshot('11-casussen.png');

    await click('btn-new-casus');
    await visible('dialog-new-casus');
    await waitForFocus('input-new-code');
    await click('btn-create-casus');
    assertEqual(await (await visible('new-casus-error')).getText(), 'Vul een code in.', 'melding zonder code');
    await type('input-new-code', C.code);
    await type('input-new-titel', `Gezin ${C.titel}`);
    await checkA11y(browser, 'nieuwe casus (dialoog)');
    await screenshot('12-nieuwe-casus.png');
    await timed('casus aanmaken en openen', '[data-testid="btn-create-casus"]', '[data-testid="stap-ordenen"]');
    assertEqual(await (await visible('casus-code')).getText(), C.code, 'code in de linkerbalk');
    assertEqual(await (await visible('fase-chip')).getText(), 'Directe veiligheid', 'fase als tekst');
    await visible('casus-panel');
  });

  t.test('8. Betrokkenen: drie toevoegen en de kindcheck', async () => {
    await click('nav-betrokkenen');
    await visible('stap-betrokkenen');
    const people = [
      { naam: `M. ${C.naam}`, rollen: ['slachtoffer', 'ouderVerzorger'], soort: 'jaren', waarde: '34' },
      { naam: 'V.', rollen: ['pleger', 'ouderVerzorger'], soort: 'geboortejaar', waarde: '1988' },
      { naam: 'K.', rollen: ['kind', 'getuige'], soort: 'geboortejaar', waarde: '2017' },
    ];
    for (const p of people) {
      await type('input-betrokkene-naam', p.naam);
      for (const rol of p.rollen) await click(`rol-${rol}`);
      await selectValue('input-leeftijd-soort', p.soort);
      await type('input-leeftijd', p.waarde);
      await click('btn-betrokkene-save');
      await saved();
    }
    await browser.waitUntil(async () => (await browser.$$('[data-testid="betrokkene-row"]').length) === 3, {
      timeout: FAST,
      timeoutMsg: 'er staan geen drie betrokkenen',
    });
    const checks = await browser.$$('[data-testid="btn-kindcheck"]');
    assertEqual(checks.length, 2, 'kindcheck voor de twee volwassenen (niet voor het kind)');
    await checks[0].click();
    await visible('kindcheck-form');
    await click('zorgt-ja');
    await click('btn-kindcheck-save');
    await saved();
    assert((await (await browser.$$('[data-testid="btn-kindcheck"]'))[0].getText()).startsWith('Ja'), 'kindcheck vastgelegd');
    log(`  voortgang: ${await (await visible('stand-betrokkenen')).getText()}`);
    await checkA11y(browser, 'betrokkenen');
    await screenshot('13-betrokkenen.png');
  });

  t.test('9. Ordenen: tien items vastleggen (Enter) en met de toetsen 1–4 sorteren; Ctrl+Z', async () => {
    await click('nav-ordenen');
    await visible('stap-ordenen');
    for (const item of ITEMS) {
      await type('input-capture', item.tekst);
      if (item.bron) await type('input-capture-bron', item.bron);
      await browser.keys(Key.Enter);
      await browser.waitUntil(async () => (await byId('input-capture').getValue()) === '', { timeout: FAST });
    }
    await saved();
    assertEqual(await laneCount('nogTeOrdenen'), 10, 'tien items in nog te ordenen');
    await checkA11y(browser, 'ordenen (nog te ordenen)');

    // The first one timed in the page; the others by WebDriver keys on the focused card.
    await timed(
      'kaart verplaatsen (toets 1)',
      '[data-testid="lane-nogTeOrdenen"] [data-testid="card"]',
      '[data-testid="lane-onveiligeSituatie"] [data-testid="card"]',
      '1',
    );
    await saved();
    for (const item of ITEMS.slice(1)) {
      await pressOnFirstCard('nogTeOrdenen', item.key);
      await saved();
    }
    await assertLanes(LANE_COUNTS);
    await waitForFocus('card');

    // 0 sends a card back, Ctrl+Z takes that back.
    await pressOnFirstCard('schade', '0');
    await saved();
    await assertLanes({ schade: 0, nogTeOrdenen: 1 });
    await browser.action('key').down(Key.Control).down('z').up('z').up(Key.Control).perform();
    await saved();
    await assertLanes(LANE_COUNTS);
    log(`  voortgang: ${await (await visible('stand-ordenen')).getText()}`);

    // Save latency: from a change (a card back with 0) to "Opgeslagen"; then sort it again.
    await timed(
      'wijzigen en opslaan',
      '[data-testid="lane-schade"] [data-testid="card"]',
      '[data-testid="lane-nogTeOrdenen"] [data-testid="card"]',
      '0',
      true,
    );
    await pressOnFirstCard('nogTeOrdenen', '4');
    await saved();
    await assertLanes(LANE_COUNTS);

    // Drag-and-drop (HTML5 events, dispatched in the page): the schade card into "nog te ordenen".
    const dropped = await browser.execute(() => {
      if (typeof DataTransfer !== 'function') return 'geen DataTransfer';
      const card = document.querySelector('[data-testid="lane-schade"] [data-testid="card"]');
      const lane = document.querySelector('[data-testid="lane-nogTeOrdenen"]');
      if (!card || !lane) return 'kaart of baan ontbreekt';
      const dt = new DataTransfer();
      card.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: dt }));
      lane.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
      lane.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
      return 'ok';
    });
    if (dropped === 'ok') {
      await saved();
      await assertLanes({ schade: 0, nogTeOrdenen: 1 });
      await pressOnFirstCard('nogTeOrdenen', '4');
      await saved();
      await assertLanes(LANE_COUNTS);
      log('  slepen: kaart naar "nog te ordenen" en met 4 terug');
    } else {
      log(`  slepen niet getest: ${dropped}`);
    }
    await checkA11y(browser, 'ordenen (gesorteerd)');
    await screenshot('14-ordenen.png');

    await pressOnFirstCard('schade', '?');
    await visible('dialog-shortcuts');
    await checkA11y(browser, 'sneltoetsen');
    await screenshot('15-sneltoetsen.png');
    await browser.keys(Key.Escape);
    await byId('dialog-shortcuts').waitForExist({ reverse: true, timeout: FAST });

    // Edit a card after capture: Enter opens the form, Escape cancels; the ✎ button opens it too.
    const schade = '[data-testid="lane-schade"]';
    await pressOnFirstCard('schade', Key.Enter);
    await visible('edit-item-form');
    await waitForFocus('input-edit-tekst');
    await browser.keys(Key.Escape);
    await byId('edit-item-form').waitForExist({ reverse: true, timeout: FAST });
    await waitForFocus('card');
    await browser.$(`${schade} [data-testid="btn-edit-item"]`).click();
    await visible('edit-item-form');
    await waitForFocus('input-edit-tekst');
    await browser.keys([Key.End]);
    await browser.keys(` ${C.bewerkt}`.split(''));
    await clearField('input-edit-bron');
    await browser.keys('juf'.split(''));
    await selectValue('input-edit-aard', 'zorg');
    await typeDate('input-edit-datum', daysAgo(3));
    await checkA11y(browser, 'ordenen (kaart wijzigen)');
    await click('btn-edit-save');
    await byId('edit-item-form').waitForExist({ reverse: true, timeout: FAST });
    await saved();
    const edited = await browser.$(`${schade} [data-testid="card"]`).getText();
    assert(edited.includes(C.bewerkt) && edited.includes('juf · Zorg ·'), `de kaart is gewijzigd: ${JSON.stringify(edited)}`);
    await assertLanes(LANE_COUNTS);
  });

  t.test('10. Concretiseren: twee situaties concreet maken (wie → wie, wat, wanneer, beleving)', async () => {
    await click('nav-concretiseren');
    await visible('stap-concretiseren');
    const wat = [`Duwde haar tegen de kast ${C.wat}`, 'Schreeuwt en scheldt de kinderen uit'];
    for (let i = 0; i < 2; i++) {
      const buttons = await browser.$$('[data-testid="conc-situatie"]');
      await buttons[i].click();
      await visible('conc-wat');
      await click('pleger-1');
      await click(i === 0 ? 'slachtoffer-0' : 'slachtoffer-2');
      await type('conc-wat', wat[i]);
      await browser.keys(Key.Tab);
      await click('wanneer-periode');
      await type('conc-periode', i === 0 ? 'sinds de zomer' : 'elke avond');
      await browser.keys(Key.Tab);
      if (i === 0) {
        await type('bel-2-gezien', 'Papa duwde mama');
        await browser.keys(Key.Tab);
      }
      await saved();
      await browser.waitUntil(
        async () => (await (await browser.$$('[data-testid="conc-situatie"]'))[i].getAttribute('data-concreet')) === 'true',
        { timeout: FAST, timeoutMsg: `situatie ${i + 1} is niet concreet geworden` },
      );
    }
    log(`  voortgang: ${await (await visible('stand-concretiseren')).getText()}`);
    await checkA11y(browser, 'concretiseren');
    await screenshot('16-concretiseren.png');
  });

  t.test('11. Taxeren: soort, ernst en frequentie; scores op twee datums met grafiek', async () => {
    await click('nav-taxeren');
    await visible('stap-taxeren');
    await click('onv-0-acuut');
    await click('ernst-0-ernstig');
    await click('freq-0-herhaaldelijk');
    await click('onv-1-structureel');
    await saved();
    const scores = [
      { wie: 'professional', waarde: '3', datum: daysAgo(14) },
      { wie: 'professional', waarde: '5', datum: daysAgo(0) },
      { wie: 'mdaTafel', waarde: '4', datum: daysAgo(0) },
    ];
    for (const sc of scores) {
      await selectValue('score-perspectief', sc.wie);
      await type('score-waarde', sc.waarde);
      await typeDate('score-datum', sc.datum);
      await click('btn-score-add');
      await saved();
    }
    await waitCount('[data-testid="score-item"]', 3);
    await waitCount('[data-testid="chart-line"]', 2);
    await visible('chart-drempel');
    log(`  voortgang: ${await (await visible('stand-taxeren')).getText()}`);
    await checkA11y(browser, 'taxeren');
    await screenshot('17-taxeren.png');
  });

  t.test('11b. Methodeinstellingen: de drempel naar 7 onder Instellingen; de grafieklijn en de uitleg volgen, en terug naar 6', async () => {
    const lijn = async () => Number(await byId('chart-drempel').getAttribute('y1'));
    const y6 = await lijn();
    assert((await byId('stap-taxeren').getText()).includes('6 is genoeg voor veiligheid'), 'de uitleg noemt 6');

    /** @param {string} waarde */
    const zetDrempel = async (waarde) => {
      await click('btn-settings');
      await visible('page-settings');
      await click('btn-settings-methode');
      await visible('methode-instellingen');
      await visible('input-methode-veiligheidsdrempel');
      await type('input-methode-veiligheidsdrempel', waarde);
      await click('btn-methode-save');
      await visible('methode-success');
    };
    // A value out of range is refused by the core, with its reason; nothing changes.
    await click('btn-settings');
    await visible('page-settings');
    await click('btn-settings-methode');
    await type('input-methode-veiligheidsdrempel', '11');
    await click('btn-methode-save');
    assert((await (await visible('methode-error')).getText()).includes('De veiligheidsdrempel is een score van 1 tot en met 10; 11 kan niet.'), 'de kern weigert 11');
    await type('input-methode-veiligheidsdrempel', 'zeven');
    await click('btn-methode-save');
    assertEqual(await (await visible('methode-veiligheidsdrempel-error')).getText(), 'Veiligheidsdrempel: vul een heel getal in.', 'geen getal: melding bij het veld');
    await checkA11y(browser, 'instellingen: methode (met melding)');

    await zetDrempel('7');
    await checkA11y(browser, 'instellingen: methode');
    await screenshot('17a-methode.png');

    const openTaxeren = async () => {
      await click('btn-casussen');
      await visible('page-casussen');
      await click('btn-open-casus');
      await click('nav-taxeren');
      await visible('chart-drempel');
    };
    await openTaxeren();
    const y7 = await lijn();
    assert(y7 < y6, `de drempellijn staat hoger bij 7 (y ${y6} → ${y7})`);
    assert((await byId('stap-taxeren').getText()).includes('7 is genoeg voor veiligheid'), 'de uitleg noemt 7');
    log(`  drempellijn: y ${y6} bij 6, y ${y7} bij 7`);
    await screenshot('17b-taxeren-drempel-7.png');

    await zetDrempel('6');
    await openTaxeren();
    assertEqual(await lijn(), y6, 'terug op 6');
  });

  t.test('12. Prioriteren: een top 3 kiezen; een vierde wordt geweigerd met een melding', async () => {
    await click('nav-prioriteren');
    await visible('stap-prioriteren');
    for (let i = 0; i < 3; i++) {
      await (await browser.$$('[data-testid="btn-kies"]'))[0].click();
      await saved();
      await browser.waitUntil(async () => (await byId(`slot-${i + 1}`).getAttribute('data-filled')) === 'true', { timeout: FAST });
    }
    await click('btn-kies');
    const refusal = await visible('top3-refusal');
    assert((await refusal.getText()).includes('niet meer dan drie'), 'melding bij een vierde situatie');
    assertEqual(await refusal.getAttribute('role'), 'alert', 'de weigering is een alert');
    assertEqual((await browser.$$('[data-testid^="slot-"][data-filled="true"]')).length, 3, 'nog steeds drie plaatsen');
    const grond = await browser.$('[data-testid="slot-1"] [data-testid="gebaseerd-op"]').getText();
    assert(grond.includes('keukenkast') && grond.includes('moeder'), `plaats 1 toont tekst en bron: ${JSON.stringify(grond)}`);
    await browser.$('[data-testid="slot-1"] [data-testid="risico-chip"]').click();
    await saved();
    const doel = await browser.$('[data-testid="slot-1"] [data-testid="input-doel"]');
    await doel.setValue(`Moeder en kinderen zijn veilig thuis ${C.doel}`);
    await browser.keys(Key.Enter);
    await saved();
    assert((await byId('slot-1').getText()).includes(C.doel), 'het doel staat bij plaats 1');
    log(`  voortgang: ${await (await visible('stand-prioriteren')).getText()}`);
    await checkA11y(browser, 'prioriteren (met weigering)');
    await screenshot('18-prioriteren.png');
  });

  registerPlanStep(t, browser, { byId, visible, type, click, saved, waitCount, screenshot });

  t.test('13. Fase en tijdlijn: datums, en naar stabiele veiligheid met een reden van afwijken', async () => {
    await click('nav-fase');
    await visible('stap-fase');
    await type('input-regisseur', 'J. de Regisseur');
    await browser.keys(Key.Tab);
    // Dates are typed as dd-mm-jjjj, whatever the system's locale; a date that does not exist is
    // refused with a message that says why, and never reaches the casus.
    await typeDate('input-datumIncident', '31-02-2026');
    const wrong = await visible('input-datumIncident-error');
    assertEqual(await wrong.getText(), '31-02-2026 bestaat niet: februari 2026 heeft 28 dagen.', 'melding bij een datum die niet bestaat');
    assertEqual(await byId('input-datumIncident').getAttribute('aria-invalid'), 'true', 'het datumveld is aria-invalid');
    assert(((await byId('input-datumIncident').getAttribute('aria-describedby')) ?? '').includes('fase-datumIncident-error'), 'de melding beschrijft het veld');
    await checkA11y(browser, 'fase (datum met melding)');
    await typeDate('input-datumIncident', 'morgen');
    assertEqual(await (await visible('input-datumIncident-error')).getText(), 'Vul een datum in als dd-mm-jjjj, bijvoorbeeld 05-03-2026.', 'melding bij iets anders dan een datum');
    await typeDate('input-datumIncident', daysAgo(40));
    await byId('input-datumIncident-error').waitForExist({ reverse: true, timeout: FAST });
    await typeDate('input-datumMelding', daysAgo(30).replace(/^0/, '').replace('-0', '-'));
    await typeDate('input-datumStartHulp', daysAgo(10));
    await saved();
    assertEqual(await byId('input-datumMelding').getValue(), daysAgo(30), 'd-m-jjjj wordt dd-mm-jjjj');
    await browser.waitUntil(async () => (await byId('fase-doorlooptijd').getText()).includes('30'), {
      timeout: FAST,
      timeoutMsg: 'de doorlooptijd noemt geen 30 dagen',
    });
    log(`  doorlooptijd: ${await byId('fase-doorlooptijd').getText()}`);
    const legs = await byId('fase-doorlooptijden').getText();
    assert(legs.includes('Van incident tot melding: 10 dagen.') && legs.includes('Van melding tot start hulp: 20 dagen.') && legs.includes('Van incident tot start hulp: 30 dagen.'), `drie doorlooptijden: ${JSON.stringify(legs)}`);

    // Monitoring: planned at 3 and 12 months by vaststellen; one recorded with its outcome.
    await waitCount('[data-testid="monitoring-moment"]', 2);
    assert((await byId('monitoring').getText()).includes('Monitoring na 3 maanden · gepland op'), 'het moment na 3 maanden staat gepland');
    await click('btn-monitoring-vastleggen');
    await click('monitoring-geweld-ja');
    await click('btn-monitoring-opslaan');
    assertEqual(await (await visible('monitoring-zorgen-error')).getText(), 'Er is nieuw geweld gemeld: beschrijf kort wat er is gebeurd.', 'nieuw geweld zonder beschrijving: melding');
    await click('monitoring-geweld-nee');
    await type('input-monitoring-zorgen', 'Spanning rond geld');
    await click('btn-monitoring-opslaan');
    await saved();
    await browser.waitUntil(async () => (await browser.$$('[data-testid="monitoring-moment"][data-status="gedaan"]').length) === 1, { timeout: FAST, timeoutMsg: 'het moment staat niet op gedaan' });
    assert((await byId('monitoring').getText()).includes('Nieuw geweld: Nee · Spanning rond geld'), 'de uitkomst staat bij het moment');
    await checkA11y(browser, 'fase (monitoring)');
    await browser.execute(() => document.querySelector('[data-testid="monitoring"]')?.scrollIntoView({ block: 'start' }));
    await screenshot('18e-monitoring.png');

    // Opschalen naar het MDA++ expertoverleg vastleggen (wanneer, waarheen, wie de procesregie heeft).
    await typeDate('input-opschaling-datum', daysAgo(2));
    await type('input-opschaling-regisseur', 'P. Procesregie');
    await click('btn-opschaling');
    await waitCount('[data-testid="opschaling"]', 1);
    await saved();
    assert((await byId('fase-opschalen').getText()).includes('MDA++ expertoverleg (procesregisseur P. Procesregie)'), 'de opschaling staat in de lijst');

    await click('btn-next-phase');
    await visible('fasepoort');
    /** @type {string[]} */
    const open = [];
    for (const l of await browser.$$('[data-testid="fasepoort"] li').getElements()) {
      open.push(`${(await l.getAttribute('data-voldaan')) === 'true' ? '✓' : '✗'} ${(await l.getText()).replace(/^[✓✗]\s*/, '')}`);
    }
    log(`  fasepoort: ${open.join(' | ')}`);
    assert(open.some((l) => l.startsWith('✗')), 'niet alle voorwaarden zijn voldaan (het veiligheidsplan ontbreekt nog)');
    await type('input-onderbouwing', `Geen nieuw geweld sinds het huisverbod ${C.onderbouwing}`);
    await click('btn-phase-confirm');
    assertEqual(await (await visible('phase-error')).getText(), 'Geef de reden waarom je afwijkt.', 'zonder reden geen overgang');
    await checkA11y(browser, 'fase (poort met melding)');
    await type('input-afwijkingsreden', `Het MDA++ besloot het plan parallel vast te stellen ${C.afwijking}`);
    const t0 = Date.now();
    await click('btn-phase-confirm');
    await visible('faseovergang');
    log(`  fase gewijzigd in ~${Date.now() - t0} ms (via WebDriver)`);
    assertEqual(await (await visible('fase-chip')).getText(), 'Stabiele veiligheid', 'de fase in de linkerbalk');
    assert((await byId('faseovergang').getText()).includes(C.afwijking), 'de reden van afwijken staat in de tijdlijn');
    await checkA11y(browser, 'fase en tijdlijn');
    await screenshot('19-fase.png');
    // Back to an earlier phase when violence returns: offered (the core allows it), without the
    // fasepoort and without a reason to deviate; cancelled here.
    const terug = await visible('btn-phase-directeVeiligheid');
    assertEqual(await terug.getText(), 'Terug naar directe veiligheid', 'terug naar een eerdere fase wordt aangeboden');
    await terug.click();
    await visible('phase-form');
    assert(!(await byId('fasepoort').isExisting()), 'terug gaat niet door de fasepoort');
    assert(!(await byId('input-afwijkingsreden').isExisting()), 'terug vraagt geen reden van afwijken');
    await checkA11y(browser, 'fase terug (formulier)');
    await click('btn-phase-cancel');
    await visible('btn-phase-directeVeiligheid');
  });

  t.test('14. Vergrendelen en ontgrendelen: de casus is terug te vinden, alles staat er nog', async () => {
    // Typed but not blurred, then Ctrl+L at once: the lock first saves the text.
    await clearField('input-regisseur');
    await browser.keys(`R. ${C.snel}`.split(''));
    await browser.action('key').down(Key.Control).down('l').up('l').up(Key.Control).perform();
    await visible('input-unlock-pass');
    assert(!(await byId('home').isExisting()), 'home is weg na Ctrl+L');
    const source = await browser.getPageSource();
    for (const v of Object.values(C)) assert(!source.includes(v), `${v} staat niet meer in de DOM na vergrendelen`);
    await unlock(PASS_RECOVERED);
    await visible('page-casussen');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="casus-row"]').length) === 1, { timeout: FAST });

    await browser.action('key').down(Key.Control).down('k').up('k').up(Key.Control).perform();
    await waitForFocus('input-casus-search');
    await browser.keys('keukenkast'.split(''));
    await browser.waitUntil(async () => (await (await visible('casussen-count')).getText()) === '1 casus', { timeout: FAST });
    await type('input-casus-search', 'bestaatnietxyz');
    await visible('casussen-nomatch');
    await type('input-casus-search', 'keukenkast');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="casus-row"]').length) === 1, { timeout: FAST });
    const when = await browser.$('[data-testid="casus-row"] time').getText();
    assert(/^\d{1,2} [a-z]+ \d{4} \d{2}:\d{2}$/.test(when), `laatste wijziging als "23 november 2026 14:05": ${JSON.stringify(when)}`);
    await checkA11y(browser, 'casussen (met zoekterm)');
    await screenshot('20-casussen-gevonden.png');

    await timed('casus openen', '[data-testid="btn-open-casus"]', '[data-testid="lane-schade"] [data-testid="card"]');
    await assertLanes(LANE_COUNTS);
    const texts = await browser.$$('[data-testid="card"]').map((c) => c.getText());
    assert(texts.some((x) => x.includes(C.item)), 'het item met de canary is terug');
    assert(texts.some((x) => x.includes(C.bron)), 'de bron met de canary is terug');
    const edited = await browser.$('[data-testid="lane-schade"] [data-testid="card"]').getText();
    assert(edited.includes(C.bewerkt) && edited.includes('juf · Zorg ·'), `de gewijzigde kaart is terug: ${JSON.stringify(edited)}`);
    await click('nav-betrokkenen');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="betrokkene-row"]').length) === 3, { timeout: FAST });
    assert((await browser.getPageSource()).includes(C.naam), 'de betrokkene met de canary is terug');
    await click('nav-concretiseren');
    await waitCount('[data-testid="conc-situatie"][data-concreet="true"]', 2);
    await click('nav-taxeren');
    await waitCount('[data-testid="score-item"]', 3);
    await click('nav-prioriteren');
    await waitCount('[data-testid^="slot-"][data-filled="true"]', 3);
    assert((await byId('slot-1').getText()).includes(C.doel), 'het doel is terug');
    await click('nav-fase');
    await visible('faseovergang');
    assert((await byId('faseovergang').getText()).includes(C.onderbouwing), 'de onderbouwing is terug');
    assertEqual(await (await visible('fase-chip')).getText(), 'Stabiele veiligheid', 'de fase is terug');
    assertEqual(await (await visible('input-regisseur')).getValue(), `R. ${C.snel}`, 'wat vlak voor Ctrl+L getypt was, is bewaard');
    await click('btn-back');
    await visible('page-casussen');
  });

  t.test('15. Archiveren (met bevestiging, het statusfilter toont het) en een casus verwijderen (Escape sluit)', async () => {
    await clearField('input-casus-search');
    await click('btn-new-casus');
    await type('input-new-code', 'K-WEG');
    await click('btn-create-casus');
    await visible('casus-workspace');
    await click('nav-fase');
    await visible('stap-fase');
    await click('status-gearchiveerd');
    await visible('dialog-archive');
    await waitForFocus('btn-archive-cancel');
    await click('btn-archive-cancel');
    await byId('dialog-archive').waitForExist({ reverse: true, timeout: FAST });
    assertEqual(await byId('casus-status').getText(), 'Open', 'annuleren laat de status open');
    await click('status-gearchiveerd');
    await visible('dialog-archive');
    assert((await byId('dialog-archive').getText()).includes('signalen verdwijnen'), 'de dialoog zegt wat archiveren doet');
    await checkA11y(browser, 'casus archiveren (dialoog)');
    await click('btn-archive-confirm');
    await byId('dialog-archive').waitForExist({ reverse: true, timeout: FAST });
    await saved();
    assertEqual(await byId('casus-status').getText(), 'Gearchiveerd', 'de status in de linkerbalk');
    assertEqual(await byId('status-gearchiveerd').getAttribute('aria-pressed'), 'true', 'de statusknop is ingedrukt');
    await click('btn-back');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="casus-row"]').length) === 2, { timeout: FAST });
    await selectValue('filter-status', 'gearchiveerd');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="casus-row"]').length) === 1, { timeout: FAST });
    assertEqual(await browser.$('[data-testid="casus-row"]').getAttribute('data-code'), 'K-WEG', 'het filter toont de gearchiveerde casus');
    await selectValue('filter-status', 'open');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="casus-row"]').length) === 1, { timeout: FAST });
    assertEqual(await browser.$('[data-testid="casus-row"]').getAttribute('data-code'), C.code, 'open toont de andere casus');
    await selectValue('filter-status', '');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="casus-row"]').length) === 2, { timeout: FAST });
    const row = await browser.$('[data-testid="casus-row"][data-code="K-WEG"]');
    await (await row.$('[data-testid="btn-delete-casus"]')).click();
    await visible('dialog-delete-casus');
    await browser.keys(Key.Escape);
    await byId('dialog-delete-casus').waitForExist({ reverse: true, timeout: FAST });
    await (await row.$('[data-testid="btn-delete-casus"]')).click();
    await visible('dialog-delete-casus');
    await waitForFocus('btn-delete-cancel');
    await checkA11y(browser, 'casus verwijderen (dialoog)');
    await screenshot('21-verwijderen.png');
    await click('btn-delete-confirm');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="casus-row"]').length) === 1, { timeout: FAST });
    assertEqual(await browser.$('[data-testid="casus-row"]').getAttribute('data-code'), C.code, 'de andere casus blijft');
    log(`  latenties (ms): ${Object.entries(latency).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' · ')}`);
  });

  registerSessieStep(t, browser, { byId, visible, type, click, waitCount, screenshot, casusCode: C.code }, state);
  registerPresentatieStep(t, browser, { byId, visible, click, screenshot, unlock: () => unlock(PASS_RECOVERED) }, state);

  t.test('16. Groot-500: een casus met 500 items — latenties meten (rapport, geen eis)', async () => {
    // Built through the UI's own IPC (fast), then measured through the real UI.
    const made = /** @type {string} */ (
      await browser.executeAsync((finish) => {
        const invoke = /** @type {any} */ (window).__TAURI_INTERNALS__.invoke;
        const lanes = ['onveiligeSituatie', 'risicofactor', 'beschermendeFactor', 'schade'];
        const bronnen = ['moeder', 'school', 'huisarts', 'wijkteam', 'oma', ''];
        invoke('casus_create', { code: 'Groot-500', titel: 'Gezin met veel informatie' })
          .then((/** @type {any} */ w) => {
            const casus = w.casus;
            for (let i = 0; i < 500; i++) {
              casus.informatie.push({
                id: crypto.randomUUID(),
                tekst: `Melding ${i + 1}: buren hoorden geschreeuw in de woning op dag ${(i % 28) + 1}`,
                bron: bronnen[i % bronnen.length],
                datum: null,
                aard: null,
                categorie: i < 100 ? lanes[i % 4] : 'nogTeOrdenen',
                betrokkenen: [],
              });
            }
            return invoke('casus_save', { casus });
          })
          .then((/** @type {any} */ w) => finish(`ok ${w.casus.informatie.length}`))
          .catch((/** @type {unknown} */ e) => finish(`fout ${JSON.stringify(e)}`));
      })
    );
    assertEqual(made, 'ok 500', 'de casus Groot-500 met 500 items is aangemaakt');

    // The overview loads on mount: leave and come back so the new casus is listed.
    await click('btn-settings');
    await visible('page-settings');
    await click('btn-casussen');
    await visible('page-casussen');
    const row = '[data-testid="casus-row"][data-code="Groot-500"]';
    await browser.$(row).waitForDisplayed({ timeout: FAST });

    // Each interaction three times (the machine may be busy with other work): the median counts.
    /** @type {Record<string, Uitslag[]>} */
    const runs = { open: [], move: [], capture: [], heen: [], terug: [], terugRustig: [], meer: [], alle: [] };
    const REPEAT = 3;
    const shown = (/** @type {string} */ stap) => `[data-testid="stap-${stap}"]:not([hidden])`;
    for (let i = 0; i < REPEAT; i++) {
      if (i > 0) {
        await click('btn-back');
        await browser.$(row).waitForDisplayed({ timeout: FAST });
      }
      runs.open.push(
        await measure({ target: `${row} [data-testid="btn-open-casus"]`, done: `${shown('ordenen')} [data-testid="lane-schade"] [data-testid="card"]` }),
      );
      await visible('stap-ordenen');
    }
    await assertLanes({ onveiligeSituatie: 25, risicofactor: 25, beschermendeFactor: 25, schade: 25, nogTeOrdenen: 400 });

    // Move a card with the keys 1, 2, 3: until it is drawn in its lane, and until the save status says Opgeslagen.
    for (const [i, lane] of ['onveiligeSituatie', 'risicofactor', 'beschermendeFactor'].entries()) {
      runs.move.push(
        await measure({
          target: '[data-testid="lane-nogTeOrdenen"] [data-testid="card"]',
          action: 'key',
          key: String(i + 1),
          done: `[data-testid="lane-${lane}"] [data-testid="card"]`,
          min: 26,
          saved: true,
        }),
      );
      await saved();
      assertEqual(await laneCount(lane), 26, `de kaart staat in ${lane}`);
    }

    // Capture an item: typed by WebDriver, Enter (form submit) timed in the page.
    for (let i = 0; i < REPEAT; i++) {
      const nieuw = `Leerkracht meldt dat het kind vaak moe op school komt (${i + 1})`;
      await type('input-capture', nieuw);
      runs.capture.push(
        await measure({
          target: '[data-testid="input-capture"]',
          action: 'submit',
          done: '[data-testid="lane-nogTeOrdenen"] [data-testid="card"]',
          text: nieuw,
          saved: true,
        }),
      );
      await saved();
    }
    assertEqual(await laneCount('nogTeOrdenen'), 400, 'de nieuwe items staan in nog te ordenen (400 − 3 + 3)');

    for (let i = 0; i < REPEAT; i++) {
      runs.heen.push(await measure({ target: '[data-testid="nav-taxeren"]', done: `${shown('taxeren')} [data-testid="tax-row"]` }));
      runs.terug.push(
        await measure({ target: '[data-testid="nav-ordenen"]', done: `${shown('ordenen')} [data-testid="lane-schade"] [data-testid="card"]` }),
      );
    }
    // The same switch back after the web view had a second to finish the work left from showing
    // Taxeren: the difference with "terug naar ordenen" is that leftover work, not the switch.
    for (let i = 0; i < REPEAT; i++) {
      await click('nav-taxeren');
      await visible('stap-taxeren');
      await browser.pause(1000);
      runs.terugRustig.push(
        await measure({ target: '[data-testid="nav-ordenen"]', done: `${shown('ordenen')} [data-testid="lane-schade"] [data-testid="card"]` }),
      );
    }
    await visible('stap-ordenen');
    await checkA11y(browser, 'ordenen (500 items)');
    await screenshot('22-ordenen-500.png');

    // A long lane draws its first 40 cards plus the ones just captured (at their place); the rest
    // behind "Toon 40 meer" / "Toon alle 400", measured too (that is what the user waits for).
    const drawn = async () => (await browser.$$('[data-testid="lane-nogTeOrdenen"] [data-testid="card"]')).length;
    assertEqual(await drawn(), 43, 'nog te ordenen tekent 40 kaarten en de 3 nieuwe');
    assert((await byId('verborgen-nogTeOrdenen').getText()).includes('357'), 'de baan zegt hoeveel kaarten niet getoond zijn');
    runs.meer.push(
      await measure({ target: '[data-testid="btn-toon-meer-nogTeOrdenen"]', done: '[data-testid="lane-nogTeOrdenen"] [data-testid="card"]', min: 83 }),
    );
    assertEqual(await drawn(), 83, '"Toon 40 meer" tekent er 40 bij');
    runs.alle.push(
      await measure({ target: '[data-testid="btn-toon-alle-nogTeOrdenen"]', done: '[data-testid="lane-nogTeOrdenen"] [data-testid="card"]', min: 400 }),
    );
    await byId('lane-meer-nogTeOrdenen').waitForExist({ reverse: true, timeout: FAST });

    // The workspace on a 4K screen and at 1280×720 (look at both PNGs: nothing stretched, still legible).
    for (const [w, h, name] of /** @type {const} */ ([
      [3840, 2160, '23-werkplaats-3840x2160.png'],
      [1280, 720, '24-werkplaats-1280x720.png'],
    ])) {
      try {
        await browser.setWindowSize(w, h);
      } catch (error) {
        log(`  (vensterformaat ${w}×${h} niet in te stellen: ${error instanceof Error ? error.message : String(error)})`);
      }
      await browser.waitUntil(async () => (await browser.execute(() => window.innerWidth)) === w, { timeout: FAST }).catch(() => {});
      // Let the web view draw the new size before the screenshot.
      await browser.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null))));
      await browser.pause(750);
      const size = await browser.execute(() => `${window.innerWidth}×${window.innerHeight} (devicePixelRatio ${window.devicePixelRatio})`);
      log(`  venster: ${size}`);
      await screenshot(name);
    }
    await checkA11y(browser, 'ordenen (500 items, 1280×720)');

    const median = (/** @type {number[]} */ v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)];
    const f = (/** @type {number} */ v) => v.toFixed(0);
    /** @param {string} label @param {Uitslag[]} list */
    const report = (label, list) => {
      const paint = median(list.map((u) => u.paint));
      latency[`500: ${label}`] = paint;
      const savedMs = list.every((u) => u.saved !== null) ? median(list.map((u) => /** @type {number} */ (u.saved))) : null;
      if (savedMs !== null) latency[`500: ${label} (opgeslagen)`] = savedMs;
      log(`  latentie 500: ${label}: ${f(paint)} ms getekend${savedMs === null ? '' : `, ${f(savedMs)} ms opgeslagen`} (mediaan van ${list.length})`);
      for (const u of list) log(`      ${uitsplitsing(u)}`);
      return savedMs === null ? f(paint) : `${f(paint)} (opgeslagen ${f(savedMs)})`;
    };
    const parts = [
      `casus openen ${report('casus openen', runs.open)}`,
      `kaart verplaatsen ${report('kaart verplaatsen', runs.move)}`,
      `item vastleggen ${report('item vastleggen', runs.capture)}`,
      `naar taxeren ${report('naar taxeren', runs.heen)}`,
      `terug naar ordenen ${report('terug naar ordenen', runs.terug)}`,
      `terug naar ordenen na 1 s op taxeren ${report('terug naar ordenen na 1 s op taxeren', runs.terugRustig)}`,
      `toon 40 meer ${report('toon 40 meer', runs.meer)}`,
      `toon alle 400 ${report('toon alle 400', runs.alle)}`,
    ];
    log(`  latenties 500 items (ms, mediaan, tot het resultaat getekend is): ${parts.join(' · ')}`);
    await click('btn-back');
    await visible('page-casussen');
  });

  t.test('17. Niets in WebView-opslag: localStorage, sessionStorage en IndexedDB zijn leeg', async () => {
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
