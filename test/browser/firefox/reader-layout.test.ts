// Reader mode in Firefox ESR with the Chinese UI (Debian's firefox-esr-l10n-zh-cn,
// intl.locale.requested): the toolbar at 1280, 390, 360 and 320 px (every button on screen, on
// one row, no label broken; the theme and size buttons folded into the settings panel on phones),
// the settings panel's font family, line width and line height, the reading time and contents of
// a long article, and the reading position on reopening. Screenshots of each width, with the
// settings panel open, are kept under test-results/firefox/reader/layout/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zh } from '../exports';
import { clickReader, readerReport, scrollToBlockIndex, setSlider, topBlock, type ButtonReport, type ReaderReport } from '../reader-in-page';
import { FIREFOX_SKIP_REASON, firefoxTitle, openFixture, PROJECT_ROOT, sendToContent, startFirefoxHarness, waitFor, type FirefoxHarness } from './helpers';

const WIDTHS = [1280, 390, 360, 320] as const;
const FOLD_WIDTH = 640;
const LONG = 'trs-real-fragment';

let harness: FirefoxHarness;
let page: Page;
let tabId: number;
/** What the screen shows (the view is a fixed overlay: a full-page shot would be the page beneath). */
async function screenshot(shotPage: Page, name: string): Promise<void> {
  const file = path.join(PROJECT_ROOT, 'test-results/firefox', `${name}.png`);
  mkdirSync(path.dirname(file), { recursive: true });
  await shotPage.screenshot({ path: file as `${string}.png` });
}
const report = async (): Promise<ReaderReport> => (await page.evaluate(readerReport))!;
const until = async (what: string, accept: (r: ReaderReport) => boolean): Promise<ReaderReport> =>
  (await waitFor(what, async () => {
    const r = await page.evaluate(readerReport);
    return r && accept(r) ? r : null;
  }))!;
const shown = (r: ReaderReport, prefix: string): ButtonReport[] => r.buttons.filter((b) => b.visible && b.name.startsWith(prefix));
const storage = (area: 'sync' | 'local') =>
  harness.firefox.evaluateInExtension(
    (a) => (globalThis as unknown as { browser: { storage: Record<string, { get(k: null): Promise<Record<string, unknown>> }> } }).browser.storage[a]!.get(null),
    area,
  );

async function openReader(): Promise<void> {
  await sendToContent(harness, tabId, { type: 'toggle-reader', on: true });
  await until('the reader view', () => true);
}

function expectOnScreenOneLine(buttons: ButtonReport[], width: number): void {
  for (const b of buttons) {
    expect(b.left, `${b.name} "${b.text}" starts on screen`).toBeGreaterThanOrEqual(0);
    expect(b.right, `${b.name} "${b.text}" ends on screen`).toBeLessThanOrEqual(width);
    expect(b.lines, `${b.name} "${b.text}" on one line`).toBe(1);
  }
}

