// Starts the system Chromium with the built extension loaded, pointed at the fixture server: every
// fixture host resolves to 127.0.0.1:<port> (both :80 and :443, the server sniffs the protocol),
// hosts marked unresolvable, and every other host, fail DNS (ERR_NAME_NOT_RESOLVED), so a run
// never touches the network. Used by `npm start`, the browser tests and the bench.
//
// Checked with Debian Chromium 156 + playwright-core 1.65, headless: `--load-extension` still works
// in Chromium builds (only branded Google Chrome 137+ ignores it), and the new headless mode
// (Playwright's default `--headless`) runs MV3 service workers and content scripts. Playwright adds
// `--disable-extensions` by default; it is dropped here to make the intent plain, though
// `--disable-extensions-except` wins over it anyway.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Flags this machine needs (2 shared cores, no GPU, no sandbox support, no network). */
export const REQUIRED_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A system proxy (http_proxy in CI) would bypass the host mapping below.
  '--no-proxy-server',
];

/** How long the extension's service worker may take to start before the launch fails. */
const SERVICE_WORKER_TIMEOUT_MS = 15_000;
/** A desktop-sized window: zjol pages are laid out for 1000px and wider. */
const DEFAULT_VIEWPORT = { width: 1280, height: 900 };
/** The popup's largest size in Chrome (popups are capped at 800×600); ours is a narrow panel. */
const POPUP_VIEWPORT = { width: 400, height: 600 };

/**
 * @typedef {import('./fixture-server.mjs').FixtureServer} FixtureServer
 * @typedef {Pick<FixtureServer, 'port' | 'hosts' | 'unresolvableHosts' | 'siteDomains'>} HostMap
 */

/**
 * The value of --host-resolver-rules for a fixture server. Chromium applies the first MAP rule that
 * matches, so unresolvable hosts come before the site-domain wildcards they may fall under;
 * EXCLUDE rules win over every MAP.
 * @param {HostMap} server
 * @returns {string}
 */
export function hostResolverRules(server) {
  const target = `127.0.0.1:${server.port}`;
  const rules = [
    ...server.unresolvableHosts.map((h) => `MAP ${h} ~NOTFOUND`),
    ...server.hosts.map((h) => `MAP ${h} ${target}`),
    ...server.siteDomains.flatMap((d) => [`MAP ${d} ${target}`, `MAP *.${d} ${target}`]),
    'MAP * ~NOTFOUND',
    'EXCLUDE localhost',
    'EXCLUDE 127.0.0.1',
  ];
  return rules.join(',');
}

/**
 * @typedef {object} LaunchOptions
 * @property {string} [extensionPath]  the unpacked extension (default: <project>/dist/chrome)
 * @property {HostMap & { spki?: string | null }} [server]  the fixture server; without it the browser uses the real network
 * @property {boolean} [headless]      default true
 * @property {string} [userDataDir]    a profile dir to use and keep; default: a fresh temp dir, removed by close()
 * @property {string[]} [args]         more Chromium flags (after ours, so they can override)
 * @property {{ width: number, height: number }} [viewport]
 * @property {string} [downloadsDir]   save downloads (chrome.downloads included) here, under the names the extension gives them
 * @property {string} [locale]         the browser's UI language, e.g. `zh-CN` (needs Debian's chromium-l10n); default: the system's
 *
 * @typedef {object} LaunchedBrowser
 * @property {import('playwright-core').BrowserContext} context
 * @property {string} extensionId
 * @property {import('playwright-core').Worker} serviceWorker
 * @property {string} userDataDir
 * @property {string | null} downloadsDir  where downloads land (null: not set up, Playwright's default handling)
 * @property {() => Promise<void>} close  closes the browser (all its processes) and removes a temp profile
 */

/**
 * Launches Chromium with the extension loaded.
 * @param {LaunchOptions} [options]
 * @returns {Promise<LaunchedBrowser>}
 */
