// Reader mode in Chromium: opened by the content-script message and by the popup button, closed
// by the toolbar, by Escape and by the popup; the article (title, every gold.txt paragraph) in an
// open shadow root with CJK typography; theme and size buttons that apply and are remembered;
// the page underneath restored exactly, scroll position included. Screenshots of the seed page
// before (page with the extension) and in reader mode are kept under test-results/reader/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, openPopup } from '../../scripts/launch-chromium.mjs';
import { fixture, strip } from './fixtures';
import { askTab, openFixture, screenshot, startHarness, tabOf, waitFor, type Harness } from './helpers';

// The one extension API this file calls inside the service worker.
declare const chrome: { storage: { sync: { get(keys: string[] | null): Promise<Record<string, unknown>> } } };

const ROOT = '#zjol-reader-root';
/** Where the page is scrolled before reader mode opens, to check that closing returns there. */
const SCROLL_Y = 700;
const SEED = fixture('legacy-seed-frames');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface PageSnapshot {
  body: string;
  scroll: [number, number];
  /** <html>'s attributes other than our own data-zjol-reader* marks. */
  htmlAttributes: Record<string, string>;
  adoptedSheets: number;
}

function snapshot(page: Page): Promise<PageSnapshot> {
  return page.evaluate(() => ({
    body: document.body.outerHTML,
    scroll: [window.scrollX, window.scrollY] as [number, number],
    htmlAttributes: Object.fromEntries(
      [...document.documentElement.attributes].filter((a) => !a.name.startsWith('data-zjol-reader')).map((a) => [a.name, a.value]),
    ),
    adoptedSheets: document.adoptedStyleSheets.length,
  }));
}

const readerMode = (page: Page) => page.evaluate(() => document.documentElement.dataset.zjolReaderMode ?? null);
const rootCount = (page: Page) => page.locator(ROOT).count();

async function waitForReader(page: Page, on: boolean): Promise<void> {
  await waitFor(
    async () => [await readerMode(page), await rootCount(page)] as const,
    ([mode, roots]) => mode === (on ? 'on' : 'off') && roots === (on ? 1 : 0),
    { what: `reader mode ${on ? 'on' : 'off'}` },
  );
}

/** What the reader view shows, read inside its open shadow root. */
function readerContent(page: Page) {
  return page.evaluate((rootSelector) => {
    const root = document.querySelector(rootSelector)?.shadowRoot;
    if (!root) return null;
    const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;
    const paragraph = root.querySelector('.zr-body p');
    const style = paragraph ? getComputedStyle(paragraph) : null;
    const wrapper = root.querySelector<HTMLElement>('.zr-reader');
    return {
      title: text('.zr-title'),
      meta: text('.zr-meta'),
      body: text('.zr-body'),
      blocks: root.querySelectorAll('.zr-body [data-block]').length,
      theme: wrapper?.dataset.theme ?? null,
      background: wrapper ? getComputedStyle(wrapper).backgroundColor : null,
      paragraph: style
        ? { fontFamily: style.fontFamily, fontSize: parseFloat(style.fontSize), textIndent: parseFloat(style.textIndent), lineHeight: parseFloat(style.lineHeight) }
        : null,
      buttons: [...root.querySelectorAll<HTMLButtonElement>('button[data-reader]')].map((b) => b.dataset.reader + (b.dataset.theme ? `:${b.dataset.theme}` : '')),
    };
  }, ROOT);
}

const storedSettings = () => harness.browser.serviceWorker.evaluate(() => chrome.storage.sync.get(null));

