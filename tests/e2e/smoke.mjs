// @ts-check
// The smoke test of an INSTALLED app (`cargo xtask test` runs it against /usr/bin/top3-werkplaats
// from the .deb, with TOP3_E2E_SUITE=smoke): it starts with no vault, the oefenomgeving opens by
// itself, OEF-01 opens, its vastgesteld veiligheidsplan is exported as PDF and read back, and the
// start screen shows the version the package says it is (TOP3_E2E_VERSION).

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { checkA11y } from './lib/axe.mjs';
import { assert, assertEqual, log } from './lib/harness.mjs';

const FAST = 15_000;
const SLOW = 60_000;

/**
 * @param {import('./lib/harness.mjs').Harness} t
 * @param {WebdriverIO.Browser} browser
 * @param {{ screenshots: string, exportMap: string }} env
 */
export function registerSmoke(t, browser, env) {
  const byId = (/** @type {string} */ id) => browser.$(`[data-testid="${id}"]`);
  /** @param {string} selector @param {number} [timeout] */
  async function shown(selector, timeout = FAST) {
    const el = browser.$(selector);
    await el.waitForDisplayed({ timeout, timeoutMsg: `${selector} werd niet zichtbaar binnen ${timeout} ms` });
    return el;
  }
  const visible = (/** @type {string} */ id, timeout = FAST) => shown(`[data-testid="${id}"]`, timeout);
  /** @param {string} name */
  async function screenshot(name) {
    await browser.saveScreenshot(join(env.screenshots, name));
    log(`  screenshot: ${name}`);
  }

  t.test('S1. Geïnstalleerde app: eerste start opent de oefenomgeving met vijf oefencasussen', async () => {
    try {
      await browser.setWindowSize(1280, 720);
    } catch {
      log('  (vensterformaat niet aan te passen; de app bepaalt het)');
    }
    const banner = await visible('oefen-banner', SLOW);
    assert((await banner.getText()).includes('OEFENOMGEVING'), 'de banner noemt de oefenomgeving');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="casus-row"]').length) === 5, {
      timeout: FAST,
      timeoutMsg: 'niet vijf oefencasussen in de lijst',
    });
    assertEqual(await browser.getTitle(), 'TOP-3 Werkplaats', 'venstertitel');
    await checkA11y(browser, 'geïnstalleerd: oefenomgeving');
    await screenshot('installed-01-oefenomgeving.png');
  });

  t.test('S2. Geïnstalleerde app: OEF-01 openen en het veiligheidsplan als PDF exporteren', async () => {
    const open = await shown('[data-testid="casus-row"][data-code="OEF-01"] [data-testid="btn-open-casus"]');
    await open.click();
    await (await visible('nav-plan', SLOW)).click();
    await visible('stap-plan');
    await (await visible('btn-export-pdf')).click();
    // A package has no test hook in place of the save dialog: answer the real GTK dialog as a
    // person would, by typing the full path into its name field (xdotool, on the Xvfb display).
    const doel = join(env.exportMap, 'geinstalleerd-veiligheidsplan.pdf');
    const venster = execFileSync('xdotool', ['search', '--sync', '--onlyvisible', '--name', 'Plan opslaan als PDF'], {
      encoding: 'utf8',
      timeout: FAST,
    })
      .trim()
      .split('\n')[0];
    log(`  opslagvenster ${venster} gevonden`);
    execFileSync('xdotool', ['windowfocus', '--sync', venster], { timeout: FAST });
    execFileSync('xdotool', ['key', '--clearmodifiers', 'ctrl+a'], { timeout: FAST });
    execFileSync('xdotool', ['type', '--delay', '15', doel], { timeout: FAST });
    execFileSync('xdotool', ['key', 'Return'], { timeout: FAST });
    await browser.waitUntil(async () => (await byId('export-status').getText()).includes('Opgeslagen als'), {
      timeout: FAST,
      timeoutMsg: 'de export meldt niet "Opgeslagen als"',
    });
    const status = await byId('export-status').getText();
    const pad = status.slice(status.indexOf('/')).trim().replace(/[.]$/, '');
    assertEqual(pad, doel, 'de PDF staat waar het opslagvenster hem neerzette');
    const tekst = execFileSync('pdftotext', ['-enc', 'UTF-8', pad, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const v of ['Veiligheidsplan', 'OEF-01', 'OEFENOMGEVING', '112', '0800-2000']) {
      assert(tekst.includes(v), `de PDF bevat ${JSON.stringify(v)}`);
    }
    execFileSync('qpdf', ['--check', pad], { encoding: 'utf8' });
    log(`  PDF: ${pad.split('/').pop()}, pdftotext en qpdf --check in orde`);
    await checkA11y(browser, 'geïnstalleerd: plan');
    await screenshot('installed-02-plan.png');
  });

  t.test('S3. Geïnstalleerde app: het startscherm toont de versie van het pakket', async () => {
    await (await visible('btn-oefen-verlaat')).click();
    const version = await (await visible('start-version', SLOW)).getText();
    const expected = process.env.TOP3_E2E_VERSION;
    log(`  versie in de app: ${version}${expected ? `, van het pakket: ${expected}` : ''}`);
    if (expected) assertEqual(version, expected, 'de versie in de app is die van het pakket');
    else assert(/^\d+\.\d+\.\d+/.test(version), `versie lijkt op x.y.z: ${JSON.stringify(version)}`);
    await checkA11y(browser, 'geïnstalleerd: start');
    await screenshot('installed-03-start.png');
  });
}
