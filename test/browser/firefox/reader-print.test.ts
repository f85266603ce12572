// Printing reader mode in Firefox ESR, on a system set to dark (the content's prefers-color-scheme
// forced dark by preference, as Firefox's BiDi cannot emulate it): the whole article in every
// theme, none of the page beneath or the toolbar, dark text on white paper even from the dark
// theme and the "system" theme on this dark system. The "system" theme shows dark on screen here
// and light in a light system. Read back from `page.pdf()` with pdftotext and pdftoppm; the PDFs
// are kept under test-results/firefox/reader/print/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN } from '../exports';
import { fixture } from '../fixtures';
import { printedContains, readPdf, squeeze, unreadableShare } from '../print-check';
import { clickReader, readerReport } from '../reader-in-page';
import { FIREFOX_SKIP_REASON, firefoxTitle, openFixture, PROJECT_ROOT, sendToContent, startFirefoxHarness, waitFor, type FirefoxHarness } from './helpers';

const SEED = fixture('legacy-seed-frames');
const EXTRA_CHARS = 300;
const DARK_BG = 'rgb(28, 29, 31)';
const PRINT_DIR = path.join(PROJECT_ROOT, 'test-results/firefox/reader/print');

let harness: FirefoxHarness;
let page: Page;
let articleChars: number;

describe.skipIf(FIREFOX_SKIP_REASON !== null)(firefoxTitle('Firefox: printing reader mode on a dark system'), () => {
  beforeAll(async () => {
    // 0: content prefers dark, whatever the (headless) system says.
    harness = await startFirefoxHarness({ prefs: { 'layout.css.prefers-color-scheme.content-override': 0 } });
    page = await openFixture(harness, SEED.slug);
    const tabId = await harness.firefox.tabIdOf(page);
    await waitFor('the page read', () => page.evaluate(() => document.documentElement.dataset.zjolReader === 'article'));
    const state = await sendToContent<{ analysis: { article: { text: string } } }>(harness, tabId, { type: 'get-state' });
    if (!state.ok) throw new Error(state.error);
    articleChars = squeeze(state.value.analysis.article.text).length;
    await sendToContent(harness, tabId, { type: 'toggle-reader', on: true });
    await waitFor('the reader view', () => page.evaluate(readerReport));
    mkdirSync(PRINT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows the "system" theme dark on this dark system', async () => {
    await page.evaluate(clickReader, 'theme:auto');
    await waitFor('the dark background', async () => (await page.evaluate(readerReport))?.background === DARK_BG);
  });

  describe.each(['auto', 'light', 'sepia', 'dark'])('in the %s theme', (theme) => {
    let printed: ReturnType<typeof readPdf>;
    beforeAll(async () => {
      expect(await page.evaluate(clickReader, `theme:${theme}`)).toBe(true);
      await waitFor(`theme ${theme}`, async () => (await page.evaluate(readerReport))?.theme === theme);
      printed = readPdf(await page.pdf({ format: 'a4' }), path.join(PRINT_DIR, `firefox-${theme}.pdf`));
    });

    it('prints the whole article: the title and every paragraph, over several pages', () => {
      const text = squeeze(printed.text);
      expect(printedContains(printed.text, SEED.title!)).toBe(true);
      expect(SEED.gold.filter((line) => !printedContains(printed.text, line))).toEqual([]);
      expect(text.length).toBeGreaterThanOrEqual(articleChars);
      expect(printed.pages).toBeGreaterThan(1);
      // Most characters are named in the text layer, so the comparison above means something.
      expect(unreadableShare(printed.text)).toBeLessThan(0.5);
    });

    it('prints neither the page beneath nor the toolbar', () => {
      expect(squeeze(printed.text).length).toBeLessThan(articleChars + EXTRA_CHARS);
      for (const label of ['readerPrint', 'readerSettings', 'readerCloseShort', 'themeSepia']) expect(printed.text).not.toContain(EN[label]!.message);
    });

    it('prints dark text on white paper', () => {
      for (const [i, grey] of printed.luminance.entries()) {
        expect(grey, `page ${i + 1} is light`).toBeGreaterThan(180);
        expect(printed.ink[i], `page ${i + 1} has ink`).toBeGreaterThan(0.001);
      }
    });
  });
});
