// Starts Firefox (Debian's firefox-esr) with the built extension (dist/firefox) installed, pointed at
// the fixture server: Firefox cannot map host names like Chromium's --host-resolver-rules, so the
// server is its HTTP/HTTPS proxy (it answers proxy requests and CONNECT on its one port, see
// fixture-server.mjs). Every host goes through it, so a run never touches the network: hosts the
// server does not serve fail (plain HTTP: the connection drops → about:neterror?e=netReset;
// https: CONNECT answered 404 → e=dnsNotFound).
//
// Checked with firefox-esr 153 + puppeteer-core 24.43 over WebDriver BiDi, headless:
//   - Playwright 1.65 cannot drive Firefox ESR 153 (it needs its own patched Juggler build);
//     puppeteer speaks BiDi, which stock Firefox implements.
//   - browser.installExtension(dir) installs the unpacked build as a temporary add-on (no signing).
//   - The moz-extension:// host is a random UUID per profile unless the profile pins it
//     (extensions.webextensions.uuids), and BiDi may only open or script extension pages when
//     Firefox runs with --remote-allow-system-access.
//   - The TLS leaf is signed by the server's throwaway CA; without certutil the CA cannot be put in
//     the profile's NSS store, so the BiDi session accepts insecure certificates instead (this
//     covers every request of the browser, the extension's included).
//   - Background services (captive portal, telemetry, updates, safe browsing, remote settings…)
//     would send requests through the proxy; they are turned off by preferences, and remote
//     settings by MOZ_REMOTE_SETTINGS_DEVTOOLS=1.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where Firefox is looked for when FIREFOX_PATH is not set, in order. */
export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
/** A desktop-sized window: zjol pages are laid out for 1000px and wider. */
const DEFAULT_VIEWPORT = { width: 1280, height: 900 };
/** Firefox's popups are at most 800×600; ours is a narrow panel. */
const POPUP_VIEWPORT = { width: 400, height: 600 };
/** How long Firefox may take to start (2 shared cores, a cold profile). */
const LAUNCH_TIMEOUT_MS = 60_000;
/** How long one BiDi command may take before the call fails instead of hanging a test. */
const PROTOCOL_TIMEOUT_MS = 60_000;
/** How long the extension may take to answer from its own page after installation. */
const EXTENSION_READY_TIMEOUT_MS = 15_000;

/**
 * The Firefox to run: $FIREFOX_PATH (which must exist when set), else the first of
 * FIREFOX_CANDIDATES that exists, else null.
 * @returns {string | null}
 */
export function findFirefox() {
  const configured = process.env.FIREFOX_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`FIREFOX_PATH is set to ${configured}, which does not exist.`);
    return configured;
  }
  return FIREFOX_CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/** The gecko id of the built extension (browser_specific_settings.gecko.id of its manifest). */
