// The real-browser harness: the fixture server plus Chromium with the built extension, and the
// questions browser tests ask of a page ("is any error text visible?", "is this sentence visible?").
// One harness per test file: `beforeAll(() => startHarness())`, `afterAll(() => harness.close())`.
//
// What works in this Chromium (Debian 156, headless, playwright-core 1.65), found the hard way:
// - Downloads: `startHarness({ downloads: true })`. Playwright's own download handling saves
//   chrome.downloads files under GUID names, so the launcher gives downloads back to Chromium
//   (profile preferences + CDP `Browser.setDownloadBehavior: default`, see launch-chromium.mjs);
//   files land in `harness.browser.downloadsDir` under the extension's names, and `downloadFrom`
//   waits on chrome.downloads.search (Playwright's `download` event no longer fires).
// - Clipboard: `grantClipboard` (CDP, since Playwright refuses chrome-extension: origins); the
//   grant ends when its page closes. Click copy buttons after `popup.bringToFront()`.
// - Messages to the content script: `askTab` / `pageState`, through the service worker, as the popup.
// - Keyboard commands (Alt+Shift+…) do not reach extensions in headless Chromium; a test can
//   dispatch to the background's listener: `chrome.commands.onCommand.dispatch(name, tab)`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { PageState } from '../../src/platform/messages';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server.mjs';
import { artifactPath, launchWithExtension, tabIdOf, type LaunchedBrowser } from '../../scripts/launch-chromium.mjs';
import { visibleMatchingTexts } from './in-page';

// The extension APIs these helpers call inside the service worker (the project has no @types/chrome).
declare const chrome: {
  tabs: { sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown> };
  downloads: { search(query: object): Promise<{ id: number; filename: string; state: string; error?: string }[]> };
};

/** Lines of zjol's (nginx-style) error documents: "404 Not Found", "ZJOL/1.22.95" (docs/zjol-templates.md). */
export const ERROR_TEXT =
  /\b(?:40[0-9]|50[0-9]) (?:Not Found|Forbidden|Bad Request|Internal Server Error|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out)\b|\bZJOL\/\d+(?:\.\d+)*/;
/** A whole document that is nothing but an error document: "<status> <reason>" then "<server>/<version>". */
const ERROR_DOCUMENT_BODY = /^\s*\d{3} [A-Za-z -]+\s+[\w-]+\/\d[\d.]*\s*$/;

export interface Harness {
  server: FixtureServer;
  browser: LaunchedBrowser;
  /** Stops Chromium and the server; safe to call twice. */
  close(): Promise<void>;
}

/**
 * Starts the fixture server and Chromium with the built extension (run `npx vite build` first).
 * Whatever started is stopped again if the rest fails.
 */
export async function startHarness(
  options: {
    pagesDir?: string;
    extensionPath?: string;
    headless?: boolean;
    /** Save downloads under the extension's file names: `true` for a temp folder (removed by close()), or a folder. */
    downloads?: boolean | string;
    /** The browser's UI language (`zh-CN`: the Chinese UI, with Debian's chromium-l10n). */
    locale?: string;
  } = {},
): Promise<Harness> {
  const server = await startFixtureServer(options.pagesDir ? { pagesDir: options.pagesDir } : {});
  const tempDownloads = options.downloads === true ? mkdtempSync(path.join(os.tmpdir(), 'zjol-downloads-')) : null;
  const downloadsDir = typeof options.downloads === 'string' ? options.downloads : tempDownloads;
  const removeDownloads = () => {
    if (tempDownloads) rmSync(tempDownloads, { recursive: true, force: true });
  };
  let browser: LaunchedBrowser;
  try {
    browser = await launchWithExtension({
      server,
      ...(options.extensionPath ? { extensionPath: options.extensionPath } : {}),
      ...(options.headless === undefined ? {} : { headless: options.headless }),
      ...(downloadsDir ? { downloadsDir } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
    });
  } catch (err) {
    await server.close();
    removeDownloads();
    throw err;
  }
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      removeDownloads();
    },
  };
}

/**
 * Opens a fixture under its real URL in a new tab (its variant preferred when fixtures share the
 * URL). `scheme: 'https'` opens the same URL over TLS.
 */
export async function openFixture(
  harness: Harness,
  slug: string,
  {
    scheme,
    waitUntil = 'load',
    beforeGoto,
  }: {
    scheme?: 'http' | 'https';
    waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit';
    /** Runs on the new tab before it navigates (e.g. `page.route` to slow a resource down). */
    beforeGoto?: (page: Page) => Promise<unknown>;
  } = {},
): Promise<Page> {
  harness.server.prefer(slug);
  const url = new URL(harness.server.urlOf(slug));
  if (scheme) url.protocol = `${scheme}:`;
  const page = await harness.browser.context.newPage();
  if (beforeGoto) await beforeGoto(page);
  await page.goto(url.href, { waitUntil });
  return page;
}

