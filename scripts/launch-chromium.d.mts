// Types of launch-chromium.mjs for the TypeScript tests (the .mjs carries the same JSDoc; keep them in step).
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { FixtureServer } from './fixture-server.mjs';

export type HostMap = Pick<FixtureServer, 'port' | 'hosts' | 'unresolvableHosts' | 'siteDomains'>;

export interface LaunchOptions {
  /** the unpacked extension (default: <project>/dist/chrome) */
  extensionPath?: string;
  /** the fixture server; without it the browser uses the real network */
  server?: HostMap & { spki?: string | null };
  headless?: boolean;
  /** a profile dir to use and keep; default: a fresh temp dir, removed by close() */
  userDataDir?: string;
  /** more Chromium flags (after ours, so they can override) */
  args?: string[];
  viewport?: { width: number; height: number };
  /** save downloads (chrome.downloads included) here, under the names the extension gives them */
  downloadsDir?: string;
  /** the browser's UI language, e.g. `zh-CN` (needs Debian's chromium-l10n); default: the system's */
  locale?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  /** where downloads land (null: not set up, Playwright's default handling) */
  downloadsDir: string | null;
  /** closes the browser (all its processes) and removes a temp profile */
  close(): Promise<void>;
}

export const REQUIRED_ARGS: string[];
export function hostResolverRules(server: HostMap): string;
export function launchWithExtension(options?: LaunchOptions): Promise<LaunchedBrowser>;
export function openPopup(context: BrowserContext, extensionId: string, tabId: number, viewport?: { width: number; height: number }): Promise<Page>;
export function tabIdOf(serviceWorker: Worker, target: string | { url(): string }): Promise<number>;
export function artifactPath(name: string): string;