function geckoIdOf(/** @type {string} */ extensionDir) {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') {
    throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id: is this the Firefox build (dist/firefox)?`);
  }
  return id;
}

/**
 * @typedef {import('./fixture-server.mjs').FixtureServer} FixtureServer
 * @typedef {Pick<FixtureServer, 'port' | 'address'>} ProxyTarget
 */

/**
 * Preferences for a hermetic, quiet Firefox: everything through the fixture server, no background
 * traffic, downloads saved without asking, the extension's UUID pinned.
 * @param {{ server?: ProxyTarget, downloadDir: string, geckoId: string, extensionUuid: string }} options
 * @returns {Record<string, string | number | boolean>}
 */
export function firefoxPreferences({ server, downloadDir, geckoId, extensionUuid }) {
  /** @type {Record<string, string | number | boolean>} */
  const prefs = {
    // The extension's moz-extension://<uuid>/ host, known in advance (popup URL).
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
    // MV3 host permissions are granted at install (Firefox 127+ default, made explicit).
    'extensions.originControls.grantByDefault': true,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.abuseReport.enabled': false,
    'extensions.recommendations.hideNotice': true,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'browser.discovery.enabled': false,

    // zjol pages are http:// and must stay so (HTTPS-First would try https:// first).
    'dom.security.https_first': false,
    'dom.security.https_first_schemeless': false,
    'dom.security.https_first_pbm': false,
    'dom.security.https_only_mode': false,

    // Background services that would send requests (through the proxy) or change the page.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.trr.mode': 5,
    'doh-rollout.disable-heuristics': true,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'browser.places.speculativeConnect.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'services.settings.poll_interval': 86_400,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'browser.ping-centre.telemetry': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'messaging-system.rsexperimentloader.enabled': false,
    'app.update.auto': false,
    'app.update.checkInstallTime': false,
    'app.update.disabledForTesting': true,
    'browser.search.update': false,
    'media.gmp-manager.updateEnabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.snippets': false,
    'browser.newtabpage.activity-stream.showSponsored': false,
    'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
    'browser.topsites.contile.enabled': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'browser.urlbar.suggest.searches': false,
    'identity.fxaccounts.enabled': false,
    'browser.translations.enable': false,
    'browser.ml.enable': false,
    'geo.provider.network.url': '',
    'privacy.trackingprotection.enabled': false,
    'browser.contentblocking.category': 'custom',

    // Downloads: straight into downloadDir, no dialog, no panel.
    'browser.download.dir': downloadDir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
    'browser.download.manager.addToRecentDocs': false,
    'browser.helperApps.neverAsk.saveToDisk': 'text/markdown,text/plain,text/html,application/json,application/octet-stream',
  };
  if (server) {
    Object.assign(prefs, {
      // Every request goes to the fixture server, localhost included, nothing bypasses it.
      'network.proxy.type': 1,
      'network.proxy.http': server.address,
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': server.address,
      'network.proxy.ssl_port': server.port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.socks': '',
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.failover_direct': false,
    });
  } else {
    prefs['network.proxy.type'] = 0;
  }
  return prefs;
}

/**
 * @typedef {object} FirefoxLaunchOptions
 * @property {ProxyTarget} [server]   the fixture server; without it Firefox uses the real network
 * @property {string} [extensionPath] the unpacked Firefox build (default: <project>/dist/firefox; relative: from the project root)
 * @property {boolean} [headless]     default true
 * @property {Record<string, string | number | boolean>} [prefs] more preferences (after ours, so they win)
 * @property {{ width: number, height: number }} [viewport]
 * @property {string} [locale]        the UI language, e.g. `zh-CN` (needs its language pack, Debian: firefox-esr-l10n-zh-cn)
 * @property {{ dir: string, extensionUuid: string }} [keepProfile] use this profile folder and extension UUID and keep them (close() leaves them): launch again with the same to reopen the profile
 *
 * @typedef {object} LaunchedFirefox
 * @property {import('puppeteer-core').Browser} browser
 * @property {string} extensionId     the gecko id
 * @property {string} extensionUuid   the host of moz-extension:// URLs
 * @property {string} profileDir
 * @property {string} downloadDir     where downloads land (inside the temp dir, removed by close())
 * @property {(path: string) => string} extensionUrl  moz-extension://<uuid>/<path>
 * @property {(tabId: number, viewport?: { width: number, height: number }) => Promise<import('puppeteer-core').Page>} openPopup
 * @property {(target: string | import('puppeteer-core').Page) => Promise<number>} tabIdOf
 * @property {<T, A>(fn: (arg: A) => T | Promise<T>, arg: A) => Promise<Awaited<T>>} evaluateInExtension  runs in an extension page (the `browser` API is there)
 * @property {() => Promise<void>} close  closes Firefox (all its processes) and removes the profile and downloads
 */

/**
 * Launches Firefox with the extension installed.
 * @param {FirefoxLaunchOptions} [options]
 * @returns {Promise<LaunchedFirefox>}
 */
export async function launchFirefoxWithExtension({
  server,
  extensionPath = path.join(PROJECT_ROOT, 'dist/firefox'),
  headless = true,
  prefs = {},
  viewport = DEFAULT_VIEWPORT,
  locale,
  keepProfile,
} = {}) {
  const executablePath = findFirefox();
  if (!executablePath) {
    throw new Error(`Firefox not found: set FIREFOX_PATH or install firefox-esr (looked at ${FIREFOX_CANDIDATES.join(', ')}).`);
  }
  const extension = path.resolve(PROJECT_ROOT, extensionPath);
  if (!existsSync(path.join(extension, 'manifest.json'))) {
    throw new Error(`No built extension at ${extension} (run \`npm run build\` first).`);
  }
  const extensionId = geckoIdOf(extension);
  const extensionUuid = keepProfile?.extensionUuid ?? randomUUID();
  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'zjol-firefox-'));
  const profileDir = keepProfile?.dir ?? path.join(tempDir, 'profile');
  const downloadDir = path.join(tempDir, 'downloads');
  mkdirSync(profileDir, { recursive: true });
  mkdirSync(downloadDir);
  // A kept profile is launched again later: the temporary add-on is removed when Firefox closes,
  // and these keep its storage (IndexedDB included) and its UUID (the storage's origin) for the
  // next installation, as a user's installed add-on keeps them across restarts.
  const keepPrefs = keepProfile
    ? { 'extensions.webextensions.keepStorageOnUninstall': true, 'extensions.webextensions.keepUuidOnUninstall': true }
    : {};

  // Killing the process group (puppeteer starts Firefox detached) ends every Firefox process.
  const killer = new AbortController();
  const removeTempDir = () => rmSync(tempDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  const atExit = () => {
    killer.abort();
    removeTempDir();
  };
  process.once('exit', atExit);

  /** @type {import('puppeteer-core').Browser | undefined} */
  let browser;
  const shutdown = async () => {
    process.off('exit', atExit);
    if (browser) await browser.close().catch(() => {});
    killer.abort();
    removeTempDir();
  };

  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      userDataDir: profileDir,
      acceptInsecureCerts: true,
      defaultViewport: viewport,
      timeout: LAUNCH_TIMEOUT_MS,
      protocolTimeout: PROTOCOL_TIMEOUT_MS,
      signal: killer.signal,
      args: ['--remote-allow-system-access'],
      env: {
        ...process.env,
        MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
        MOZ_CRASHREPORTER_DISABLE: '1',
        MOZ_CRASHREPORTER: '0',
        // A system proxy in the environment must not matter: the profile sets its own.
        http_proxy: '',
        https_proxy: '',
        HTTP_PROXY: '',
        HTTPS_PROXY: '',
      },
      extraPrefsFirefox: {
        ...firefoxPreferences({ server, downloadDir, geckoId: extensionId, extensionUuid }),
        // The language pack Debian installs as an application add-on is picked by the requested locale.
        ...(locale ? { 'intl.locale.requested': locale, 'intl.accept_languages': `${locale},${locale.split('-')[0]}` } : {}),
        ...keepPrefs,
        ...prefs,
      },
    });
    const installed = await browser.installExtension(extension);
    if (installed !== extensionId) throw new Error(`Installed extension id ${installed}, expected ${extensionId}.`);

    const b = browser;
    const extensionUrl = (/** @type {string} */ p) => `moz-extension://${extensionUuid}/${p.replace(/^\//, '')}`;

    // One extension page kept open (the options page: it only reads settings until a user
    // changes a field) in which tests run extension API calls such as tabs.query.
    const apiPage = await b.newPage();
    await gotoExtensionPage(apiPage, extensionUrl('src/options/index.html'));
    await waitForExtensionApi(apiPage);
    if (locale) {
      const ui = await apiPage.evaluate(() => /** @type {any} */ (globalThis).browser.i18n.getUILanguage());
      if (String(ui).toLowerCase() !== locale.toLowerCase()) {
        throw new Error(`Firefox's UI language is ${ui}, not ${locale}: install its language pack (Debian: sudo apt-get install firefox-esr-l10n-${locale.toLowerCase()}).`);
      }
    }

    /** @type {LaunchedFirefox['evaluateInExtension']} */
    const evaluateInExtension = (fn, arg) => /** @type {any} */ (apiPage.evaluate(/** @type {any} */ (fn), arg));

    let closed = false;
    return {
      browser: b,
      extensionId,
      extensionUuid,
      profileDir,
      downloadDir,
      extensionUrl,
      async openPopup(tabId, popupViewport = POPUP_VIEWPORT) {
        const page = await b.newPage();
        await page.setViewport(popupViewport);
        await gotoExtensionPage(page, extensionUrl(`src/popup/index.html?tab=${tabId}`));
        return page;
      },
      async tabIdOf(target) {
        const url = typeof target === 'string' ? target : target.url();
        return evaluateInExtension(async (wanted) => {
          const noHash = (/** @type {string} */ u) => u.split('#')[0];
          /** @type {{ tabs: { query(q: object): Promise<{ id?: number, url?: string }[]> } }} */
          const api = /** @type {any} */ (globalThis).browser;
          const tabs = await api.tabs.query({});
          const tab = tabs.find((t) => t.url === wanted) ?? tabs.find((t) => t.url !== undefined && noHash(t.url) === noHash(wanted));
          if (tab?.id === undefined) {
            throw new Error(`No tab shows ${wanted}; tabs: ${tabs.map((t) => t.url ?? '(url hidden)').join(', ')}`);
          }
          return tab.id;
        }, url);
      },
      evaluateInExtension,
      async close() {
        if (closed) return;
        closed = true;
        await shutdown();
      },
    };
  } catch (err) {
    await shutdown();
    throw err;
  }
}

