#!/usr/bin/env node
// @ts-check
// Entry point of `npm test`: starts tauri-driver, opens a WebDriver session on the real app,
// runs the suite, closes the app, kills the driver, then scans the test HOME for canaries.
//
// Environment (set by `cargo xtask e2e`; defaults for a manual run in brackets):
//   TOP3_E2E_APP          the app binary                [<repo>/target/debug/top3-werkplaats]
//   TOP3_E2E_HOME         a fresh HOME for the app      [a new temp dir]
//   TOP3_E2E_SCREENSHOTS  where PNGs go                 [<repo>/target/e2e-screenshots]
//   TAURI_DRIVER          the tauri-driver binary       [~/.cargo/bin/tauri-driver, else PATH]
//   TOP3_E2E_PORT         tauri-driver's port; +1 for WebKitWebDriver           [4444]
//   TOP3_E2E_ONLY         only these step numbers, e.g. "1,2,16"               [all]
//   TOP3_E2E_SUITE        "smoke": only the installed-app smoke test (smoke.mjs); "prestatie": the
//                         window measurements of `cargo xtask bench` (prestatie.mjs)  [the full suite]
//   TOP3_E2E_METINGEN     (prestatie) the file the `#meting` lines are appended to
//   TOP3_E2E_CASUSSEN     (prestatie) how many generated casussen the vault holds      [10000]
//   TOP3_E2E_VERSION      the version the smoke test expects on the start screen
// Without a display it re-runs itself under `xvfb-run -a`.