describe.skipIf(FIREFOX_SKIP_REASON !== null)(firefoxTitle('Firefox (Chinese UI): reader mode at every width, its settings and reading aids'), () => {
  beforeAll(async () => {
    harness = await startFirefoxHarness({ locale: 'zh-CN' });
    page = await openFixture(harness, LONG);
    tabId = await harness.firefox.tabIdOf(page);
    await waitFor('the page read', () => page.evaluate(() => document.documentElement.dataset.zjolReader === 'article'));
    await openReader();
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe.each(WIDTHS)('at %i px', (width) => {
    let r: ReaderReport;
    beforeAll(async () => {
      await page.setViewport({ width, height: 780 });
      r = await until(`the viewport at ${width}px`, (x) => x.viewport.width === width);
      await screenshot(page, `reader/layout/firefox-zh-${width}`);
    });

    it('keeps every toolbar button on screen, on one row, each Chinese label whole', () => {
      const bar = r.buttons.filter((b) => b.visible && /^(theme|smaller|larger|contents|settings|print|close)/.test(b.name));
      expect(shown(r, 'settings')[0]?.text).toBe(zh('readerSettings'));
      expect(bar.map((b) => b.name.split(':')[0])).toEqual(expect.arrayContaining(['contents', 'settings', 'print', 'close']));
      expectOnScreenOneLine(bar, width);
      expect(new Set(bar.map((b) => Math.round(b.top))).size).toBe(1);
      expect(shown(r, 'theme:').length).toBe(width < FOLD_WIDTH ? 0 : 4);
    });

    it('opens a settings panel on screen with every theme and font', async () => {
      await page.evaluate(clickReader, 'settings');
      const open = await until('the settings panel', (x) => x.settingsOpen);
      await screenshot(page, `reader/layout/firefox-zh-${width}-settings`);
      const inPanel = [...shown(open, 'panel-theme:'), ...shown(open, 'font-family:')];
      expect(inPanel.map((b) => b.text)).toEqual([
        zh('themeAuto'), zh('themeLight'), zh('themeSepia'), zh('themeDark'), zh('fontSans'), zh('fontSerif'), zh('fontKai'),
      ]);
      expectOnScreenOneLine(inPanel, width);
      await page.keyboard.press('Escape');
      await until('the panel closed', (x) => !x.settingsOpen);
    });
  });

  describe('settings and reading aids', () => {
    beforeAll(async () => {
      await page.setViewport({ width: 1280, height: 900 });
      await page.evaluate(clickReader, 'settings');
      await until('the settings panel', (x) => x.settingsOpen);
    });

    it('shows the "system" theme light on this light system (the print test runs a dark one)', async () => {
      await page.evaluate(clickReader, 'panel-theme:auto');
      await until('the light background', (x) => x.theme === 'auto' && x.background === 'rgb(253, 253, 251)');
    });

    it('sets the font family 楷体 with its fallbacks, and remembers it', async () => {
      await page.evaluate(clickReader, 'font-family:kai');
      const r = await until('the kai stack', (x) => x.fontFamily.replace(/"/g, '').startsWith('Kaiti SC, STKaiti, KaiTi, 楷体'));
      expect(r.fontFamily.replace(/"/g, '')).toMatch(/Noto Serif CJK SC.*serif$/);
      await waitFor('readerFontFamily stored', async () => (await storage('sync')).readerFontFamily === 'kai');
    });

    it('sets the line width and the line height, and remembers them', async () => {
      const before = await report();
      await page.evaluate(setSlider, ['line-width', 30] as [string, number]);
      await page.evaluate(setSlider, ['line-height', 2] as [string, number]);
      const r = await until('the new measure and leading', (x) => x.articleWidth < before.articleWidth && Math.abs(x.lineHeight / x.fontSize - 2) < 0.02);
      expect(r.articleWidth).toBeCloseTo((30 + 2.5) * r.fontSize, -1);
      await waitFor('both stored', async () => {
        const s = await storage('sync');
        return s.readerLineWidth === 30 && s.readerLineHeight === 2;
      });
      await page.keyboard.press('Escape');
    });

    it('shows the reading time in Chinese, and a contents list that jumps to a subhead', async () => {
      const r = await report();
      expect(r.stats).toMatch(/^[\d,]+ 字 · 约 \d+ 分钟$/);
      expect(r.tocEntries.length).toBeGreaterThanOrEqual(3);
      await page.evaluate(clickReader, 'contents');
      await until('the contents', (x) => x.contentsOpen);
      const block = await page.evaluate(() => {
        const entry = document.getElementById('zjol-reader-root')!.shadowRoot!.querySelectorAll<HTMLElement>('[data-toc-block]')[4]!;
        entry.click();
        return Number(entry.dataset.tocBlock);
      });
      await waitFor(`subhead ${block} at the top`, async () => (await page.evaluate(topBlock)) === block);
    });

    it('opens again at the remembered position', async () => {
      const block = await page.evaluate(scrollToBlockIndex, 14);
      await waitFor('the position stored', async () => JSON.stringify((await storage('local')).readingPositions ?? {}).includes(`"block":${block}`));
      await sendToContent(harness, tabId, { type: 'toggle-reader', on: false });
      await openReader();
      expect(await page.evaluate(topBlock)).toBe(block);
    });
  });
});
