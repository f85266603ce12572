// The Firefox harness: the fixture server plus Firefox ESR with the built extension (dist/firefox),
// driven by puppeteer-core over WebDriver BiDi, and the questions the tests ask of a page, as
// test/browser/helpers.ts asks them of Chromium. One harness per test file:
// `beforeAll(() => startFirefoxHarness())`, `afterAll(() => harness.close())`.
//
// Firefox missing: the tests are skipped with the reason, except in CI (CI installs firefox-esr,
// so there a missing Firefox is a failure, not a skip).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../../../scripts/fixture-server.mjs';
import { findFirefox, launchFirefoxWithExtension, type LaunchedFirefox } from '../../../scripts/launch-firefox.mjs';
import type { Message, PageState, Result } from '../../../src/platform/messages';
import type { ClutterKind } from '../../../src/core/types';
import { ERROR_TEXT } from '../helpers';
import { visibleMatchingTexts } from '../in-page';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PAGES_DIR = path.join(PROJECT_ROOT, 'test/pages');

/** A whole document that is nothing but an error document: "<status> <reason>" then "<server>/<version>". */
const ERROR_DOCUMENT_BODY = /^\s*\d{3} [A-Za-z -]+\s+[\w-]+\/\d[\d.]*\s*$/;
/** How long to wait for the extension to react (hide a frame, open the reader…) before failing. */
export const REACTION_TIMEOUT_MS = 10_000;

function firefoxOrError(): string | null {
  try {
    return findFirefox();
  } catch {
    return null; // FIREFOX_PATH set to a missing file: not skipped, the launch reports it
  }
}

/**
 * Why the Firefox tests cannot run here, or null when they can (or must: in CI, a missing Firefox
 * makes the launch fail loudly instead of skipping).
 */
export const FIREFOX_SKIP_REASON: string | null =
  firefoxOrError() || process.env.FIREFOX_PATH || process.env.CI
    ? null
    : 'Firefox not found (set FIREFOX_PATH or install firefox-esr); Firefox tests skipped';
if (FIREFOX_SKIP_REASON) console.warn(FIREFOX_SKIP_REASON);

/** A describe title that carries the skip reason when there is one. */
export const firefoxTitle = (title: string): string => (FIREFOX_SKIP_REASON ? `${title} (skipped: ${FIREFOX_SKIP_REASON})` : title);

export interface FirefoxHarness {
  server: FixtureServer;
  firefox: LaunchedFirefox;
  /** Stops Firefox and the server; safe to call twice. */
  close(): Promise<void>;
}

/** Starts the fixture server and Firefox with the built extension (`npm run build` first). */
export async function startFirefoxHarness(
  options: {
    pagesDir?: string;
    extensionPath?: string;
    locale?: string;
    viewport?: { width: number; height: number };
    prefs?: Record<string, string | number | boolean>;
  } = {},
): Promise<FirefoxHarness> {
  const server = await startFixtureServer({ pagesDir: options.pagesDir ?? PAGES_DIR });
  let firefox: LaunchedFirefox;
  try {
    firefox = await launchFirefoxWithExtension({
      server,
      ...(options.extensionPath ? { extensionPath: options.extensionPath } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.viewport ? { viewport: options.viewport } : {}),
      ...(options.prefs ? { prefs: options.prefs } : {}),
    });
  } catch (err) {
    await server.close();
    throw err;
  }
  let closed = false;
  return {
    server,
    firefox,
    async close() {
      if (closed) return;
      closed = true;
      await firefox.close();
      await server.close();
    },
  };
}

/** Opens a fixture under its real URL in a new tab, its own variant preferred. */
export async function openFixture(harness: FirefoxHarness, slug: string): Promise<Page> {
  harness.server.prefer(slug);
  const page = await harness.firefox.browser.newPage();
  await page.goto(harness.server.urlOf(slug), { waitUntil: 'load' });
  return page;
}

export interface FixtureMeta {
  url: string;
  hidden: Record<ClutterKind, number>;
  hiddenAfterScripts?: Record<ClutterKind, number>;
  mustStayVisible?: string[];
  keepFrames?: string[];
  expect: { title: string };
}

/** A fixture's meta.json (test/pages/<slug>/meta.json). */
export function fixtureMeta(slug: string): FixtureMeta {
  return JSON.parse(readFileSync(path.join(PAGES_DIR, slug, 'meta.json'), 'utf8')) as FixtureMeta;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => Promise<T> | T, timeoutMs = REACTION_TIMEOUT_MS, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
    await sleep(everyMs);
  }
}

