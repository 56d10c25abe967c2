// @ts-check
// The window measurements of `cargo xtask bench` (TOP3_E2E_SUITE=prestatie): the release app on an
// oefenomgeving with 10,000 generated casussen and one of 500 items (`top3 oefen genereer`), opened
// as a vault (TOP3_VAULT). Cold start, unlock until the list is drawn, the overview's search and
// filters, each 500-item interaction, and the memory of the app's processes after opening 50
// casussen in a row. A report, never pass/fail on time: each figure goes to TOP3_E2E_METINGEN as a
// `#meting` line for the table (see xtask/src/bench.rs); the steps only assert that what was measured
// is what they meant to measure.

import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { assert, log } from './lib/harness.mjs';
import { meten, uitsplitsing } from './lib/meten.mjs';

/** The oefenomgeving's passphrase, shown on its start screen (src/vault/mod.rs OEFEN_WACHTWOORD). */
const OEFEN_WACHTWOORD = 'oefenen';
const FAST = 10_000;
const SLOW = 60_000;

/**
 * @param {import('./lib/harness.mjs').Harness} t
 * @param {WebdriverIO.Browser} browser
 * @param {{ app: string, metingen: string, casussen: number }} env
 */
export function registerPrestatie(t, browser, env) {
  /** @param {string} naam @param {number} waarde @param {string} eenheid @param {string} doel */
  const meting = (naam, waarde, eenheid, doel) => {
    appendFileSync(env.metingen, `#meting\t${naam}\t${waarde.toFixed(3)}\t${eenheid}\t-\t-\t${doel}\n`);
    log(`  ${naam}: ${waarde.toFixed(1)} ${eenheid} (doel ${doel})`);
  };
  /** @param {string} id */
  const el = (id) => browser.$(`[data-testid="${id}"]`);
  /** @param {string} id @param {number} [timeout] */
  const visible = async (id, timeout = FAST) => {
    const e = await el(id);
    await e.waitForDisplayed({ timeout, timeoutMsg: `"${id}" werd niet zichtbaar binnen ${timeout} ms` });
    return e;
  };
  /** The median paint time of `n` runs of `m`, logged with each run's breakdown. @param {string} label @param {number} n @param {() => Promise<import('./lib/meten.mjs').Meting>} maak */
  const mediaan = async (label, n, maak) => {
    const runs = [];
    for (let i = 0; i < n; i++) {
      const u = await meten(browser, await maak());
      log(`    ${label}: ${uitsplitsing(u)}`);
      runs.push(u.paint);
    }
    runs.sort((a, b) => a - b);
    return runs[Math.floor(runs.length / 2)];
  };
  /** Shows exactly the casus with `code` in the overview (the search field filters the list). @param {string} code */
  const zoekCode = async (code) => {
    await meten(browser, {
      target: '[data-testid="input-casus-search"]',
      action: 'input',
      value: code,
      done: `[data-testid="casus-row"][data-code="${code}"]`,
    });
  };

  t.test('P1. Koude start: van het starten van het proces tot het eerste scherm getekend is', async () => {
    await visible('input-unlock-pass', SLOW);
    const pid = appPid(env.app);
    const start = procesStartMs(pid);
    const pagina = /** @type {{ origin: number, fcp: number | null }} */ (
      await browser.execute(() => {
        const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
        return { origin: performance.timeOrigin, fcp: fcp ? fcp.startTime : null };
      })
    );
    assert(pagina.fcp !== null, 'de web view meldt first-contentful-paint');
    const koud = pagina.origin + /** @type {number} */ (pagina.fcp) - start;
    log(`  proces ${pid} gestart; pagina geladen na ${(pagina.origin - start).toFixed(0)} ms, eerste tekening ${pagina.fcp?.toFixed(0)} ms daarna`);
    assert(koud > 0 && koud < 60_000, `een aannemelijke starttijd (${koud} ms)`);
    meting('venster: koude start tot het eerste scherm (release, nieuwe HOME)', koud, 'ms', '< 1000 ms');
  });

  t.test(`P2. Ontgrendelen: een kluis met ${env.casussen} casussen tot de lijst getekend is`, async () => {
    const input = await visible('input-unlock-pass');
    await input.setValue(OEFEN_WACHTWOORD);
    const u = await meten(browser, {
      target: '[data-testid="input-unlock-pass"]',
      action: 'submit',
      done: '[data-testid="casus-row"]',
    });
    log(`    ${uitsplitsing(u)}`);
    const rijen = await browser.$$('[data-testid="casus-row"]').length;
    const telling = await (await visible('casussen-count')).getText();
    log(`  ${rijen} rijen getekend; de lijst zegt: ${telling}`);
    assert(telling.replace(/\D/g, '') === String(env.casussen + 6), `alle casussen geteld (${telling})`);
    meting(`venster: ontgrendelen tot de lijst van ${env.casussen} getekend is (incl. Argon2)`, u.paint, 'ms', '< 1000 ms + Argon2');
  });

  t.test('P3. Het overzicht: zoeken (Ctrl+K) en filteren op fase en status', async () => {
    const telling = async () => (await el('casussen-count')).getText();
    const alles = await telling();
    const zoeken = await mediaan('zoeken op een code', 3, async () => {
      await zoekCode('GEN-00001');
      return { target: '[data-testid="input-casus-search"]', action: 'input', value: 'GEN-09999', done: '[data-testid="casus-row"][data-code="GEN-09999"]' };
    });
    meting(`venster: zoeken in ${env.casussen} casussen (één treffer getekend)`, zoeken, 'ms', '< 100 ms');
    const breed = await mediaan('zoeken met 2000 treffers', 3, async () => {
      await zoekCode('GEN-00001');
      return { target: '[data-testid="input-casus-search"]', action: 'input', value: 'verwaarlozing', done: '[data-testid="casussen-count"]', anders: true };
    });
    log(`  "verwaarlozing": ${await telling()}`);
    meting('venster: zoeken met duizenden treffers', breed, 'ms', '< 100 ms');
    const leeg = await mediaan('zoekterm wissen (alles terug)', 3, async () => {
      await zoekCode('GEN-00001');
      return { target: '[data-testid="input-casus-search"]', action: 'input', value: '', done: '[data-testid="casussen-count"]', text: alles };
    });
    meting('venster: zoekterm wissen, hele lijst terug', leeg, 'ms', '< 100 ms');
    const opties = /** @type {string[]} */ (
      await browser.execute(() =>
        Array.from(/** @type {HTMLSelectElement} */ (document.querySelector('[data-testid="filter-fase"]')).options, (o) => o.value),
      )
    );
    assert(opties.length > 2, `de fasefilter heeft keuzes (${opties.join(', ')})`);
    const fase = await mediaan('filter op fase', 3, async () => {
      await meten(browser, { target: '[data-testid="filter-fase"]', action: 'select', value: opties[0], done: '[data-testid="casussen-count"]', text: alles });
      return { target: '[data-testid="filter-fase"]', action: 'select', value: opties[2], done: '[data-testid="casussen-count"]', anders: true };
    });
    log(`  fase "${opties[2]}": ${await telling()}`);
    meting('venster: filteren op fase', fase, 'ms', '< 100 ms');
    await meten(browser, { target: '[data-testid="filter-fase"]', action: 'select', value: opties[0], done: '[data-testid="casussen-count"]', text: alles });
  });

  t.test('P4. De casus met 500 items: openen, een kaart verplaatsen, een item vastleggen, stappen wisselen', async () => {
    await zoekCode('GEN-GROOT');
    const row = '[data-testid="casus-row"][data-code="GEN-GROOT"]';
    const lane = (/** @type {string} */ stap) => `[data-testid="stap-${stap}"]:not([hidden])`;
    /** @type {Record<string, number>} */
    const uit = {};
    uit['casus openen'] = await mediaan('casus openen', 3, async () => {
      if (await el('btn-back').isExisting()) {
        await (await el('btn-back')).click();
        await browser.$(row).waitForDisplayed({ timeout: FAST });
      }
      return { target: `${row} [data-testid="btn-open-casus"]`, done: `${lane('ordenen')} [data-testid="lane-schade"] [data-testid="card"]` };
    });
    let n = 0;
    uit['kaart verplaatsen (toets 1)'] = await mediaan('kaart verplaatsen', 3, async () => ({
      target: '[data-testid="lane-nogTeOrdenen"] [data-testid="card"]',
      action: 'key',
      key: '1',
      done: '[data-testid="lane-onveiligeSituatie"] [data-testid="card"]',
      min: 26 + n++,
    }));
    let k = 0;
    uit['item vastleggen (Enter)'] = await mediaan('item vastleggen', 3, async () => {
      k += 1;
      const tekst = `Leerkracht meldt dat het kind moe op school komt (${k})`;
      await (await el('input-capture')).setValue(tekst);
      return { target: '[data-testid="input-capture"]', action: 'submit', done: '[data-testid="lane-nogTeOrdenen"] [data-testid="card"]', text: tekst };
    });
    uit['naar taxeren'] = await mediaan('naar taxeren', 3, async () => {
      if (!(await browser.$(lane('ordenen')).isExisting())) await (await el('nav-ordenen')).click();
      await browser.$(lane('ordenen')).waitForExist({ timeout: FAST });
      return { target: '[data-testid="nav-taxeren"]', done: `${lane('taxeren')} [data-testid="tax-row"]` };
    });
    uit['terug naar ordenen'] = await mediaan('terug naar ordenen', 3, async () => {
      if (!(await browser.$(lane('taxeren')).isExisting())) await (await el('nav-taxeren')).click();
      await browser.$(lane('taxeren')).waitForExist({ timeout: FAST });
      return { target: '[data-testid="nav-ordenen"]', done: `${lane('ordenen')} [data-testid="lane-schade"] [data-testid="card"]` };
    });
    for (const [label, ms] of Object.entries(uit)) meting(`venster 500 items: ${label}`, ms, 'ms', '< 100 ms');
    await (await el('btn-back')).click();
    await visible('page-casussen');
  });

  t.test('P5. Geheugen: de processen van de app na 50 casussen na elkaar geopend', async () => {
    for (let i = 1; i <= 50; i++) {
      const code = `GEN-${String(i).padStart(5, '0')}`;
      await zoekCode(code);
      await browser.$(`[data-testid="casus-row"][data-code="${code}"] [data-testid="btn-open-casus"]`).click();
      await browser.$('[data-testid="stap-ordenen"]:not([hidden])').waitForExist({ timeout: FAST });
      await (await el('btn-back')).click();
      await visible('page-casussen');
    }
    // Let the web view settle (its collector runs on idle) before reading the figures.
    await browser.pause(2000);
    const pid = appPid(env.app);
    const boom = procesboom(pid);
    let rss = 0;
    let pss = 0;
    for (const p of boom) {
      rss += kib(p, 'status', 'VmRSS:');
      pss += kib(p, 'smaps_rollup', 'Pss:');
    }
    log(`  processen: ${boom.map((p) => `${p} ${naam(p)}`).join(', ')}`);
    log(`  RSS samen ${(rss / 1024).toFixed(0)} MB, PSS samen ${(pss / 1024).toFixed(0)} MB`);
    assert(boom.length >= 2, 'de app en zijn WebKit-processen gevonden');
    meting('venster: geheugen (RSS van app + WebKit) na 50 casussen', rss / 1024, 'MB', '≤ 200 MB');
    meting('venster: idem als PSS (gedeelde pagina’s naar rato)', pss / 1024, 'MB', '(ter informatie)');
  });
}

