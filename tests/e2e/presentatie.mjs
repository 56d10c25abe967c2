// @ts-check
// The MDA++ projector in the real app: a second Tauri window that WebDriver switches to. Runs after
// the sessie step (15b), on that sessie: two casussen, five deelnemers with distinctive names.
// Checked: no name of a deelnemer, the voorzitter or a betrokkene anywhere in the projector's DOM
// while names are hidden (all 14 screens); the voorzitter's keys in both windows; the timer; names
// shown only from the main window; the projector's own IPC refused for anything but its beeld;
// stopping and locking close the window.

import { Key } from 'webdriverio';
import { checkA11y } from './lib/axe.mjs';
import { assert, assertEqual, log } from './lib/harness.mjs';
import { SESSIE_CANARIES } from './sessie.mjs';

/**
 * @typedef {import('webdriverio').ChainablePromiseElement} ChainablePromiseElement
 * @typedef {{
 *   byId: (id: string) => ChainablePromiseElement,
 *   visible: (id: string, timeout?: number) => Promise<ChainablePromiseElement>,
 *   click: (id: string) => Promise<void>,
 *   screenshot: (name: string) => Promise<void>,
 *   unlock: () => Promise<void>,
 * }} Helpers
 */

/**
 * @param {import('./lib/harness.mjs').Harness} t
 * @param {WebdriverIO.Browser} browser
 * @param {Helpers} h
 * @param {{ sessie?: { id: string, casusCodes: string[], deelnemers: string[] } | null }} state
 */