import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { access, constants, mkdir, mkdtemp, readdir, readFile, readlink, realpath, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';
import { Harness, assert, log } from './lib/harness.mjs';
import { scanForCanaries } from './lib/scan.mjs';
import { DEELNEMER_NAMEN, SESSIE_CANARIES } from './sessie.mjs';
import { registerPrestatie } from './prestatie.mjs';
import { registerSmoke } from './smoke.mjs';
import { CASUS_CANARIES, PASS_CHANGED, PASS_FIRST, PASS_RECOVERED, PASS_WRONG, PROFILE_CANARY, registerSuite } from './suite.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
// TOP3_E2E_PORT moves both ports (two runs side by side on one machine).
const DRIVER_PORT = Number(process.env.TOP3_E2E_PORT ?? 4444);
const NATIVE_PORT = DRIVER_PORT + 1;

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  log('Geen display: opnieuw starten onder xvfb-run -a');
  const child = spawn('xvfb-run', ['-a', '-s', '-screen 0 1280x800x24', process.execPath, fileURLToPath(import.meta.url)], {
    stdio: 'inherit',
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on('error', (e) => {
    log(`xvfb-run kon niet starten: ${e.message}`);
    process.exit(2);
  });
} else {
  // Exit explicitly: nothing left behind (a stray WebKit process, an open handle) may keep the run
  // hanging after the verdict.
  process.exit(await main());
}

async function main() {
  const app = resolve(process.env.TOP3_E2E_APP ?? join(REPO, 'target/debug/top3-werkplaats'));
  const home = resolve(process.env.TOP3_E2E_HOME ?? (await mkdtemp(join(tmpdir(), 'top3-e2e-home-'))));
  const screenshots = resolve(process.env.TOP3_E2E_SCREENSHOTS ?? join(REPO, 'target/e2e-screenshots'));
  const driverBin =
    process.env.TAURI_DRIVER ??
    (existsSync(join(homedir(), '.cargo/bin/tauri-driver')) ? join(homedir(), '.cargo/bin/tauri-driver') : 'tauri-driver');

  try {
    await access(app, constants.X_OK);
  } catch {
    log(`De app ontbreekt of is niet uitvoerbaar: ${app} (zet TOP3_E2E_APP of bouw eerst).`);
    return 2;
  }
  await mkdir(home, { recursive: true });
  await mkdir(screenshots, { recursive: true });
  if (await portOpen(DRIVER_PORT)) {
    log(`Poort ${DRIVER_PORT} is al in gebruik: draait er nog een tauri-driver? Stop die eerst.`);
    return 2;
  }

  log(`app:          ${app}`);
  log(`HOME:         ${home}`);
  log(`screenshots:  ${screenshots}`);
  log(`tauri-driver: ${driverBin}`);

  const inside = (/** @type {string | undefined} */ p) => p !== undefined && !relative(home, resolve(p)).startsWith('..');
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, HOME: home, NO_AT_BRIDGE: '1' };
  for (const [name, sub] of [
    ['XDG_DATA_HOME', '.local/share'],
    ['XDG_CACHE_HOME', '.cache'],
    ['XDG_CONFIG_HOME', '.config'],
    ['XDG_STATE_HOME', '.local/state'],
  ]) {
    if (!inside(env[name])) env[name] = join(home, sub);
  }
  if (env.TOP3_VAULT) log(`TOP3_VAULT:   ${env.TOP3_VAULT}`);
  // Exported PDFs are plaintext by design: they go to their own directory outside the scanned HOME
  // (in place of the save dialog, which WebDriver cannot click) and are removed afterwards.
  const exportMap = await mkdtemp(join(tmpdir(), 'top3-e2e-export-'));
  env.TOP3_EXPORT_MAP = exportMap;

  // The driver (and the app it starts) write to a file, not a pipe: a pipe held open by a
  // lingering child would keep this process alive.
  const driverLogPath = join(screenshots, 'tauri-driver.log');
  const driverLog = openSync(driverLogPath, 'w');
  const args = ['--port', String(DRIVER_PORT), '--native-port', String(NATIVE_PORT)];
  if (existsSync('/usr/bin/WebKitWebDriver')) args.push('--native-driver', '/usr/bin/WebKitWebDriver');
  const driver = spawn(driverBin, args, { env, stdio: ['ignore', driverLog, driverLog] });
  let driverExited = false;
  driver.on('exit', () => (driverExited = true));
  driver.on('error', (e) => {
    driverExited = true;
    log(`tauri-driver kon niet starten: ${e.message}`);
  });
  const stopDriver = () => stop(driver);
  process.on('SIGINT', () => void stopDriver().then(() => process.exit(130)));
  process.on('SIGTERM', () => void stopDriver().then(() => process.exit(143)));

  const harness = new Harness();
  /** @type {import('./suite.mjs').SuiteState} */
  const state = { recoveryCode: null, usedRecoveryCode: null, sessie: null };
  /** @type {WebdriverIO.Browser | undefined} */
  let browser;
  let ok = false;
  try {
    // tauri-driver listens at once but forwards to WebKitWebDriver, which it starts at the same
    // moment; a session request that arrives before the native driver listens has its connection
    // dropped (UND_ERR_SOCKET). Wait for both ports, and retry a dropped request.
    await waitForPort(DRIVER_PORT, 20_000, () => driverExited, 'tauri-driver');
    await waitForPort(NATIVE_PORT, 20_000, () => driverExited, 'WebKitWebDriver');
    browser = await newSession(app, () => driverExited);
    log(`WebDriver session: ${browser.sessionId}`);
    const session = browser;

    const suite = process.env.TOP3_E2E_SUITE ?? '';
    if (suite === 'smoke') registerSmoke(harness, session, { screenshots, exportMap });
    else if (suite === 'prestatie') {
      const metingen = process.env.TOP3_E2E_METINGEN;
      if (!metingen) throw new Error('TOP3_E2E_METINGEN ontbreekt (het bestand voor de metingen)');
      registerPrestatie(harness, session, { app: await realpath(app), metingen, casussen: Number(process.env.TOP3_E2E_CASUSSEN ?? 10000) });
    } else registerSuite(harness, session, { home, screenshots }, state);
    if (suite === '') harness.test('18. Na afsluiten: geen canary-tekst onversleuteld op schijf', async () => {
      await session.deleteSession();
      browser = undefined;
      await closeApp(app, driver.pid);
      await stopDriver();
      const needles = [
        { label: 'wachtwoord 1', value: PASS_FIRST },
        { label: 'fout wachtwoord', value: PASS_WRONG },
        { label: 'wachtwoord 2', value: PASS_CHANGED },
        { label: 'wachtwoord 3', value: PASS_RECOVERED },
        { label: 'profielnaam', value: PROFILE_CANARY },
        ...Object.entries(CASUS_CANARIES).map(([field, value]) => ({ label: `casus: ${field}`, value })),
        ...Object.entries(SESSIE_CANARIES).map(([field, value]) => ({ label: `sessie: ${field}`, value })),
        ...DEELNEMER_NAMEN.map((value) => ({ label: 'sessie: deelnemer', value })),
      ];
      if (state.usedRecoveryCode) needles.push({ label: 'gebruikte herstelcode', value: state.usedRecoveryCode });
      if (state.recoveryCode) {
        needles.push({ label: 'herstelcode', value: state.recoveryCode });
        const bare = state.recoveryCode.replace(/[- ]/g, '');
        if (bare !== state.recoveryCode) needles.push({ label: 'herstelcode zonder streepjes', value: bare });
      }
      const result = await scanForCanaries(home, needles);
      const webviewDirs = result.dirs
        .map((d) => relative(home, d))
        .filter((d) => /^(\.local\/share|\.cache|\.config)\/[^/]+$/.test(d));
      log(`  gescand: ${result.files} bestanden, ${result.bytes} bytes onder ${home}`);
      log(`  waaronder: ${webviewDirs.join(', ') || '(geen app- of WebView-mappen gevonden)'}`);
      for (const hit of result.hits) log(`  TREFFER: ${hit.needle} (${hit.encoding}) in ${hit.file} @ ${hit.offset}`);
      log(`  canary-treffers: ${result.hits.length} (${needles.length} canaries, UTF-8 en UTF-16LE)`);
      assert(result.files > 0, 'er zijn bestanden gescand (de app schreef iets in HOME)');
      assert(result.hits.length === 0, 'geen enkele canary op schijf');
    });

    ok = await harness.run();
    if (!ok && browser) {
      try {
        await browser.saveScreenshot(join(screenshots, 'fout.png'));
        log('  screenshot van de fout: fout.png');
      } catch {
        // The session may be gone already.
      }
    }
  } catch (error) {
    log(`Opzetten mislukt: ${error instanceof Error ? error.message : String(error)}`);
    const tail = (await readFile(driverLogPath, 'utf8').catch(() => '')).trimEnd().split('\n').slice(-40);
    if (tail.length > 0 && tail[0] !== '') {
      log('laatste regels van tauri-driver.log:');
      for (const line of tail) log(`  | ${line}`);
    }
    ok = false;
  } finally {
    if (browser) await browser.deleteSession().catch(() => {});
    await closeApp(app, driver.pid);
    await stopDriver();
    closeSync(driverLog);
    await rm(exportMap, { recursive: true, force: true });
  }

  log('');
  log(`e2e: ${harness.summary()} — ${ok ? 'GESLAAGD' : 'MISLUKT'}`);
  if (!ok) log(`(log van tauri-driver: ${driverLogPath})`);
  return ok ? 0 : 1;
}

/** @param {number} port */
function portOpen(port) {
  return new Promise((resolvePromise) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('error', () => resolvePromise(false));
  });
}

