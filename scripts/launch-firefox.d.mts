// Types of launch-firefox.mjs for the TypeScript tests (the .mjs carries the same JSDoc; keep them in step).
import type { Browser, Page } from 'puppeteer-core';
import type { FixtureServer } from './fixture-server.mjs';

export type ProxyTarget = Pick<FixtureServer, 'port' | 'address'>;

export const FIREFOX_CANDIDATES: string[];

/** $FIREFOX_PATH (throws when set to a missing file), else the first of FIREFOX_CANDIDATES that exists, else null. */
export function findFirefox(): string | null;

export function firefoxPreferences(options: {
  server?: ProxyTarget;
  downloadDir: string;
  geckoId: string;
  extensionUuid: string;
}): Record<string, string | number | boolean>;

export interface FirefoxLaunchOptions {
  /** the fixture server, used as Firefox's HTTP/HTTPS proxy; without it Firefox uses the real network */
  server?: ProxyTarget;
  /** the unpacked Firefox build (default: <project>/dist/firefox; a relative path is taken from the project root) */
  extensionPath?: string;
  /** default true */
  headless?: boolean;
  /** more preferences (after ours, so they win) */
  prefs?: Record<string, string | number | boolean>;
  viewport?: { width: number; height: number };
  /** the UI language, e.g. `zh-CN` (needs its language pack, Debian: firefox-esr-l10n-zh-cn) */
  locale?: string;
  /** use this profile folder and extension UUID and keep them (close() leaves them): launch again with the same to reopen the profile */
  keepProfile?: { dir: string; extensionUuid: string };
}

export interface LaunchedFirefox {
  browser: Browser;
  /** the gecko id (browser_specific_settings.gecko.id) */
  extensionId: string;
  /** the host of the extension's moz-extension:// URLs, pinned in the profile */
  extensionUuid: string;
  profileDir: string;
  /** where downloads land without a prompt (inside the temp dir that close() removes) */
  downloadDir: string;
  /** moz-extension://<uuid>/<path> */
  extensionUrl(path: string): string;
  /** opens src/popup/index.html?tab=<tabId> in a new tab */
  openPopup(tabId: number, viewport?: { width: number; height: number }): Promise<Page>;
  /** the WebExtension tab id of the tab showing a URL (or a page's current URL) */
  tabIdOf(target: string | Page): Promise<number>;
  /** runs a function in an extension page, where the `browser` API is; arg and result must be serialisable */
  evaluateInExtension<T, A>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<Awaited<T>>;
  /** closes Firefox (all its processes) and removes the profile and downloads */
  close(): Promise<void>;
}

export function launchFirefoxWithExtension(options?: FirefoxLaunchOptions): Promise<LaunchedFirefox>;

/** Opens a moz-extension:// page in a tab (page.goto() never sees such a page load in Firefox 153). */
export function gotoExtensionPage(page: Page, url: string): Promise<void>;
