// Reader settings and reading aids in Chromium: the settings panel's font family (黑体/宋体/楷体,
// each with fallbacks), line width and line height, applied at once and remembered; the "system"
// theme following the system's dark setting; for a long article the reading time (字数, minutes)
// and a table of contents from its subheads that jumps to them; a short one has neither; and the
// reading position remembered when reader mode opens again, also after a reload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../src/platform/messages';
import { artifactPath } from '../../scripts/launch-chromium.mjs';
import { en } from './exports';
import { askTab, openFixture, startHarness, waitFor, type Harness } from './helpers';
import { clickReader, readerReport, scrollToBlockIndex, setSlider, topBlock, type ReaderReport } from './reader-in-page';

declare const chrome: {
  storage: { sync: { get(keys: null): Promise<Record<string, unknown>> }; local: { get(keys: null): Promise<Record<string, unknown>> } };
};

const LONG = 'trs-real-fragment';
const SHORT = 'trs-article';
const LIGHT_BG = 'rgb(253, 253, 251)';
const DARK_BG = 'rgb(28, 29, 31)';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const sync = () => harness.browser.serviceWorker.evaluate(() => chrome.storage.sync.get(null));
const local = () => harness.browser.serviceWorker.evaluate(() => chrome.storage.local.get(null));

async function openReader(page: Page): Promise<ReaderReport> {
  await askTab(harness, page, { type: 'toggle-reader', on: true });
  return (await waitFor(() => page.evaluate(readerReport), (r) => r !== null, { what: 'the reader view' }))!;
}