/**
 * @param {number} port
 * @param {number} timeout
 * @param {() => boolean} gone
 * @param {string} name
 */
async function waitForPort(port, timeout, gone, name) {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (gone()) throw new Error('tauri-driver stopte direct (zie tauri-driver.log)');
    if (await portOpen(port)) return;
    await sleep(200);
  }
  throw new Error(`${name} luistert na ${timeout} ms nog niet op poort ${port}`);
}

/**
 * Opens the WebDriver session; a request whose connection is dropped before any answer (the
 * native driver not ready yet) is tried again, up to three times, while tauri-driver still runs.
 * @param {string} app
 * @param {() => boolean} gone
 */
async function newSession(app, gone) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await remote({
        hostname: '127.0.0.1',
        port: DRIVER_PORT,
        logLevel: 'error',
        connectionRetryTimeout: 120_000,
        connectionRetryCount: 0,
        capabilities: /** @type {any} */ ({
          'tauri:options': { application: app },
          'wdio:enforceWebDriverClassic': true,
        }),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (attempt >= 3 || gone() || !/UND_ERR_SOCKET|ECONNRESET|ECONNREFUSED|socket hang up/.test(message)) throw error;
      log(`  sessie openen, poging ${attempt} mislukt (${message.split('\n')[0]}); opnieuw over 2 s`);
      await sleep(2_000);
    }
  }
}

/** @param {import('node:child_process').ChildProcess} child */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timeout = sleep(5_000).then(() => 'timeout');
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}

/**
 * After the session is gone the app should quit by itself. Wait for that; if it does not, end
 * the app processes this run started (descendants of our tauri-driver, found by their binary).
 * @param {string} app
 * @param {number | undefined} driverPid
 */
async function closeApp(app, driverPid) {
  if (driverPid === undefined) return;
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    if ((await ourAppPids(app, driverPid)).length === 0) return;
    await sleep(250);
  }
  for (const signal of /** @type {const} */ (['SIGTERM', 'SIGKILL'])) {
    const pids = await ourAppPids(app, driverPid);
    if (pids.length === 0) return;
    log(`  let op: de app (pid ${pids.join(', ')}) draait nog na het sluiten van de sessie; ${signal}`);
    for (const pid of pids) {
      try {
        process.kill(pid, signal);
      } catch {
        // Already gone.
      }
    }
    await sleep(3_000);
  }
}

/**
 * Pids running the app binary that descend from our tauri-driver (reads /proc).
 * @param {string} app
 * @param {number} ancestor
 */
async function ourAppPids(app, ancestor) {
  /** @type {Map<number, number>} */
  const parent = new Map();
  /** @type {number[]} */
  const candidates = [];
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    try {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // Field 4 (ppid) follows the parenthesised command name, which may contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(pid, ppid);
      const exe = await readlink(`/proc/${pid}/exe`).catch(() => '');
      if (exe === app || exe === `${app} (deleted)`) candidates.push(pid);
    } catch {
      // Gone, or not ours to read.
    }
  }
  return candidates.filter((pid) => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === ancestor) return true;
    return false;
  });
}

/** @param {number} ms */
function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