export async function launchWithExtension({
  extensionPath = path.join(PROJECT_ROOT, 'dist/chrome'),
  server,
  headless = true,
  userDataDir,
  args = [],
  viewport = DEFAULT_VIEWPORT,
  downloadsDir,
  locale,
} = {}) {
  const extension = path.resolve(extensionPath);
  if (!existsSync(path.join(extension, 'manifest.json'))) {
    throw new Error(`No built extension at ${extension} (run \`npx vite build\` first).`);
  }
  const tempProfile = userDataDir ? null : mkdtempSync(path.join(os.tmpdir(), 'zjol-chromium-'));
  const profile = userDataDir ?? /** @type {string} */ (tempProfile);
  const flags = [
    ...REQUIRED_ARGS,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
  ];
  if (server) {
    flags.push(`--host-resolver-rules=${hostResolverRules(server)}`);
    // Trust exactly our leaf certificate; ignoreHTTPSErrors below covers the rest of the browser.
    if (server.spki) flags.push(`--ignore-certificate-errors-spki-list=${server.spki}`);
  }

  /** @type {import('playwright-core').BrowserContext | undefined} */
  let context;
  const removeProfile = () => {
    process.off('exit', removeProfileAtExit);
    if (tempProfile) rmSync(tempProfile, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  };
  // Also when the process ends without close(); Playwright kills the browser on exit too.
  const removeProfileAtExit = () => {
    if (tempProfile) rmSync(tempProfile, { recursive: true, force: true });
  };
  if (tempProfile) process.once('exit', removeProfileAtExit);
  const downloads = downloadsDir ? path.resolve(downloadsDir) : null;
  try {
    if (downloads) writeDownloadPreferences(profile, downloads);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChrome(),
      headless,
      ignoreHTTPSErrors: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      viewport,
      args: [...flags, ...(locale ? [`--lang=${locale}`] : []), ...args],
      // Chromium on Linux takes its UI language from LANGUAGE, not --lang (checked with Debian
      // Chromium 156); Playwright's `locale` sets navigator.language and Accept-Language to match.
      ...(locale ? { locale, env: { ...process.env, LANGUAGE: locale.replace('-', '_'), LANG: `${locale.replace('-', '_')}.UTF-8` } } : {}),
    });
    if (downloads) await useBrowserDownloads(context);
    const serviceWorker = await extensionServiceWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    if (locale) await expectUiLanguage(serviceWorker, locale);
    const ctx = context;
    let closed = false;
    return {
      context: ctx,
      extensionId,
      serviceWorker,
      userDataDir: profile,
      downloadsDir: downloads,
      async close() {
        if (closed) return;
        closed = true;
        await ctx.close().catch(() => {});
        removeProfile();
      },
    };
  } catch (err) {
    await context?.close().catch(() => {});
    removeProfile();
    throw err;
  }
}

/**
 * Downloads that keep the extension's file names, in a known folder.
 *
 * Playwright sets CDP download behaviour `allowAndName` on every context: files are saved under
 * GUIDs, and even with `allow` + `downloadPath` Chromium's DevTools download delegate names the
 * file from the URL (a popup's blob: URL ends in a UUID), ignoring the `filename` given to
 * chrome.downloads.download. So the profile's own preferences name the folder (written before
 * launch) and CDP hands downloads back to the browser (`default`), which honours chrome.downloads
 * names. Playwright's `download` events do not fire then; wait on the folder or on
 * chrome.downloads.search instead. Checked with Debian Chromium 156 + playwright-core 1.65.
 * @param {string} profile
 * @param {string} downloadsDir
 */
function writeDownloadPreferences(profile, downloadsDir) {
  mkdirSync(downloadsDir, { recursive: true });
  const file = path.join(profile, 'Default', 'Preferences');
  mkdirSync(path.dirname(file), { recursive: true });
  /** @type {Record<string, any>} */
  let prefs = {};
  try {
    prefs = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // No preferences yet (a fresh profile).
  }
  prefs.download = { ...prefs.download, default_directory: downloadsDir, prompt_for_download: false, directory_upgrade: true };
  prefs.savefile = { ...prefs.savefile, default_directory: downloadsDir };
  writeFileSync(file, JSON.stringify(prefs));
}