/** Sends a message to a tab's content script from an extension page, as the popup does. */
export async function sendToContent<T>(harness: FirefoxHarness, tabId: number, message: Message): Promise<Result<T>> {
  return harness.firefox.evaluateInExtension(
    async ({ tabId: id, message: msg }) => {
      const api = (globalThis as unknown as { browser: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).browser;
      try {
        return (await api.tabs.sendMessage(id, msg)) as Result<T>;
      } catch (err) {
        return { ok: false, error: String(err) } as Result<T>;
      }
    },
    { tabId, message },
  );
}

/** The content script's PageState of a tab; throws when it does not answer. */
export async function pageState(harness: FirefoxHarness, tabId: number): Promise<PageState> {
  const answer = await sendToContent<PageState>(harness, tabId, { type: 'get-state' });
  if (!answer.ok) throw new Error(`get-state failed: ${answer.error}`);
  return answer.value;
}

export interface FrameReport {
  url: string;
  /** 0 for the page itself */
  depth: number;
  /** the frame element and all its ancestors' frame elements are visible (the page itself always is) */
  visible: boolean;
  /** what the frame shows: its own page, zjol's error document, Firefox's network error page, or nothing */
  kind: 'page' | 'error-document' | 'browser-error' | 'blank' | 'unknown';
  text: string;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every frame of a page, in document order, with what it shows and whether it can be seen. */
export async function frameReport(page: Page): Promise<FrameReport[]> {
  const found: FrameReport[] = [];
  const visit = async (frame: Frame, depth: number, parentVisible: boolean) => {
    const visible = parentVisible && (depth === 0 || (await frameElementVisible(frame)));
    found.push({ url: frame.url(), depth, visible, ...(await frameContent(frame)) });
    for (const child of frame.childFrames()) await visit(child, depth + 1, visible);
  };
  await visit(page.mainFrame(), 0, true);
  return found;
}

async function frameElementVisible(frame: Frame): Promise<boolean> {
  try {
    const element = await frame.frameElement();
    if (!element) return false;
    const visible = await element.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    });
    await element.dispose();
    return visible;
  } catch {
    return false; // detached while we looked
  }
}

async function frameContent(frame: Frame): Promise<Pick<FrameReport, 'kind' | 'text'>> {
  // Firefox's own error pages (netReset, dnsNotFound…) keep the failed URL in ?u=.
  if (frame.url().startsWith('about:neterror')) return { kind: 'browser-error', text: frame.url() };
  try {
    const text = collapse(await frame.evaluate(() => document.body?.textContent ?? ''));
    if (ERROR_DOCUMENT_BODY.test(text)) return { kind: 'error-document', text };
    if (text === '' && (await frame.evaluate(() => document.body?.children.length ?? 0)) === 0) return { kind: 'blank', text };
    return { kind: 'page', text };
  } catch {
    return { kind: 'unknown', text: '' };
  }
}

/** Visible frames that show an error document or Firefox's error page. */
export async function visibleBrokenFrames(page: Page): Promise<FrameReport[]> {
  return (await frameReport(page)).filter((f) => f.visible && (f.kind === 'error-document' || f.kind === 'browser-error'));
}

/** Visible pieces of error text (ERROR_TEXT) in the page and in every visible frame. */
export async function visibleErrorTexts(page: Page): Promise<{ frameUrl: string; text: string }[]> {
  const found: { frameUrl: string; text: string }[] = [];
  const visit = async (frame: Frame, depth: number, parentVisible: boolean) => {
    const visible = parentVisible && (depth === 0 || (await frameElementVisible(frame)));
    if (!visible) return;
    if (!frame.url().startsWith('about:neterror')) {
      const texts = await frame
        .evaluate(visibleMatchingTexts, ERROR_TEXT.source)
        .catch(() => [] as string[]);
      for (const text of texts) found.push({ frameUrl: frame.url(), text });
    }
    for (const child of frame.childFrames()) await visit(child, depth + 1, visible);
  };
  await visit(page.mainFrame(), 0, true);
  return found;
}

/** Whether a sentence is visible text of the page (not of its frames), whitespace ignored. */
export async function isTextVisible(page: Page, sentence: string): Promise<boolean> {
  const strip = (s: string) => s.replace(/[\s\u3000]+/g, '');
  const visible = await page.evaluate(() => document.body?.innerText ?? '');
  return strip(visible).includes(strip(sentence));
}

/** Selectors (of those given) that match an element a reader can see in the page. */
export async function visibleSelectors(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate(
    (list) =>
      list.filter((sel) =>
        [...document.querySelectorAll(sel)].some((el) => {
          const rect = el.getBoundingClientRect();
          return rect.width > 0 && rect.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
        }),
      ),
    selectors,
  );
}

/** A full-page screenshot kept as an artifact: test-results/firefox/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(PROJECT_ROOT, 'test-results/firefox', `${name}.png`);
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file as `${string}.png`, fullPage: true });
  return file;
}
