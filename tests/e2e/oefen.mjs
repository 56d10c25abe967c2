// @ts-check
// The oefenomgeving in the real window. Runs first: with no vault yet the app opens the
// oefenomgeving by itself. Banner, the five oefencasussen, Demonstreren with the keyboard,
// Oefenen on OEF-01 and the comparison with the modeluitwerking, Opnieuw beginnen, the lock, and
// then "Naar je eigen kluis" — after which the suite goes on with the start screen.

import { Key } from 'webdriverio';
import { checkA11y } from './lib/axe.mjs';
import { assert, assertEqual, log } from './lib/harness.mjs';

const CODES = ['OEF-01', 'OEF-02', 'OEF-03', 'OEF-04', 'OEF-05'];
const DEMO = ['Betrokkenen', '1 Ordenen', '2 Concretiseren', '3 Taxeren', '4 Prioriteren', 'Fase', 'Veiligheidsplan'];

/**
 * @typedef {import('webdriverio').ChainablePromiseElement} ChainablePromiseElement
 * @typedef {{
 *   byId: (id: string) => ChainablePromiseElement,
 *   visible: (id: string, timeout?: number) => Promise<ChainablePromiseElement>,
 *   click: (id: string) => Promise<void>,
 *   saved: () => Promise<void>,
 *   waitCount: (selector: string, n: number) => Promise<void>,
 *   screenshot: (name: string) => Promise<void>,
 * }} Helpers
 */

/**
 * @param {import('./lib/harness.mjs').Harness} t
 * @param {WebdriverIO.Browser} browser
 * @param {Helpers} h
 */