/** @param {import('playwright-core').BrowserContext} context */
async function useBrowserDownloads(context) {
  const browser = context.browser();
  if (!browser) throw new Error('No browser behind the persistent context: cannot hand downloads back to Chromium.');
  const session = await browser.newBrowserCDPSession();
  try {
    await session.send('Browser.setDownloadBehavior', { behavior: 'default' });
  } finally {
    await session.detach().catch(() => {});
  }
}

/**
 * Fails unless the browser's UI really is in `locale`: without the language pack (Debian's
 * chromium-l10n) Chromium falls back to English and a "Chinese UI" run would test English.
 * @param {import('playwright-core').Worker} serviceWorker
 * @param {string} locale
 */
async function expectUiLanguage(serviceWorker, locale) {
  const ui = await serviceWorker.evaluate(() => /** @type {any} */ (globalThis).chrome.i18n.getUILanguage());
  if (String(ui).toLowerCase() !== locale.toLowerCase()) {
    throw new Error(`Chromium's UI language is ${ui}, not ${locale}: install its language pack (Debian: sudo apt-get install chromium-l10n).`);
  }
}

/**
 * The extension's service worker, waiting for it if it has not started yet.
 * @param {import('playwright-core').BrowserContext} context
 */
async function extensionServiceWorker(context) {
  const isOurs = (/** @type {import('playwright-core').Worker} */ w) => w.url().startsWith('chrome-extension://');
  // Listen before looking, so a worker that starts in between is not missed.
  const started = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: SERVICE_WORKER_TIMEOUT_MS });
  const running = context.serviceWorkers().find(isOurs);
  if (running) {
    started.catch(() => {});
    return running;
  }
  try {
    return await started;
  } catch {
    throw new Error(
      `The extension's service worker did not start within ${SERVICE_WORKER_TIMEOUT_MS} ms: the manifest or the background script failed to load (check dist/chrome).`,
    );
  }
}

/**
 * Opens the popup as a page, for the given tab (the popup reads `?tab=`, since a popup opened as a
 * page is itself the active tab).
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {number} tabId
 * @param {{ width: number, height: number }} [viewport]
 */
export async function openPopup(context, extensionId, tabId, viewport = POPUP_VIEWPORT) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
  return page;
}

/**
 * The id of the tab showing a URL (or a page's current URL), asked of the extension itself. Tab URLs
 * are visible to it only on hosts it has permission for (zjol), which is where tests need them.
 * @param {import('playwright-core').Worker} serviceWorker
 * @param {string | { url(): string }} target
 * @returns {Promise<number>}
 */
export async function tabIdOf(serviceWorker, target) {
  const url = typeof target === 'string' ? target : target.url();
  return serviceWorker.evaluate(async (wanted) => {
    const noHash = (/** @type {string} */ u) => u.split('#')[0];
    /** @type {{ tabs: { query(q: object): Promise<{ id?: number, url?: string, pendingUrl?: string }[]> } }} */
    const chromeApi = /** @type {any} */ (globalThis).chrome;
    const tabs = await chromeApi.tabs.query({});
    const tab =
      tabs.find((t) => t.url === wanted || t.pendingUrl === wanted) ??
      tabs.find((t) => t.url !== undefined && noHash(t.url) === noHash(wanted));
    if (tab?.id === undefined) {
      throw new Error(`No tab shows ${wanted}; tabs: ${tabs.map((t) => t.url ?? '(url hidden)').join(', ')}`);
    }
    return tab.id;
  }, url);
}

/**
 * Where a test keeps an artifact (screenshot, dump): <project>/test-results/<name>, folders created.
 * @param {string} name
 */
export function artifactPath(name) {
  const file = path.join(PROJECT_ROOT, 'test-results', name);
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