/**
 * Opens a moz-extension:// page in a tab. Firefox 153's BiDi sends no load events for extension
 * documents (navigationCommitted, then nothing), so page.goto() waits for a `load` that never
 * comes and times out although the page has loaded. The BiDi command itself, asked to wait for
 * readiness "complete", returns once the document has loaded. Puppeteer keeps the browsing context
 * of a frame in an internal field; page.url() stays stale for such pages (use location.href).
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
export async function gotoExtensionPage(page, url) {
  /** @type {{ navigate?: (url: string, wait: string) => Promise<unknown> } | undefined} */
  const context = /** @type {any} */ (page.mainFrame()).browsingContext;
  if (typeof context?.navigate !== 'function') {
    throw new Error('puppeteer-core changed: Frame.browsingContext.navigate is gone; see gotoExtensionPage in scripts/launch-firefox.mjs.');
  }
  await context.navigate(url, 'complete');
  const href = await page.evaluate(() => location.href);
  if (href !== url) throw new Error(`Opening ${url} ended at ${href}.`);
}

/**
 * Waits until an extension page sees the WebExtension API (the add-on finished starting).
 * @param {import('puppeteer-core').Page} page
 */
async function waitForExtensionApi(page) {
  try {
    await page.waitForFunction(() => typeof (/** @type {any} */ (globalThis).browser?.tabs?.query) === 'function', {
      timeout: EXTENSION_READY_TIMEOUT_MS,
    });
  } catch {
    throw new Error(
      `The extension's pages did not get the WebExtension API within ${EXTENSION_READY_TIMEOUT_MS} ms (${page.url()}): the add-on failed to start, or the UUID pin did not apply.`,
    );
  }
}