/** The pid of the running app binary (the newest process whose executable is `app`). @param {string} app */
function appPid(app) {
  let best = -1;
  let bestStart = -1;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (readlinkSync(`/proc/${d}/exe`) !== app) continue;
      const start = startTicks(Number(d));
      if (start > bestStart) {
        best = Number(d);
        bestStart = start;
      }
    } catch {
      // Gone, or not ours to read.
    }
  }
  assert(best > 0, `het proces van ${app} gevonden`);
  return best;
}

/** Field 22 of /proc/PID/stat: start time in clock ticks after boot. @param {number} pid */
function startTicks(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
}

/** When the process started, in ms since the epoch (10 ms resolution). @param {number} pid */
function procesStartMs(pid) {
  const btime = Number(/^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1]);
  const hz = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  return btime * 1000 + (startTicks(pid) * 1000) / hz;
}

/** The process and all its descendants. @param {number} root */
function procesboom(root) {
  /** @type {Map<number, number[]>} */
  const kinderen = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      kinderen.set(ppid, [...(kinderen.get(ppid) ?? []), Number(d)]);
    } catch {
      // Gone.
    }
  }
  const uit = [root];
  for (let i = 0; i < uit.length; i++) uit.push(...(kinderen.get(uit[i]) ?? []));
  return uit;
}

/** A kB figure from /proc/PID/FILE. @param {number} pid @param {string} file @param {string} veld */
function kib(pid, file, veld) {
  try {
    const regel = readFileSync(`/proc/${pid}/${file}`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(veld));
    return regel ? Number(regel.split(/\s+/)[1]) : 0;
  } catch {
    return 0;
  }
}

/** @param {number} pid */
function naam(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}
