// @ts-check
// The Plannen step in the real window: a veiligheidsplan from the top 3, vastgesteld, and shared.
// Runs after prioriteren (the top 3 and a doel exist) and before the phase step (whose fasepoort
// then finds a vastgesteld veiligheidsplan).

import { execFileSync } from 'node:child_process';
import { Key } from 'webdriverio';
import { checkA11y } from './lib/axe.mjs';
import { assert, assertEqual, log } from './lib/harness.mjs';

/** Typed into the plan; stays in the vault (the plan is part of the casus). */
export const PLAN_CANARY = 'Afspraak-Canary-7b3d';

/**
 * @typedef {import('webdriverio').ChainablePromiseElement} ChainablePromiseElement
 * @typedef {{
 *   byId: (id: string) => ChainablePromiseElement,
 *   visible: (id: string, timeout?: number) => Promise<ChainablePromiseElement>,
 *   type: (id: string, value: string) => Promise<void>,
 *   click: (id: string) => Promise<void>,
 *   saved: () => Promise<void>,
 *   waitCount: (selector: string, n: number) => Promise<void>,
 *   screenshot: (name: string) => Promise<void>,
 * }} Helpers
 */

/** YYYY-MM-DD, `days` days from now, local time. @param {number} days */
function daysFromNow(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * @param {import('./lib/harness.mjs').Harness} t
 * @param {WebdriverIO.Browser} browser
 * @param {Helpers} h
 */
export function registerPlanStep(t, browser, h) {
  const { byId, visible, type, click, saved, waitCount, screenshot } = h;
  const FAST = 15_000;

  /** Types into the n-th element with this testid (inside `scope`), then Tab so it is saved. @param {string} scope @param {string} id @param {string} value */
  async function typeIn(scope, id, value) {
    const el = await browser.$(`${scope} [data-testid="${id}"]`);
    await el.waitForDisplayed({ timeout: FAST });
    await el.setValue(value);
    await browser.keys(Key.Tab);
    await saved();
  }

  /** Scrolls the element with this testid (or selector) to the top of its scroll area, for a screenshot. @param {string} selector */
  async function scrollTo(selector) {
    await browser.execute((sel) => {
      document.querySelector(sel)?.scrollIntoView({ block: 'start' });
      // Only the workspace's own column scrolls; keep the window (and its header) in place.
      window.scrollTo(0, 0);
    }, selector);
  }

  async function ontbreekt() {
    const el = await browser.$('[data-testid="plan-ontbreekt"]');
    return (await el.isExisting()) ? el.getText() : '';
  }

  t.test('12b. Plannen: een veiligheidsplan uit de top 3, afspraken, vaststellen en verspreiden', async () => {
    await click('nav-plan');
    await visible('stap-plan');
    assertEqual(await byId('soort-veiligheidsplan').getAttribute('aria-pressed'), 'true', 'in directe veiligheid opent het veiligheidsplan');
    const nieuw = await visible('btn-plan-nieuw');
    assertEqual(await nieuw.getText(), 'Nieuw plan uit de top 3', 'de knop zegt waar het plan vandaan komt');
    await nieuw.click();
    await visible('plan-concept');
    assert((await byId('plan-statusregel').getText()).includes('Concept versie 1'), 'statusregel "Concept versie 1"');

    // Every doel shows the top-3 situation it answers.
    await waitCount('[data-testid="plan-doel"]', 3);
    const sporen = await browser.$$('[data-testid="doel-spoor"]').map((e) => e.getText());
    for (let i = 0; i < 3; i++) assert(sporen[i]?.startsWith(`Gaat over top-3 situatie ${i + 1}: `), `doel ${i + 1} toont zijn spoor: ${JSON.stringify(sporen[i])}`);
    assert(sporen[0]?.includes('keukenkast'), 'doel 1 gaat over de situatie op plaats 1');
    const doel1 = await browser.$('[data-testid="plan-doel"] [data-testid="doel-tekst"]').getValue();
    assert(doel1.includes('Moeder en kinderen zijn veilig thuis'), `doel 1 komt uit de top 3: ${JSON.stringify(doel1)}`);
    assertEqual((await browser.$$('[data-testid="deelnemer-row"]')).length, 2, 'de twee volwassenen staan bij "opgesteld met"');
    assertEqual((await browser.$$('[data-testid="noodnummer-row"]')).length, 2, '112 en Veilig Thuis staan er al');

    // Incomplete: the list says what is missing, and Vaststellen opens no dialog.
    const voor = await ontbreekt();
    for (const regel of ['Een doel is nog leeg.', 'Er is nog geen afspraak.', 'Kies een evaluatiedatum.', 'Noem de casusregisseur.'])
      assert(voor.includes(regel), `"${regel}" staat in wat ontbreekt: ${JSON.stringify(voor)}`);
    assertEqual(await byId('btn-vaststellen').getAttribute('aria-disabled'), 'true', 'Vaststellen is nog niet beschikbaar');
    await click('btn-vaststellen');
    assert(!(await byId('dialog-vaststellen').isExisting()), 'geen dialoog bij een onvolledig plan');

    // The empty doelen of places 2 and 3, and an afspraak at doel 1.
    const doelen = await browser.$$('[data-testid="doel-tekst"]');
    /** @type {Array<[number, string]>} */
    const leeg = [
      [1, 'Vader schreeuwt niet meer tegen de kinderen'],
      [2, 'Kind voelt zich veilig thuis'],
    ];
    for (const [n, tekst] of leeg) {
      await doelen[n]?.setValue(tekst);
      await browser.keys(Key.Tab);
      await saved();
    }
    const d1 = '[data-testid="plan-doel"]:first-child';
    await browser.$(`${d1} [data-testid="btn-afspraak-add"]`).click();
    await saved();
    await typeIn(d1, 'afspraak-wie', 'Vader');
    await typeIn(d1, 'afspraak-wat', `Gaat bij ruzie de deur uit en belt zijn broer ${PLAN_CANARY}`);
    await typeIn(d1, 'afspraak-wanneer', 'Vanaf vandaag, elke keer');
    await typeIn(d1, 'afspraak-toezicht', 'Wijkteam');
    await typeIn(d1, 'afspraak-niet', 'Moeder belt Veilig Thuis; het MDA++ komt bijeen');
    // The shared date field takes dd-mm-jjjj (addValue: browser.keys may drop a repeated key).
    const [j, m, d] = daysFromNow(42).split('-');
    await byId('input-evaluatie-datum').clearValue();
    await byId('input-evaluatie-datum').addValue(`${d}-${m}-${j}`);
    await browser.keys(Key.Tab);
    await saved();
    await saved();
    await type('input-plan-regisseur', 'J. de Regisseur');
    await browser.keys(Key.Tab);
    await saved();
    await visible('plan-klaar');
    assertEqual(await ontbreekt(), '', 'niets ontbreekt meer');
    await checkA11y(browser, 'plan (concept)');
    await scrollTo('#stap-title');
    await screenshot('18a-plan-editor.png');
    await scrollTo('[data-testid="plan-doel"]');
    await screenshot('18b-plan-afspraken.png');

    // Vaststellen, after the confirmation.
    await click('btn-vaststellen');
    const dialoog = await visible('dialog-vaststellen');
    assert((await dialoog.getText()).includes('niet meer worden gewijzigd'), 'de dialoog zegt dat de versie daarna vastligt');
    await click('btn-vaststellen-confirm');
    await visible('plan-vastgesteld');
    assert((await byId('plan-statusregel').getText()).includes('Vastgesteld versie 1'), 'statusregel "Vastgesteld versie 1"');
    const velden = await browser.$$('[data-testid="plan-inhoud"] input, [data-testid="plan-inhoud"] textarea, [data-testid="plan-inhoud"] select');
    assertEqual(velden.length, 0, 'een vastgesteld plan heeft geen invoervelden');
    assert((await byId('plan-inhoud').getText()).includes(PLAN_CANARY), 'de afspraak staat in het vastgestelde plan');
    assertEqual(await (await visible('btn-plan-nieuw')).getText(), 'Nieuwe versie maken', 'een wijziging wordt een nieuwe versie');

    // Verspreiding: the two participants plus a ketenpartner; two have it.
    await waitCount('[data-testid="partij-row"]', 2);
    await type('input-partij', 'Wijkteam');
    await type('input-partij-rol', 'ketenpartner');
    await click('btn-partij-add');
    await saved();
    await waitCount('[data-testid="partij-row"]', 3);
    assertEqual(await byId('verspreiding-telling').getText(), '0 van 3 partijen hebben deze versie', 'nog niemand heeft de versie');
    for (let i = 0; i < 2; i++) {
      await (await browser.$$('[data-testid="chk-ontvangen"]'))[i]?.click();
      await saved();
    }
    await browser.waitUntil(async () => (await byId('verspreiding-telling').getText()) === '2 van 3 partijen hebben deze versie', {
      timeout: FAST,
      timeoutMsg: 'de telling zegt niet "2 van 3 partijen hebben deze versie"',
    });
    const [vj, vm, vd] = daysFromNow(0).split('-');
    assertEqual(await (await browser.$$('[data-testid="input-ontvangen-op"]'))[0]?.getValue(), `${vd}-${vm}-${vj}`, 'aanvinken zet de datum van vandaag (dd-mm-jjjj)');
    await browser.waitUntil(async () => (await byId('signalen').getText()).includes('Veiligheidsplan versie 1 is nog niet gedeeld met: Wijkteam.'), {
      timeout: FAST,
      timeoutMsg: 'het signaal noemt de partij die de versie nog niet heeft',
    });
    const signalen = await byId('signalen').getText();
    assert(!signalen.includes('gedeeld met: V.') && !signalen.includes(', V.'), `het signaal noemt alleen wie het nog niet heeft: ${JSON.stringify(signalen)}`);
    log(`  verspreiding: ${await byId('verspreiding-telling').getText()}; rail: ${await byId('stand-plan').getText()}`);

    // Besproken met het gezin: "niet eens" needs a reason; both PDFs carry it.
    await click('bespreking-akkoord-nee');
    await click('btn-bespreking');
    assertEqual(await (await visible('bespreking-toelichting-error')).getText(), 'Het gezin is het niet eens: schrijf kort op waarom.', 'nee zonder reden: melding bij het veld');
    await type('input-bespreking-toelichting', 'Vader wil eerst met de advocaat praten');
    await click('btn-bespreking');
    await saved();
    assert((await (await visible('bespreking-stand')).getText()).includes('akkoord: Nee'), 'het gesprek staat vastgelegd');
    await checkA11y(browser, 'plan (vastgesteld, verspreiding)');
    await scrollTo('[data-testid="plan-statusregel"]');
    await screenshot('18c-plan-vastgesteld.png');
    await scrollTo('#pv-doelen');
    await screenshot('18d-plan-vastgesteld-afspraken.png');

    // Export: the run sets TOP3_EXPORT_MAP (outside the scanned HOME) in place of the save dialog.
    /** @type {{ knop: string, variant: string, verwacht: string[] }[]} */
    const exports = [
      { knop: 'btn-export-pdf', variant: 'professioneel', verwacht: ['Veiligheidsplan', 'Doelen en afspraken', 'Verspreiding van deze versie', PLAN_CANARY, 'Besproken met het gezin'] },
      { knop: 'btn-export-gezin', variant: 'gezinsversie', verwacht: ['Ons veiligheidsplan', 'Wij spreken af:', PLAN_CANARY, 'Hebben wij het plan samen besproken?', 'Jullie zijn het (nog) niet eens met het plan.', 'Vader wil eerst met de advocaat praten'] },
    ];
    for (const { knop, variant, verwacht } of exports) {
      const t0 = Date.now();
      await click(knop);
      await browser.waitUntil(async () => (await byId('export-status').getText()).includes('Opgeslagen als'), {
        timeout: FAST,
        timeoutMsg: `de export (${variant}) meldt niet "Opgeslagen als"`,
      });
      const status = await byId('export-status').getText();
      const pad = status.slice(status.indexOf('/')).trim().replace(/[.]$/, '');
      const tekst = execFileSync('pdftotext', ['-enc', 'UTF-8', pad, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const v of verwacht) assert(tekst.includes(v), `de PDF (${variant}) bevat ${JSON.stringify(v)}`);
      assert(tekst.includes('112') && tekst.includes('0800-2000'), `de PDF (${variant}) noemt 112 en 0800-2000`);
      assert(!tekst.includes('CONCEPT'), `een vastgesteld plan heeft geen watermerk CONCEPT (${variant})`);
      execFileSync('qpdf', ['--check', pad], { encoding: 'utf8' });
      log(`  PDF ${variant}: ${pad.split('/').pop()} in ${Date.now() - t0} ms (klik tot melding), pdftotext en qpdf --check in orde`);
    }
  });
}