describe('reader mode on the seed page (legacy-seed-frames)', () => {
  let page: Page;
  let before: PageSnapshot;
  beforeAll(async () => {
    page = await openFixture(harness, 'legacy-seed-frames');
    await screenshot(page, 'reader/legacy-seed-frames-1-page-with-extension');
    await page.evaluate((y) => window.scrollTo(0, y), SCROLL_Y);
    await waitFor(() => page.evaluate(() => window.scrollY), (y) => y === SCROLL_Y, { what: 'the page to scroll' });
    // The page's own scroll handlers (the couplet ad follows the scroll) run after the scroll event:
    // let them settle, so the snapshot holds the page as it is, not as it was a moment ago.
    let previous = await snapshot(page);
    before = await waitFor(
      async () => {
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const current = await snapshot(page);
        const settled = JSON.stringify(current) === JSON.stringify(previous);
        previous = current;
        return settled ? current : null;
      },
      (s) => s !== null,
      { what: 'the page to settle after scrolling' },
    ).then((s) => s!);
  });
  afterAll(() => page?.close());

  it('opens on the toggle-reader message, with the article in an open shadow root', async () => {
    expect(await askTab(harness, page, { type: 'toggle-reader', on: true })).toEqual({ on: true });
    await waitForReader(page, true);
    const content = await readerContent(page);
    expect(content?.title).toBe(SEED.title);
    expect(content?.meta).toContain('2010-02-10');
    const body = strip(content?.body ?? '');
    const missing = SEED.gold.filter((line) => !body.includes(strip(line)));
    expect(missing).toEqual([]);
    expect(content?.blocks).toBeGreaterThanOrEqual(SEED.gold.length);
    expect(content?.buttons).toEqual(expect.arrayContaining(['close', 'print', 'smaller', 'larger', 'theme:light', 'theme:sepia', 'theme:dark']));
    const state = await askTab<{ readerMode: boolean }>(harness, page, { type: 'get-state' });
    expect(state.readerMode).toBe(true);
    // The view is a fixed overlay over a page that cannot scroll: the viewport is what a reader sees.
    await page.screenshot({ path: artifactPath('reader/legacy-seed-frames-2-reader-mode.png') });
  });

  it('sets Chinese text: CJK fonts, a two-character indent, line height about 1.8', async () => {
    const p = (await readerContent(page))?.paragraph;
    expect(p).toBeTruthy();
    expect(p!.fontFamily).toMatch(/PingFang SC|Noto Sans CJK SC|Microsoft YaHei|Source Han Sans SC/);
    expect(p!.textIndent).toBeCloseTo(2 * p!.fontSize, 0);
    expect(p!.lineHeight / p!.fontSize).toBeGreaterThanOrEqual(1.6);
    expect(p!.lineHeight / p!.fontSize).toBeLessThanOrEqual(2.0);
  });

  it('covers the page, which does not scroll underneath', async () => {
    const cover = await page.evaluate((sel) => {
      const host = document.querySelector(sel) as HTMLElement;
      const rect = host.getBoundingClientRect();
      return { top: rect.top, left: rect.left, width: rect.width, height: rect.height, inert: document.body.hasAttribute('inert') };
    }, ROOT);
    const viewport = page.viewportSize()!;
    expect(cover).toEqual({ top: 0, left: 0, width: viewport.width, height: viewport.height, inert: true });
  });

  it('changes theme from the toolbar, and remembers it', async () => {
    const light = await readerContent(page);
    await page.locator(`${ROOT} button[data-reader="theme"][data-theme="sepia"]`).click();
    const sepia = await readerContent(page);
    expect(sepia?.theme).toBe('sepia');
    expect(sepia?.background).not.toBe(light?.background);
    await waitFor(storedSettings, (s) => s.readerTheme === 'sepia', { what: 'readerTheme sepia stored' });
  });

  it('changes the text size from the toolbar, and remembers it', async () => {
    const size = (await readerContent(page))?.paragraph?.fontSize ?? 0;
    await page.locator(`${ROOT} button[data-reader="larger"]`).click();
    expect((await readerContent(page))?.paragraph?.fontSize).toBe(size + 1);
    await waitFor(storedSettings, (s) => s.readerFontSize === size + 1, { what: 'readerFontSize stored' });
  });

  it('closes from the toolbar and restores the page exactly, scroll position included', async () => {
    await page.locator(`${ROOT} button[data-reader="close"]`).click();
    await waitForReader(page, false);
    expect(await snapshot(page)).toEqual(before);
  });

  it('opens again with the remembered theme and size, and closes on Escape', async () => {
    await askTab(harness, page, { type: 'toggle-reader', on: true });
    await waitForReader(page, true);
    const content = await readerContent(page);
    expect(content?.theme).toBe('sepia');
    expect(content?.paragraph?.fontSize).toBe(((await storedSettings()).readerFontSize as number) ?? 0);
    await page.keyboard.press('Escape');
    await waitForReader(page, false);
    expect(await snapshot(page)).toEqual(before);
  });

  it('closes on the toggle-reader message too', async () => {
    await askTab(harness, page, { type: 'toggle-reader', on: true });
    await waitForReader(page, true);
    expect(await askTab(harness, page, { type: 'toggle-reader', on: false })).toEqual({ on: false });
    await waitForReader(page, false);
    expect(await snapshot(page)).toEqual(before);
  });
});

describe('reader mode from the popup', () => {
  let page: Page;
  let popup: Page;
  let before: PageSnapshot;
  beforeAll(async () => {
    page = await openFixture(harness, 'trs-article');
    before = await snapshot(page);
    popup = await openPopup(harness.browser.context, harness.browser.extensionId, await tabOf(harness, page));
    await popup.locator('#actions').waitFor({ state: 'visible' });
  });
  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  it('opens with the popup button, which shows it is pressed', async () => {
    const button = popup.locator('[data-action="reader"]');
    await button.click();
    await waitForReader(page, true);
    await waitFor(() => button.getAttribute('aria-pressed'), (v) => v === 'true', { what: 'the reader button pressed' });
    const content = await readerContent(page);
    const info = fixture('trs-article');
    expect(content?.title).toBe(info.title);
    const body = strip(content?.body ?? '');
    expect(info.gold.filter((line) => !body.includes(strip(line)))).toEqual([]);
  });

  it('closes with the popup button again, restoring the page', async () => {
    const button = popup.locator('[data-action="reader"]');
    await button.click();
    await waitForReader(page, false);
    await waitFor(() => button.getAttribute('aria-pressed'), (v) => v === 'false', { what: 'the reader button released' });
    expect(await snapshot(page)).toEqual(before);
  });
});