export function registerPresentatieStep(t, browser, h, state) {
  const { byId, visible, click, screenshot, unlock } = h;
  const FAST = 15_000;

  /** Every name the projector must not show: full names, and first and last names of 3+ letters. */
  async function namenInDeKluis() {
    const sessie = state.sessie;
    assert(sessie, 'de sessie uit stap 15b');
    const betrokkenen = /** @type {string[] | string} */ (
      await browser.executeAsync(
        (/** @type {string} */ id, /** @type {(r: unknown) => void} */ done) => {
          const inv = /** @type {any} */ (window).__TAURI_INTERNALS__.invoke;
          (async () => {
            const blad = await inv('sessie_open', { id });
            /** @type {string[]} */
            const namen = [blad.sessie.voorzitter];
            for (const a of blad.sessie.agenda) {
              const c = await inv('casus_open', { id: a.casusId });
              for (const b of c.casus.betrokkenen) namen.push(String(b.naam).split('(')[0].trim());
            }
            return namen;
          })().then(done, (e) => done(`fout: ${JSON.stringify(e)}`));
        },
        sessie.id,
      )
    );
    assert(Array.isArray(betrokkenen), `namen uit de kluis gelezen (${String(betrokkenen)})`);
    // A name that is only initials ("V.") is already what hiding makes of it.
    const volledig = [...sessie.deelnemers, ...betrokkenen].filter((n) => n.length > 0 && !/^(\p{Lu}\.\s*)+$/u.test(n));
    const delen = volledig.flatMap((n) => n.split(/\s+/)).filter((d) => d.length >= 3 && d[0] !== d[0]?.toLowerCase());
    return { volledig, alle: [...new Set([...volledig, ...delen])] };
  }

  async function naarProjector() {
    const main = await browser.getWindowHandle();
    await browser.waitUntil(async () => (await browser.getWindowHandles()).length === 2, {
      timeout: FAST,
      timeoutMsg: 'het presentatievenster gaat niet open',
    });
    const ander = (await browser.getWindowHandles()).find((w) => w !== main);
    assert(ander, 'een tweede venster');
    await browser.switchToWindow(ander);
    assertEqual(await browser.getTitle(), 'TOP-3 Werkplaats — presentatie', 'titel van het presentatievenster');
    await visible('presentatie-stap');
    return { main, projector: ander };
  }

  /** Waits until the projector shows casus `casus` (1-based) at step `stap` (1-based). @param {number} casus @param {number} stap */
  async function wachtOp(casus, stap) {
    await browser.waitUntil(
      async () =>
        browser.execute(
          (c, s) => {
            const pos = document.querySelector('[data-testid="presentatie-positie"]')?.textContent ?? '';
            const stappen = [...document.querySelectorAll('.stappen li')];
            return pos.includes(`Casus ${c} van`) && stappen.findIndex((li) => li.getAttribute('aria-current') === 'step') === s - 1;
          },
          casus,
          stap,
        ),
      { timeout: FAST, timeoutMsg: `het scherm toont niet casus ${casus}, stap ${stap}` },
    );
  }

  t.test('15c. Presentatie: tweede venster, namen verborgen op alle 14 schermen, toetsen, timer, sluiten bij vergrendelen', async () => {
    const { volledig, alle } = await namenInDeKluis();
    log(`  ${volledig.length} namen om op te letten (${alle.length} met voor- en achternamen)`);

    await click('btn-open-sessie');
    await visible('sessie-view');
    await visible('btn-presenteren');
    await checkA11y(browser, 'sessie met presentatieknop');
    const t0 = Date.now();
    await click('btn-presenteren');
    const { main, projector } = await naarProjector();
    log(`  presentatievenster open in ${Date.now() - t0} ms`);
    await wachtOp(1, 1);
    assertEqual(await byId('presentatie').getAttribute('data-verbergen'), 'true', 'namen zijn standaard verborgen');
    assertEqual(await byId('presentatie-namen').getText(), 'Namen verborgen', 'het scherm zegt dat namen verborgen zijn');

    // All 7 steps of both casussen, with → (and PageDown), checking the whole DOM every time.
    /** @type {string[]} */
    const gezien = [];
    /** @type {'nog niet' | 'volgende' | 'klaar'} */
    let gescrold = 'nog niet';
    for (let casus = 1; casus <= 2; casus++) {
      for (let stap = 1; stap <= 7; stap++) {
        await wachtOp(casus, stap);
        const bron = await browser.getPageSource();
        for (const naam of alle) assert(!bron.includes(naam), `casus ${casus} stap ${stap}: "${naam}" staat in het presentatievenster`);
        // In any case and as the start of a word (genitives: "Wildeboers"), in what is shown.
        const tekst = (await browser.execute(() => document.body.innerText)).toLocaleLowerCase('nl');
        for (const naam of alle) {
          const laag = naam.toLocaleLowerCase('nl');
          const i = tekst.search(new RegExp(`(?<![\\p{L}\\p{N}])${laag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u'));
          assert(i < 0, `casus ${casus} stap ${stap}: "${naam}" staat (in kleine letters of als bezitsvorm) op het scherm: …${tekst.slice(Math.max(0, i - 30), i + 40)}…`);
        }
        gezien.push(await byId('presentatie-stap').getText());
        if (casus === 1 && stap === 3) await screenshot('21f-presentatie-ordenen.png');
        // ↓ reads further on the first step longer than the window; the next step starts at the top.
        if (gescrold === 'volgende') {
          assertEqual(await browser.execute(() => window.scrollY), 0, 'na een gescrolde stap begint de volgende bovenaan');
          gescrold = 'klaar';
        }
        if (gescrold === 'nog niet' && (await browser.execute(() => document.documentElement.scrollHeight > window.innerHeight + 10))) {
          await browser.keys(Key.ArrowDown);
          await browser.waitUntil(async () => (await browser.execute(() => window.scrollY)) > 0, { timeout: FAST, timeoutMsg: '↓ scrolt niet' });
          log(`  casus ${casus} stap ${stap} is langer dan het scherm: ↓ scrolt`);
          gescrold = 'volgende';
        }
        if (casus === 1 && stap === 7) {
          const tekst = await byId('presentatie').getText();
          assert(tekst.includes(SESSIE_CANARIES.besluit), 'het besluit uit de sessie staat op het scherm');
          assert(tekst.includes(SESSIE_CANARIES.afspraak), 'het actiepunt uit de sessie staat op het scherm');
          await screenshot('21g-presentatie-besluiten.png');
        }
        if (casus === 1 && stap === 2) {
          const tekst = await byId('presentatie').getText();
          assert(tekst.includes('Veilig Thuis (gedragswetenschapper)'), 'inbreng staat bij organisatie en rol');
          assert(tekst.includes(SESSIE_CANARIES.inbreng), 'de inbreng staat op het scherm');
        }
        if (casus < 2 || stap < 7) await browser.keys(stap % 2 ? Key.ArrowRight : Key.PageDown);
      }
    }
    assertEqual(gescrold, 'klaar', 'minstens één stap was langer dan het scherm en is met ↓ gelezen');
    log(`  14 schermen zonder namen: ${gezien.map((g) => g.split('\n')[0]).join(' · ')}`);

    // Keys: V previous casus, N next casus, T starts and stops the timer.
    await browser.keys('v');
    await wachtOp(1, 1);
    await browser.keys('n');
    await wachtOp(2, 1);
    await browser.keys('t');
    await browser.waitUntil(async () => (await byId('presentatie-timer').getAttribute('data-loopt')) === 'true', {
      timeout: FAST,
      timeoutMsg: 'T start de timer niet',
    });
    await browser.pause(2_300);
    const loopt = await byId('presentatie-timer').getText();
    assert(/^0:0[2-9]/.test(loopt), `de timer loopt (${JSON.stringify(loopt)})`);
    await browser.keys('t');
    await browser.waitUntil(async () => (await byId('presentatie-timer').getAttribute('data-loopt')) === 'false', {
      timeout: FAST,
      timeoutMsg: 'T stopt de timer niet',
    });
    await checkA11y(browser, 'presentatievenster');
    await screenshot('21h-presentatie-casus2-timer.png');

    // The projector itself can only read its beeld and pass keys on.
    const poging = /** @type {string[]} */ (
      await browser.executeAsync((/** @type {(r: unknown) => void} */ done) => {
        const inv = /** @type {any} */ (window).__TAURI_INTERNALS__.invoke;
        const uitkomst = (/** @type {Promise<unknown>} */ p) => p.then(() => 'toegestaan', (e) => JSON.stringify(e));
        Promise.all([
          uitkomst(inv('casus_list')),
          uitkomst(inv('sessie_list')),
          uitkomst(inv('presentatie_bedien', { actie: { soort: 'verbergen', aan: false } })),
        ]).then(done);
      })
    );
    assert(poging[0]?.includes('not allowed'), `casus_list geweigerd in het presentatievenster: ${poging[0]}`);
    assert(poging[1]?.includes('not allowed'), `sessie_list geweigerd in het presentatievenster: ${poging[1]}`);
    assert(poging[2]?.includes('alleen vanuit het hoofdvenster'), `namen tonen geweigerd vanuit het presentatievenster: ${poging[2]}`);
    assertEqual(await byId('presentatie').getAttribute('data-verbergen'), 'true', 'nog steeds verborgen');

    // The voorzitter's window follows, and is the only place to show names.
    await browser.switchToWindow(main);
    await browser.waitUntil(async () => (await byId('presentatie-stand').getText()).includes('casus 2 van 2'), {
      timeout: FAST,
      timeoutMsg: 'het hoofdvenster toont niet wat op het scherm staat',
    });
    log(`  hoofdvenster: ${await byId('presentatie-stand').getText()}`);
    await click('btn-pres-vorige-casus');
    await click('btn-pres-volgende');
    await byId('chk-pres-verbergen').click();
    await browser.switchToWindow(projector);
    await browser.waitUntil(async () => (await byId('presentatie').getAttribute('data-verbergen')) === 'false', {
      timeout: FAST,
      timeoutMsg: 'namen tonen vanuit het hoofdvenster werkt niet',
    });
    await wachtOp(1, 2);
    const open = await byId('presentatie').getText();
    assert(open.includes(`${state.sessie?.deelnemers[0]} — Veilig Thuis`), 'met namen aan staat de deelnemer bij zijn inbreng');
    assertEqual(await byId('presentatie-namen').getText(), 'Namen zichtbaar', 'het scherm waarschuwt dat namen zichtbaar zijn');
    await browser.switchToWindow(main);
    await byId('chk-pres-verbergen').click();
    await browser.switchToWindow(projector);
    await browser.waitUntil(async () => (await byId('presentatie').getAttribute('data-verbergen')) === 'true', {
      timeout: FAST,
      timeoutMsg: 'namen weer verbergen werkt niet',
    });
    const weer = await browser.getPageSource();
    for (const naam of alle) assert(!weer.includes(naam), `na weer verbergen staat "${naam}" niet meer in het venster`);

    // Stopping closes the window; so does locking the vault.
    await browser.switchToWindow(main);
    await click('btn-pres-stoppen');
    await browser.waitUntil(async () => (await browser.getWindowHandles()).length === 1, {
      timeout: FAST,
      timeoutMsg: '"Stoppen met presenteren" sluit het venster niet',
    });
    await visible('btn-presenteren');
    await click('btn-presenteren');
    await naarProjector();
    await browser.switchToWindow(main);
    await browser.action('key').down(Key.Control).down('l').up('l').up(Key.Control).perform();
    await visible('input-unlock-pass');
    await browser.waitUntil(async () => (await browser.getWindowHandles()).length === 1, {
      timeout: FAST,
      timeoutMsg: 'vergrendelen sluit het presentatievenster niet',
    });
    log('  stoppen en vergrendelen sluiten het presentatievenster');
    await unlock();
  });
}