export function registerOefenSteps(t, browser, h) {
  const { byId, visible, click, saved, waitCount, screenshot } = h;
  const FAST = 15_000;
  const SLOW = 60_000;

  /** The codes in the casus list, in order. */
  async function codes() {
    return browser.execute(() =>
      [...document.querySelectorAll('[data-testid="casus-row"]')].map((r) => r.getAttribute('data-code') ?? ''),
    );
  }

  /** @param {string} code @param {string} id */
  async function clickInRow(code, id) {
    const el = await browser.$(`[data-testid="casus-row"][data-code="${code}"] [data-testid="${id}"]`);
    await el.waitForDisplayed({ timeout: FAST });
    await el.click();
  }

  async function demoPositie() {
    return (await visible('demo-positie')).getText();
  }

  /** @param {number} n */
  async function waitDemoStap(n) {
    await browser.waitUntil(async () => (await demoPositie()) === `Stap ${n} van 7`, {
      timeout: FAST,
      timeoutMsg: `de demonstratie staat niet op stap ${n}`,
    });
    assertEqual(await (await visible('demo-stap')).getText(), DEMO[n - 1], `titel van stap ${n}`);
  }

  /** Focuses the card in "nog te ordenen" whose text contains `fragment`, then presses `key`. @param {string} fragment @param {string} key */
  async function sortCard(fragment, key) {
    const found = await browser.execute((fragment) => {
      const cards = [...document.querySelectorAll('[data-testid="lane-nogTeOrdenen"] [data-testid="card"]')];
      const card = cards.find((c) => (c.textContent ?? '').includes(fragment));
      if (!(card instanceof HTMLElement)) return false;
      card.focus();
      return true;
    }, fragment);
    assert(found, `kaart met "${fragment}" staat in nog te ordenen`);
    await browser.keys(key);
    await saved();
  }

  t.test('O1. Eerste start: de oefenomgeving opent vanzelf, met de banner en vijf oefencasussen', async () => {
    try {
      await browser.setWindowSize(1280, 720);
    } catch {
      log('  (vensterformaat niet aan te passen; de app bepaalt het)');
    }
    const banner = await visible('oefen-banner', SLOW);
    await browser.waitUntil(async () => (await byId('oefen-wachtwoord').isExisting()), {
      timeout: FAST,
      timeoutMsg: 'de banner noemt het wachtwoord niet',
    });
    const text = await banner.getText();
    assert(text.includes('OEFENOMGEVING'), `banner noemt de oefenomgeving: ${JSON.stringify(text)}`);
    assert(text.includes('fictieve casussen'), 'banner zegt dat de casussen fictief zijn');
    assertEqual(await (await visible('oefen-wachtwoord')).getText(), 'wachtwoord: oefenen', 'banner noemt het wachtwoord');
    await visible('btn-oefen-verlaat');
    await visible('btn-oefen-reset');

    await visible('page-casussen');
    await waitCount('[data-testid="casus-row"]', 5);
    assertEqual(JSON.stringify(await codes()), JSON.stringify(CODES), 'de vijf oefencasussen, OEF-01 eerst');
    await waitCount('[data-testid="oefen-thema"]', 5);
    await waitCount('[data-testid="btn-demonstreren"]', 5);
    await waitCount('[data-testid="btn-oefenen"]', 5);
    const thema = await browser.$('[data-testid="casus-row"][data-code="OEF-01"] [data-testid="oefen-thema"]').getText();
    log(`  OEF-01 thema: ${thema}`);
    assert(thema.length > 0, 'OEF-01 heeft een thema');

    await checkA11y(browser, 'oefenomgeving: casussen');
    await browser.execute(() => window.scrollTo(0, 0));
    await screenshot('00a-oefen-casussen.png');

    await clickInRow('OEF-01', 'oefen-leerdoelen-toggle');
    const doelen = await browser.$('[data-testid="casus-row"][data-code="OEF-01"] [data-testid="oefen-leerdoelen"]');
    await doelen.waitForDisplayed({ timeout: FAST });
    const aantal = await doelen.$$('li').length;
    assert(aantal > 0, 'OEF-01 heeft leerdoelen');
    log(`  leerdoelen OEF-01: ${aantal}`);
    await checkA11y(browser, 'oefenomgeving: casussen (leerdoelen open)');
  });

  t.test('O2. Demonstreren: OEF-01 stap voor stap met het toetsenbord (→, PageDown, ←, Esc)', async () => {
    await clickInRow('OEF-01', 'btn-demonstreren');
    await visible('demo');
    await waitDemoStap(1);
    const started = performance.now();
    /** @type {string[]} */
    const keys = [Key.ArrowRight, Key.PageDown, Key.ArrowRight, Key.PageDown, Key.ArrowRight, Key.PageDown];
    for (let n = 2; n <= 7; n++) {
      await browser.keys(/** @type {string} */ (keys[n - 2]));
      await waitDemoStap(n);
      const model = await (await visible('demo-model')).getText();
      assert(model.length > 40, `stap ${n} toont de modeluitwerking`);
      if (n === 2) {
        assert(model.includes('Onveilige situaties (4)'), 'ordenen: vier onveilige situaties in het model');
        assert((await (await visible('demo-uitleg')).getText()).includes('Valkuilen'), 'ordenen: uitleg met valkuilen');
        await visible('demo-toelichting');
      }
      if (n === 5) assert(/(^|\s)1\. \S/.test(model), `prioriteren: de top 3 genummerd (${JSON.stringify(model.slice(0, 160))})`);
    }
    // At the end → does nothing; ← and PageUp go back.
    await browser.keys(Key.ArrowRight);
    await waitDemoStap(7);
    await browser.keys(Key.ArrowLeft);
    await waitDemoStap(6);
    await browser.keys(Key.PageUp);
    await waitDemoStap(5);
    const ms = Math.round(performance.now() - started);
    log(`  demonstratie: 7 stappen heen en 2 terug met het toetsenbord in ${ms} ms`);

    // Screenshots of ordenen and prioriteren (each with axe), reached with the keys.
    await checkA11y(browser, 'demonstreren: prioriteren');
    await screenshot('00b-demo-prioriteren.png');
    for (let i = 0; i < 3; i++) await browser.keys(Key.PageUp);
    await waitDemoStap(2);
    await checkA11y(browser, 'demonstreren: ordenen');
    await screenshot('00c-demo-ordenen.png');

    await browser.keys(Key.Escape);
    await visible('page-casussen');
    assert(!(await byId('demo').isExisting()), 'Esc sluit de demonstratie');
  });

  t.test('O3. Oefenen op OEF-01: een kopie met alleen ruwe informatie, drie items sorteren, vergelijken', async () => {
    await clickInRow('OEF-01', 'btn-oefenen');
    await visible('casus-workspace');
    await browser.waitUntil(async () => (await byId('casus-code').getText()) === 'OEF-01-O1', {
      timeout: FAST,
      timeoutMsg: 'de oefenkopie OEF-01-O1 is niet geopend',
    });
    await visible('stap-ordenen');
    const count = async (/** @type {string} */ lane) => Number((await byId(`count-${lane}`).getText()).replace(/\D/g, ''));
    assertEqual(await count('nogTeOrdenen'), 17, 'alle 17 items nog te ordenen');
    for (const lane of ['onveiligeSituatie', 'risicofactor', 'beschermendeFactor', 'schade']) {
      assertEqual(await count(lane), 0, `niets in ${lane}`);
    }
    assert(!(await byId('oefen-banner').getText()).includes('undefined'), 'banner ook in de werkruimte');

    await sortCard('keel gegrepen', '1'); // as the model: onveilige situatie
    await sortCard('buurvrouw hoort', '1'); // as the model
    await sortCard('huurachterstand', '3'); // the model: risicofactor; here a kracht
    assertEqual(await count('nogTeOrdenen'), 14, 'drie items gesorteerd');
    await visible('btn-vergelijk');
    await checkA11y(browser, 'oefenomgeving: oefenkopie in de werkruimte');
    await screenshot('00d-oefenkopie.png');

    await click('btn-vergelijk');
    await visible('vergelijking');
    const summary = await visible('vergelijk-samenvatting', SLOW);
    assertEqual(await summary.getText(), '2 van 17 items geordend zoals het model', 'samenvatting van de vergelijking');
    const verschillen = await (await visible('vergelijk-verschillen')).getText();
    assert(
      verschillen.includes('heb jij geordend als beschermende factor; het model noemt het een risicofactor'),
      `verschil: huurachterstand als kracht (${JSON.stringify(verschillen.slice(0, 400))})`,
    );
    assert(verschillen.includes('bij jou staat deze situatie niet in de top 3'), 'verschil: de top 3 van het model ontbreekt');
    assert(verschillen.includes('jij hebt nog geen veiligheidsplan'), 'verschil: nog geen veiligheidsplan');
    await waitCount('[data-testid="vergelijk-rij"]', 17);
    await waitCount('[data-testid="vergelijk-rij"][data-gelijk="false"]', 15);
    const anders = await browser.$('[data-testid="vergelijk-rij"][data-gelijk="false"]').getText();
    assert(anders.includes('Anders'), 'een verschil is met tekst gemarkeerd, niet alleen met kleur');
    const top3Model = await (await visible('vergelijk-top3-model')).getText();
    assert(top3Model.includes('Niet in jouw top 3'), 'de top 3 van het model markeert wat jij niet koos');
    assert((await (await visible('vergelijk-top3-jij')).getText()).includes('Nog geen situaties gekozen.'), 'jouw top 3 is leeg');
    await checkA11y(browser, 'oefenomgeving: vergelijking');
    await screenshot('00e-vergelijking.png');
    for (const [id, name] of [
      ['vergelijk-ordening', '00f-vergelijking-ordening.png'],
      ['vergelijk-top3-model', '00g-vergelijking-top3.png'],
    ]) {
      await browser.execute((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'start' }), `[data-testid="${id}"]`);
      await screenshot(/** @type {string} */ (name));
    }
    log(`  ${await summary.getText()}; ${await browser.$$('[data-testid="vergelijk-verschillen"] li').length} verschillen`);

    await click('btn-vergelijk-lijst');
    await visible('page-casussen');
    await waitCount('[data-testid="casus-row"]', 6);
    assert((await codes()).includes('OEF-01-O1'), 'de oefenkopie staat in de lijst');
  });

  t.test('O4. Opnieuw beginnen: bevestigen, de oefenkopie is weg, de vijf oefencasussen blijven', async () => {
    await click('btn-oefen-reset');
    const dialog = await visible('dialog-oefen-reset');
    assert((await dialog.getText()).includes('gaat verloren'), 'de bevestiging zegt dat alles verloren gaat');
    await checkA11y(browser, 'oefenomgeving: opnieuw beginnen');
    await screenshot('00h-opnieuw-beginnen.png');
    await click('btn-oefen-reset-confirm');
    await visible('page-casussen', SLOW);
    await waitCount('[data-testid="casus-row"]', 5);
    assertEqual(JSON.stringify(await codes()), JSON.stringify(CODES), 'alleen de vijf oefencasussen');
    assert(!(await byId('dialog-oefen-reset').isExisting()), 'de bevestiging is dicht');
  });

  t.test('O5. Vergrendeld in de oefenomgeving: banner en wachtwoordhint, "oefenen" opent', async () => {
    await click('btn-lock');
    await visible('input-unlock-pass');
    await visible('oefen-banner');
    assert((await (await visible('oefen-unlock-hint')).getText()).includes('oefenen'), 'de hint noemt het wachtwoord');
    assert(!(await byId('btn-use-recovery').isExisting()), 'geen herstelcode in de oefenomgeving');
    await checkA11y(browser, 'oefenomgeving: ontgrendelen');
    await screenshot('00i-oefen-ontgrendelen.png');
    await (await visible('input-unlock-pass')).setValue('oefenen');
    await click('btn-unlock');
    await visible('page-casussen', SLOW);
    await waitCount('[data-testid="casus-row"]', 5);
  });

  t.test('O6. Naar je eigen kluis: de banner verdwijnt, het startscherm volgt', async () => {
    await click('btn-oefen-verlaat');
    await visible('start-title', SLOW);
    assert(!(await byId('oefen-banner').isExisting()), 'geen banner bij de eigen kluis');
  });
}
