// @ts-check
// An MDA++ sessie in the real window: deelnemers (new partners and one from the partner list), two
// casussen on the agenda with time slots, inbreng, weging, kwalificatie, besluiten and actiepunten
// of each soort; starten, afronden (the actiepunten land in the casus), and the verslag as PDF,
// normal and pseudonymised. Runs after the regular journey (the real vault holds K-Canary-4471).

import { execFileSync } from 'node:child_process';
import { Key } from 'webdriverio';
import { checkA11y } from './lib/axe.mjs';
import { assert, assertEqual, log } from './lib/harness.mjs';

/** Distinctive full names typed in as deelnemers: in the verslag, never in the pseudonymised one. */
/** A betrokkene of the second casus on the agenda, named in the first casus's inbreng. */
export const ANDER_BETROKKENE = 'Wessel Dijkhuizen';
export const DEELNEMER_NAMEN = ['Fenna Oosterbroek', 'Joris Wildeboer', 'Ilse Brinkhorst', 'Sanne Veldkamp', 'Ruben Hazelaar'];
/** Typed into the sessie; they stay in the vault (encrypted) and in the exported verslag. */
export const SESSIE_CANARIES = {
  weging: 'Weging-Canary-51c3',
  inbreng: 'Inbreng-Canary-a08e',
  besluit: 'Besluit-Canary-77d4',
  afspraak: 'MDA-Afspraak-Canary-3f12',
  samenvatting: 'Samenvatting-Canary-e6b0',
};
const S = SESSIE_CANARIES;

const ORGANISATIES = [
  ['Veilig Thuis', 'gedragswetenschapper'],
  ['Politie', 'wijkagent'],
  ['Wijkteam', 'casusregisseur'],
  ['Raad voor de Kinderbescherming', 'raadsonderzoeker'],
  ['GGZ', 'psychiater'],
];

/**
 * The sessie this step made, for a later step (e.g. the presentation): its id, date and agenda.
 * @param {{ sessie?: SessieContext | null }} state
 * @returns {SessieContext | null}
 */
export function sessieContext(state) {
  return state.sessie ?? null;
}

/**
 * @typedef {{ id: string, datum: string, casusCodes: string[], deelnemers: string[] }} SessieContext
 * @typedef {import('webdriverio').ChainablePromiseElement} ChainablePromiseElement
 * @typedef {{
 *   byId: (id: string) => ChainablePromiseElement,
 *   visible: (id: string, timeout?: number) => Promise<ChainablePromiseElement>,
 *   type: (id: string, value: string) => Promise<void>,
 *   click: (id: string) => Promise<void>,
 *   waitCount: (selector: string, n: number) => Promise<void>,
 *   screenshot: (name: string) => Promise<void>,
 *   casusCode: string,
 * }} Helpers
 */