describe('the settings panel', () => {
  let page: Page;
  const report = async () => (await page.evaluate(readerReport))!;
  beforeAll(async () => {
    page = await openFixture(harness, LONG);
    await openReader(page);
    await page.evaluate(clickReader, 'settings');
    await waitFor(report, (r) => r.settingsOpen, { what: 'the settings panel' });
  });
  afterAll(() => page?.close());

  it.each([
    // Browsers quote family names differently when they serialise them: compared without quotes.
    ['kai', /^Kaiti SC, STKaiti, KaiTi, 楷体,.*Noto Serif CJK SC.*serif$/],
    ['serif', /^Songti SC, STSong, Noto Serif CJK SC.*serif$/],
    ['sans', /^PingFang SC.*Noto Sans CJK SC.*sans-serif$/],
  ])('sets the font family %s, with its fallbacks, and remembers it', async (family, stack) => {
    await page.evaluate(clickReader, `font-family:${family}`);
    const r = await waitFor(report, (x) => stack.test(x.fontFamily.replace(/"/g, '')), { what: `the ${family} stack` });
    expect(r.buttons.find((b) => b.name === `font-family:${family}`)).toBeTruthy();
    await waitFor(sync, (s) => s.readerFontFamily === family, { what: `readerFontFamily ${family} stored` });
  });

  it('sets the line width (characters per line) and remembers it', async () => {
    const before = await report();
    await page.evaluate(setSlider, ['line-width', 24] as [string, number]);
    const r = await waitFor(report, (x) => x.articleWidth < before.articleWidth, { what: 'a narrower measure' });
    // 24em of text plus the article's 1.25em padding on each side.
    expect(r.articleWidth).toBeCloseTo((24 + 2.5) * r.fontSize, -1);
    await waitFor(sync, (s) => s.readerLineWidth === 24, { what: 'readerLineWidth stored' });
  });

  it('sets the line height and remembers it', async () => {
    await page.evaluate(setSlider, ['line-height', 2.2] as [string, number]);
    const r = await waitFor(report, (x) => Math.abs(x.lineHeight / x.fontSize - 2.2) < 0.02, { what: 'line height 2.2' });
    expect(r.lineHeight / r.fontSize).toBeCloseTo(2.2, 1);
    await waitFor(sync, (s) => s.readerLineHeight === 2.2, { what: 'readerLineHeight stored' });
  });

  it('follows the system dark setting in the "system" theme, and keeps a chosen theme', async () => {
    await page.evaluate(clickReader, 'panel-theme:auto');
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitFor(report, (r) => r.theme === 'auto' && r.background === DARK_BG, { what: 'dark with a dark system' });
    await page.screenshot({ path: artifactPath('reader/system-dark-chromium.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await waitFor(report, (r) => r.background === LIGHT_BG, { what: 'light with a light system' });
    await page.evaluate(clickReader, 'panel-theme:dark');
    await waitFor(report, (r) => r.background === DARK_BG, { what: 'the dark theme on a light system' });
    await page.evaluate(clickReader, 'panel-theme:auto');
  });
});

describe('reading aids for a long article', () => {
  let page: Page;
  let state: PageState;
  beforeAll(async () => {
    page = await openFixture(harness, LONG);
    state = await askTab<PageState>(harness, page, { type: 'get-state' });
    await openReader(page);
  });
  afterAll(() => page?.close());

  it('shows the reading time: 字数 and minutes', async () => {
    const stats = (await page.evaluate(readerReport))!.stats;
    expect(stats).toMatch(new RegExp(`^[\\d,]+ ${en('readerStats', 'X', 'Y').replace(/^X /, '').replace(' Y ', ' \\d+ ')}$`));
    const chars = Number(stats!.split(' ')[0]!.replace(/,/g, ''));
    expect(chars).toBeGreaterThan(2_000);
  });

  it('lists the subheads in the contents, and jumps to one', async () => {
    const subheads = state.analysis!.article!.blocks.flatMap((b, i) => (b.type === 'subhead' ? [{ i, text: b.text }] : []));
    await page.evaluate(clickReader, 'contents');
    const r = (await page.evaluate(readerReport))!;
    expect(r.contentsOpen).toBe(true);
    expect(r.tocEntries).toEqual(subheads.map((s) => s.text));
    const target = subheads[5]!;
    await page.evaluate((block) => {
      document.getElementById('zjol-reader-root')!.shadowRoot!.querySelector<HTMLElement>(`[data-toc-block="${block}"]`)!.click();
    }, target.i);
    await waitFor(() => page.evaluate(topBlock), (b) => b === target.i, { what: `subhead ${target.i} at the top` });
    expect((await page.evaluate(readerReport))?.contentsOpen).toBe(false);
  });
});

describe('a short article', () => {
  it('has neither reading time nor contents', async () => {
    const page = await openFixture(harness, SHORT);
    const r = await openReader(page);
    expect(r.stats).toBeNull();
    expect(r.buttons.some((b) => b.name === 'contents')).toBe(false);
    await page.close();
  });
});

describe('the reading position', () => {
  let page: Page;
  let block: number;
  beforeAll(async () => {
    page = await openFixture(harness, LONG);
    await openReader(page);
    block = await page.evaluate(scrollToBlockIndex, 12);
    await waitFor(local, (s) => JSON.stringify(s.readingPositions ?? {}).includes(`"block":${block}`), { what: 'the position stored' });
  });
  afterAll(() => page?.close());

  it('opens again where the reader was', async () => {
    await askTab(harness, page, { type: 'toggle-reader', on: false });
    await openReader(page);
    expect(await page.evaluate(topBlock)).toBe(block);
  });

  it('opens there after a reload too', async () => {
    await page.reload();
    await waitFor(() => page.evaluate(() => document.documentElement.dataset.zjolReader ?? null), (v) => v === 'article', { what: 'the page read' });
    await openReader(page);
    expect(await page.evaluate(topBlock)).toBe(block);
  });

  it('forgets it once the reader is back at the top', async () => {
    await page.keyboard.press('Home');
    await page.evaluate(() => document.getElementById('zjol-reader-root')!.dispatchEvent(new Event('scroll')));
    await waitFor(local, (s) => !JSON.stringify(s.readingPositions ?? {}).includes('"block"'), { what: 'the position forgotten' });
  });
});