export interface FrameReport {
  url: string;
  /** 0 for the page itself */
  depth: number;
  /** the frame element and all its ancestors' frame elements are visible (the page itself always is) */
  visible: boolean;
  /** what the frame shows: its own page, zjol's error document, the browser's network error page, or nothing */
  kind: 'page' | 'error-document' | 'browser-error' | 'blank' | 'unknown';
  /** its text, whitespace collapsed */
  text: string;
}

/** Every frame of a page, in document order, with what it shows and whether it can be seen. */
export async function frameReport(page: Page): Promise<FrameReport[]> {
  return (await walkFrames(page)).map((f) => f.report);
}

async function walkFrames(page: Page): Promise<{ frame: Frame; report: FrameReport }[]> {
  const found: { frame: Frame; report: FrameReport }[] = [];
  const visit = async (frame: Frame, depth: number, parentVisible: boolean) => {
    const visible = parentVisible && (depth === 0 || (await frameElementVisible(frame)));
    found.push({ frame, report: { url: frame.url(), depth, visible, ...(await frameContent(frame)) } });
    for (const child of frame.childFrames()) await visit(child, depth + 1, visible);
  };
  await visit(page.mainFrame(), 0, true);
  return found;
}

async function frameElementVisible(frame: Frame): Promise<boolean> {
  try {
    const element = await frame.frameElement();
    const visible = await element.evaluate((node) => {
      const el = node as Element;
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
  if (frame.url().startsWith('chrome-error://')) {
    const text = await frame.evaluate(() => document.body?.textContent ?? '').catch(() => '');
    return { kind: 'browser-error', text: collapse(text) };
  }
  try {
    const text = collapse(await frame.evaluate(() => document.body?.textContent ?? ''));
    if (ERROR_DOCUMENT_BODY.test(text)) return { kind: 'error-document', text };
    if (text === '' && (await frame.evaluate(() => document.body?.children.length ?? 0)) === 0) return { kind: 'blank', text };
    return { kind: 'page', text };
  } catch {
    return { kind: 'unknown', text: '' };
  }
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Visible frames that show an error document or the browser's error page: each one is a bug on a zjol page. */
export async function visibleBrokenFrames(page: Page): Promise<FrameReport[]> {
  return (await frameReport(page)).filter((f) => f.visible && (f.kind === 'error-document' || f.kind === 'browser-error'));
}

/**
 * Visible pieces of error text (ERROR_TEXT) anywhere a reader could see them: in the page (inline
 * fragments of failed includes) and in every visible frame.
 */
export async function visibleErrorTexts(page: Page): Promise<{ frameUrl: string; text: string }[]> {
  const found: { frameUrl: string; text: string }[] = [];
  for (const { frame, report } of await walkFrames(page)) {
    if (!report.visible || report.kind === 'browser-error') continue;
    const texts = await frame
      .evaluate(visibleMatchingTexts, ERROR_TEXT.source)
      .catch(() => [] as string[]);
    for (const text of texts) found.push({ frameUrl: report.url, text });
  }
  return found;
}

/**
 * Whether a sentence is visible text of the page (not of its frames). Whitespace is ignored, since
 * layout adds line breaks and zjol indents paragraphs with full-width spaces; `innerText` leaves out
 * text that is display:none or visibility:hidden.
 */
export async function isTextVisible(page: Page, sentence: string): Promise<boolean> {
  const strip = (s: string) => s.replace(/[\s\u3000]+/g, '');
  const visible = await page.evaluate(() => document.body?.innerText ?? '');
  return strip(visible).includes(strip(sentence));
}

/** How many elements matching a CSS selector a reader can see in the page (not in its frames). */
export async function countVisible(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll(sel)].filter((el) => {
        const rect = el.getBoundingClientRect();
        return rect.width > 0 && rect.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      }).length,
    selector,
  );
}

/** A full-page screenshot kept as an artifact: test-results/<name>.png. Returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const file = artifactPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// ── Talking to the extension ──────────────────────────────────────────────────────────────────

/** A message to the content script (typed in src/common/messages.ts). */
export type ContentMessage =
  | { type: 'get-state'; force?: boolean }
  | { type: 'toggle-reader'; on?: boolean }
  | { type: 'show-hidden'; kind: 'broken-frame' | 'error-fragment' | 'ad' }
  | { type: 'scroll-to-block'; block: number; point?: { marker: string; headline: string } };

/** The tab id of a page (asked of the extension: zjol pages only, where it has host permission). */
export async function tabOf(harness: Harness, page: Page): Promise<number> {
  return tabIdOf(harness.browser.serviceWorker, page);
}

/**
 * Sends a message to a tab's top-frame content script through the service worker, as the popup
 * does, and unwraps the `{ ok, value }` answer (an `{ ok: false }` answer throws).
 */
export async function askTab<T>(harness: Harness, target: Page | number, message: ContentMessage): Promise<T> {
  const tabId = typeof target === 'number' ? target : await tabOf(harness, target);
  const answer = (await harness.browser.serviceWorker.evaluate(
    ([id, m]) => chrome.tabs.sendMessage(id, m, { frameId: 0 }),
    [tabId, message] as const,
  )) as { ok: true; value: T } | { ok: false; error: string } | undefined;
  if (!answer || typeof answer !== 'object' || !('ok' in answer)) throw new Error(`no answer to ${message.type}`);
  if (!answer.ok) throw new Error(`${message.type} failed: ${answer.error}`);
  return answer.value;
}

/** What the content script knows about a page (get-state). */
export function pageState(harness: Harness, target: Page | number): Promise<PageState> {
  return askTab<PageState>(harness, target, { type: 'get-state' });
}

/**
 * Polls `probe` until `accept` holds, then returns the value; on timeout throws with the last
 * value seen, so a failure says what the page did instead. For conditions a test cannot await
 * as an event (the extension's work happens in another world).
 */
export async function waitFor<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeout = 5_000, interval = 100, what = 'condition' }: { timeout?: number; interval?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (accept(last)) return last;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  const seen = lastError !== undefined ? `error: ${String(lastError)}` : `last value: ${JSON.stringify(last)}`;
  throw new Error(`timed out after ${timeout} ms waiting for ${what} (${seen})`);
}

/**
 * Lets extension pages (popup, options) use the clipboard. Playwright's grantPermissions refuses
 * chrome-extension: origins ("opaque"), so CDP grants them directly. The grant lives as long as
 * the CDP session that made it (Chromium drops a session's permission overrides when it detaches),
 * so the session is left open: the grant lasts until `anyPage` closes.
 */
export async function grantClipboard(harness: Harness, anyPage: Page): Promise<void> {
  const session = await harness.browser.context.newCDPSession(anyPage);
  // The grant must name the page's browser context (the persistent profile's default one).
  const { targetInfo } = await session.send('Target.getTargetInfo');
  await session.send('Browser.grantPermissions', {
    origin: `chrome-extension://${harness.browser.extensionId}`,
    permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
    ...(targetInfo.browserContextId ? { browserContextId: targetInfo.browserContextId } : {}),
  });
}

/** The clipboard's text, read in an extension page that has been granted the clipboard. */
export function readClipboard(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(() => navigator.clipboard.readText());
}

/**
 * Runs `action` (a click that starts a download) and waits until chrome.downloads reports the new
 * download finished; returns its path (in the harness's downloads folder: start the harness with
 * `downloads`) and the file's text. The caller checks the name, so a wrong name fails with the
 * name the extension gave, not with a time-out.
 */
export async function downloadFrom(
  harness: Harness,
  action: () => Promise<unknown>,
  {
    timeout = 10_000,
    remove = false,
  }: {
    timeout?: number;
    /** Delete the file once read, so a later download of the same name is not renamed "name (1).ext". */
    remove?: boolean;
  } = {},
): Promise<{ path: string; fileName: string; text: string }> {
  const dir = harness.browser.downloadsDir;
  if (!dir) throw new Error('start the harness with { downloads: true } to receive downloads');
  const search = () => harness.browser.serviceWorker.evaluate(() => chrome.downloads.search({}));
  const known = new Set((await search()).map((item) => item.id));
  await action();
  const items = await waitFor(
    search,
    (all) => all.some((item) => !known.has(item.id) && (item.state === 'complete' || item.state === 'interrupted')),
    { timeout, what: 'a new download to finish' },
  );
  const item = items.find((i) => !known.has(i.id) && (i.state === 'complete' || i.state === 'interrupted'))!;
  if (item.state !== 'complete') throw new Error(`download interrupted: ${item.error ?? 'unknown error'} (${item.filename})`);
  const text = readFileSync(item.filename, 'utf8');
  if (remove) rmSync(item.filename, { force: true });
  return { path: item.filename, fileName: path.relative(dir, item.filename), text };
}