/** DD-MM-YYYY, `days` days from now, local time. @param {number} days */
function datumOver(days) {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${String(d.getDate()).padStart(2, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${d.getFullYear()}`;
}

/**
 * @param {import('./lib/harness.mjs').Harness} t
 * @param {WebdriverIO.Browser} browser
 * @param {Helpers} h
 * @param {{ sessie?: SessieContext | null }} state
 */
export function registerSessieStep(t, browser, h, state) {
  const { byId, visible, type, click, waitCount, screenshot, casusCode } = h;
  const FAST = 15_000;

  async function saved() {
    await browser.waitUntil(async () => (await byId('sessie-save-status').getAttribute('data-state')) === 'opgeslagen', {
      timeout: FAST,
      timeoutMsg: 'de sessie is niet opgeslagen',
    });
  }

  /** Picks the option whose text starts with `tekst` (native pop-ups are not WebDriver-friendly). @param {string} id @param {string} tekst */
  async function selectText(id, tekst) {
    const el = await visible(id);
    const ok = await browser.execute(
      (el, tekst) => {
        const select = /** @type {HTMLSelectElement} */ (el);
        const option = [...select.options].find((o) => o.text.startsWith(tekst));
        if (!option) return false;
        select.value = option.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      },
      el,
      tekst,
    );
    assert(ok, `keuzelijst ${id} heeft een optie die begint met ${JSON.stringify(tekst)}`);
  }

  /** @param {string} id @param {string} value */
  async function retype(id, value) {
    const el = await visible(id);
    await el.clearValue();
    await el.addValue(value);
  }

  /** @param {string} wie @param {string} wat @param {string} wanneer @param {string} soort */
  async function actiepunt(wie, wat, wanneer, soort) {
    await retype('input-actie-wie', wie);
    await retype('input-actie-wat', wat);
    await retype('input-actie-wanneer', wanneer);
    await browser.keys(Key.Tab);
    await selectText('select-actie-soort', soort);
    await click('btn-actiepunt-add');
    await saved();
  }

  /** Scrolls to the top of the window, for a screenshot. */
  async function top() {
    await browser.execute(() => window.scrollTo(0, 0));
  }

  t.test('15b. MDA++-sessie: deelnemers, agenda, inbreng en actiepunten; starten, afronden, verslag als PDF', async () => {
    // Two casussen in the real vault: the journey's casus plus one made here when it is alone.
    await click('btn-casussen');
    await visible('page-casussen');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="casus-row"]').length) >= 1, { timeout: FAST });
    const tweede = 'K-MDA-2';
    if ((await browser.$$('[data-testid="casus-row"]').length) < 2) {
      await click('btn-new-casus');
      await type('input-new-code', tweede);
      await type('input-new-titel', 'Tweede gezin voor het MDA++');
      await click('btn-create-casus');
      await visible('casus-workspace');
      await click('btn-back');
      await visible('page-casussen');
    }
    const codes = await browser.$$('[data-testid="casus-row"]').map((r) => r.getAttribute('data-code'));
    const ander = codes.find((c) => c !== casusCode) ?? tweede;
    // The other casus gets a betrokkene whose name the first casus's inbreng mentions in lower case
    // and as a genitive (issue 16): the projector must hide it on every screen.
    await (await browser.$(`[data-testid="casus-row"][data-code="${ander}"] [data-testid="btn-open-casus"]`)).click();
    await visible('casus-workspace');
    await click('nav-betrokkenen');
    await visible('stap-betrokkenen');
    await type('input-betrokkene-naam', ANDER_BETROKKENE);
    await click('rol-kind');
    await click('btn-betrokkene-save');
    await browser.waitUntil(
      async () =>
        (await browser.$$('[data-testid="betrokkene-row"]').map((r) => r.getText())).some((t) => t.includes(ANDER_BETROKKENE)) &&
        (await byId('save-status').getAttribute('data-state')) === 'opgeslagen',
      { timeout: FAST, timeoutMsg: `${ANDER_BETROKKENE} is niet als betrokkene opgeslagen` },
    );
    await click('btn-back');
    await visible('page-casussen');

    // The Sessies tab: empty, then a new sessie.
    await click('btn-sessies');
    await visible('page-sessies');
    assertEqual(await byId('btn-sessies').getAttribute('aria-current'), 'page', 'de tab Sessies is actief');
    await visible('sessies-leeg');
    await checkA11y(browser, 'sessies (leeg)');
    await click('btn-new-sessie');
    await visible('dialog-new-sessie');
    const datum = await byId('input-sessie-datum').getValue();
    assert(/^\d{2}-\d{2}-\d{4}$/.test(datum), `de datum staat al op vandaag (dd-mm-jjjj): ${JSON.stringify(datum)}`);
    await click('btn-create-sessie');
    assert((await byId('dialog-new-sessie').getText()).includes('Vul de naam van de voorzitter in.'), 'zonder voorzitter een melding');
    await checkA11y(browser, 'nieuwe sessie (dialoog, met melding)');
    await type('input-sessie-voorzitter', 'M. de Voorzitter');
    await click('btn-create-sessie');
    await visible('sessie-view');
    await visible('sessie-title');
    assertEqual(await byId('sessie-status').getText(), 'Gepland', 'een nieuwe sessie is gepland');

    // Deelnemers: five new partners (saved into the partner list too); one taken off and picked again from the list.
    for (const [i, naam] of DEELNEMER_NAMEN.entries()) {
      const [organisatie, rol] = ORGANISATIES[i] ?? ['Org', ''];
      await retype('input-partner-naam', naam);
      await retype('input-partner-organisatie', organisatie);
      await retype('input-partner-rol', rol);
      await click('btn-partner-nieuw');
      await waitCount('[data-testid="deelnemer-row"]', i + 1);
      await saved();
    }
    // A partner without organisatie is refused with a message at the field.
    await retype('input-partner-naam', 'Zonder Organisatie');
    await click('btn-partner-nieuw');
    assert((await byId('sessie-deelnemers').getText()).includes('Vul de organisatie van de partner in.'), 'organisatie ontbreekt: melding');
    await byId('input-partner-naam').clearValue();
    const laatste = DEELNEMER_NAMEN[4] ?? '';
    await (await browser.$(`[data-testid="deelnemer-row"][data-naam="${laatste}"] [data-testid="btn-deelnemer-remove"]`)).click();
    await waitCount('[data-testid="deelnemer-row"]', 4);
    await saved();
    await selectText('select-partner', laatste);
    await click('btn-partner-kies');
    await waitCount('[data-testid="deelnemer-row"]', 5);
    await saved();
    const tafel = await byId('sessie-deelnemers').getText();
    assert(tafel.includes('Veilig Thuis') && tafel.includes('gedragswetenschapper'), 'organisatie en rol staan bij de deelnemers');

    // Agenda: a wrong time is refused in Dutch; then two casussen with their time slots.
    await selectText('select-agenda-casus', casusCode);
    await retype('input-agenda-begintijd', '25:00');
    await click('btn-agenda-add');
    assertEqual(
      await (await visible('agenda-begintijd-error')).getText(),
      '25 is geen uur: het uur loopt van 00 tot en met 23.',
      'een onmogelijke begintijd geeft een melding',
    );
    await retype('input-agenda-begintijd', '09:30');
    await retype('input-agenda-duur', '45');
    await click('btn-agenda-add');
    await waitCount('[data-testid="agenda-row"]', 1);
    await saved();
    await selectText('select-agenda-casus', ander);
    assertEqual(await byId('input-agenda-begintijd').getValue(), '10:15', 'het volgende tijdslot begint waar het vorige ophoudt');
    await retype('input-agenda-duur', '30');
    await click('btn-agenda-add');
    await waitCount('[data-testid="agenda-row"]', 2);
    await saved();
    const tijden = await browser.$$('[data-testid="agenda-tijd"]').map((e) => e.getText());
    assertEqual(tijden.join(' | '), '09:30–10:15 | 10:15–10:45', 'de tijdsloten op de agenda');
    // A casus appears once: it is no longer offered.
    const opties = await browser.execute(() =>
      [...(/** @type {HTMLSelectElement} */ (document.querySelector('[data-testid="select-agenda-casus"]'))?.options ?? [])].map((o) => o.text),
    );
    assert(!opties.some((o) => o.startsWith(casusCode)), `${casusCode} wordt niet nog eens aangeboden: ${JSON.stringify(opties)}`);
    // Reorder down and back up.
    await (await browser.$(`[data-testid="agenda-row"][data-code="${casusCode}"] [data-testid="btn-agenda-down"]`)).click();
    await saved();
    assertEqual(await browser.$('[data-testid="agenda-row"]').getAttribute('data-code'), ander, 'omlaag: de andere casus staat eerst');
    await (await browser.$(`[data-testid="agenda-row"][data-code="${casusCode}"] [data-testid="btn-agenda-up"]`)).click();
    await saved();
    assertEqual(await browser.$('[data-testid="agenda-row"]').getAttribute('data-code'), casusCode, 'omhoog: terug op plaats 1');

    // Agendapunt 1: inbreng, weging, kwalificatie, two besluiten, one actiepunt of each soort.
    await (await browser.$(`[data-testid="agenda-row"][data-code="${casusCode}"] [data-testid="btn-agenda-kies"]`)).click();
    await browser.waitUntil(async () => (await byId('sessie-agendapunt').getAttribute('data-code')) === casusCode, { timeout: FAST });
    await selectText('select-inbreng-deelnemer', 'Veilig Thuis');
    await retype('input-inbreng-tekst', `Twee meldingen in een half jaar ${S.inbreng}`);
    await click('btn-inbreng-add');
    await saved();
    await selectText('select-inbreng-deelnemer', 'Politie');
    // Names as people type them: another casus's child in lower case, a deelnemer's genitive.
    const [voornaam, achternaam] = ANDER_BETROKKENE.split(' ');
    const deelnemer = (DEELNEMER_NAMEN[1] ?? '').split(' ')[1] ?? '';
    await retype(
      'input-inbreng-tekst',
      `Eén huisbezoek na burenmelding; ${voornaam?.toLowerCase()} ${achternaam?.toUpperCase()} was er ook, volgens ${deelnemer}s collega`,
    );
    await click('btn-inbreng-add');
    await saved();
    await waitCount('[data-testid="inbreng-item"]', 2);
    assert((await byId('inbreng-lijst').getText()).includes('Veilig Thuis'), 'de inbreng staat op naam van de organisatie');
    await retype('input-weging', `Patroon van structurele onveiligheid ${S.weging}`);
    await browser.keys(Key.Tab);
    await saved();
    await click('kwalificatie-structureel');
    await saved();
    for (const b of [`Veiligheidsplan aanvullen ${S.besluit}`, 'Over zes weken evalueren in het MDA++']) {
      await retype('input-besluit', b);
      await click('btn-besluit-add');
      await saved();
    }
    await waitCount('[data-testid="besluit-item"]', 2);
    await selectText('select-actie-soort', 'Monitoring');
    assert((await byId('actiesoort-uitleg').getText()).includes('extra monitoringmoment'), 'de uitleg zegt wat monitoring in de casus wordt');
    await actiepunt('Wijkteam', `Vader meldt zich bij het wijkteam ${S.afspraak}`, datumOver(14), 'Afspraak');
    await actiepunt('Veilig Thuis', 'Huisbezoek zonder afspraak', datumOver(21), 'Monitoring');
    await actiepunt('MDA++-overleg', 'Evaluatie veiligheidsplan', datumOver(42), 'Evaluatie');
    await waitCount('[data-testid="actiepunt-row"]', 3);

    // Agendapunt 2: a besluit and a monitoring actiepunt.
    await (await browser.$(`[data-testid="agenda-row"][data-code="${ander}"] [data-testid="btn-agenda-kies"]`)).click();
    await browser.waitUntil(async () => (await byId('sessie-agendapunt').getAttribute('data-code')) === ander, { timeout: FAST });
    await retype('input-besluit', 'Jeugdhulp inzetten voor de kinderen');
    await click('btn-besluit-add');
    await saved();
    await actiepunt('Politie', 'Extra surveillance in de straat', datumOver(7), 'Monitoring');
    await retype('input-sessie-samenvatting', `Twee gezinnen besproken ${S.samenvatting}`);
    await browser.keys(Key.Tab);
    await saved();

    await (await browser.$(`[data-testid="agenda-row"][data-code="${casusCode}"] [data-testid="btn-agenda-kies"]`)).click();
    await browser.waitUntil(async () => (await byId('sessie-agendapunt').getAttribute('data-code')) === casusCode, { timeout: FAST });
    await checkA11y(browser, 'sessie (agendapunt)');
    await top();
    await screenshot('21a-sessie-gepland.png');
    await browser.execute(() => document.querySelector('[data-testid="sessie-agendapunt"] table')?.scrollIntoView({ block: 'center' }));
    await browser.pause(300);
    await screenshot('21b-sessie-agendapunt.png');

    // Starten, then afronden after the confirmation that says what goes where.
    await click('btn-sessie-starten');
    await browser.waitUntil(async () => (await byId('sessie-status').getText()) === 'Gestart', { timeout: FAST, timeoutMsg: 'status wordt niet Gestart' });
    await click('btn-sessie-afronden');
    await visible('dialog-sessie-afronden');
    const regels = await browser.$$('[data-testid="afronden-regel"]').map((e) => e.getText());
    assertEqual(
      regels.join(' | '),
      `3 actiepunten gaan naar ${casusCode}: 1 afspraak, 1 monitoringmoment, 1 evaluatie | 1 actiepunt gaat naar ${ander}: 1 monitoringmoment`,
      'de bevestiging zegt hoeveel actiepunten naar welke casus gaan',
    );
    await checkA11y(browser, 'sessie afronden (dialoog)');
    await screenshot('21c-sessie-afronden.png');
    await click('btn-afronden-confirm');
    await visible('sessie-afronden-resultaat');
    const verwerkt = await browser.$$('[data-testid="verwerkt-regel"]').map((e) => e.getText());
    assertEqual(verwerkt.length, 4, `vier actiepunten verwerkt: ${JSON.stringify(verwerkt)}`);
    assert(verwerkt.some((r) => r.startsWith(`${casusCode}:`) && r.includes('afspraak')), `een afspraak in ${casusCode}: ${JSON.stringify(verwerkt)}`);
    assertEqual(await byId('sessie-status').getText(), 'Afgerond', 'de sessie is afgerond');
    await visible('sessie-alleen-lezen');
    assert(!(await byId('input-weging').isExisting()), 'na afronden geen invoer meer bij het agendapunt');
    assert(!(await byId('btn-agenda-add').isExisting()), 'na afronden geen agenda-invoer meer');
    assertEqual(
      await browser.$$('[data-testid="actiepunt-status"]').map((e) => e.getText()).then((s) => [...new Set(s)].join()),
      'Verwerkt in de casus',
      'alle actiepunten zijn verwerkt',
    );
    await checkA11y(browser, 'sessie (afgerond)');
    await top();
    await screenshot('21d-sessie-afgerond.png');

    // The verslag, normal and pseudonymised (TOP3_EXPORT_MAP replaces the save dialog).
    /** @type {{ knop: string, variant: string, wel: string[], niet: string[] }[]} */
    const exports = [
      {
        knop: 'btn-sessie-export',
        variant: 'verslag',
        wel: [S.besluit, 'Jeugdhulp inzetten voor de kinderen', 'Wijkteam', S.afspraak, ...DEELNEMER_NAMEN],
        niet: [],
      },
      { knop: 'btn-sessie-export-pseudoniem', variant: 'pseudoniem', wel: [S.besluit, S.afspraak, 'Veilig Thuis'], niet: DEELNEMER_NAMEN },
    ];
    for (const { knop, variant, wel, niet } of exports) {
      await click(knop);
      await browser.waitUntil(async () => (await byId('sessie-export-status').getText()).includes('Opgeslagen als'), {
        timeout: FAST,
        timeoutMsg: `de export (${variant}) meldt niet "Opgeslagen als"`,
      });
      const status = await byId('sessie-export-status').getText();
      const pad = status.slice(status.indexOf('/')).trim().replace(/[.]$/, '');
      const tekst = execFileSync('pdftotext', ['-enc', 'UTF-8', pad, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const v of wel) assert(tekst.includes(v), `het ${variant} bevat ${JSON.stringify(v)}`);
      for (const v of niet) assert(!tekst.includes(v), `het ${variant} noemt ${JSON.stringify(v)} niet`);
      for (const deel of ['Sanne', 'Oosterbroek']) if (niet.length > 0) assert(!tekst.includes(deel), `het ${variant} noemt ook ${deel} niet`);
      execFileSync('qpdf', ['--check', pad], { encoding: 'utf8' });
      log(`  PDF ${variant}: ${pad.split('/').pop()}, pdftotext en qpdf --check in orde`);
    }

    // The afspraak landed in the casus: its wat is in the concept veiligheidsplan (Plannen).
    await click('btn-open-casus-werkplaats');
    await visible('casus-workspace');
    assertEqual(await byId('casus-code').getText(), casusCode, 'de casus van het agendapunt is open');
    await click('nav-plan');
    await visible('stap-plan');
    await click('soort-veiligheidsplan');
    await browser.waitUntil(
      async () =>
        browser.execute((wat) => {
          const stap = document.querySelector('[data-testid="stap-plan"]');
          if (!stap) return false;
          if ((stap.textContent ?? '').includes(wat)) return true;
          return [...stap.querySelectorAll('input, textarea')].some((e) => /** @type {HTMLInputElement} */ (e).value.includes(wat));
        }, S.afspraak),
      { timeout: FAST, timeoutMsg: 'de afspraak uit de sessie staat niet in het veiligheidsplan' },
    );
    log('  de afspraak uit de sessie staat in het concept-veiligheidsplan');
    await click('btn-terug-naar-sessie');
    await visible('sessie-view');
    await browser.waitUntil(async () => (await byId('sessie-agendapunt').getAttribute('data-code')) === casusCode, {
      timeout: FAST,
      timeoutMsg: 'terug naar sessie toont niet hetzelfde agendapunt',
    });
    await browser.waitUntil(async () => (await browser.execute(() => document.activeElement?.id)) === 'punt-title', {
      timeout: FAST,
      timeoutMsg: 'de focus staat niet op het agendapunt na terugkomen',
    });

    // Remember the sessie for later steps; the overview lists it as afgerond with its casussen.
    const id = await browser.execute(() => document.querySelector('[data-testid="sessie-view"]')?.getAttribute('data-id') ?? '');
    await click('btn-sessie-back');
    await visible('page-sessies');
    await waitCount('[data-testid="sessie-row"]', 1);
    assertEqual(await byId('sessie-row-status').getText(), 'Afgerond', 'de lijst toont de status');
    assertEqual(await byId('sessie-row-casussen').getText(), `${casusCode}, ${ander}`, 'de lijst toont de casussen');
    await checkA11y(browser, 'sessies (lijst)');
    await screenshot('21e-sessies.png');
    const sessieId = id || ((await browser.$('[data-testid="sessie-row"]').getAttribute('data-id')) ?? '');
    assert(sessieId !== '', 'de sessie heeft een id');
    /** @type {SessieContext} */
    const context = { id: sessieId, datum, casusCodes: [casusCode, ander], deelnemers: DEELNEMER_NAMEN };
    state.sessie = context;
    log(`  sessie ${context.id} van ${datum}: ${context.casusCodes.join(', ')}`);
  });
}
