// Printing reader mode in Chromium: the whole article, in every theme (the view's fixed, one-screen
// box and its inline styles used to cut the print after one page: 999 of the seed's characters),
// nothing of the page beneath and none of the toolbar, and dark text on white paper even from the
// dark theme or a dark system. Read back from `page.pdf()` with pdftotext and pdftoppm; the PDFs
// are kept under test-results/reader/print/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from '../../scripts/launch-chromium.mjs';
import { en } from './exports';
import { fixture } from './fixtures';
import { askTab, openFixture, startHarness, waitFor, type Harness } from './helpers';
import { readPdf, squeeze } from './print-check';
import { clickReader, readerReport } from './reader-in-page';

const SEED = fixture('legacy-seed-frames');
/** Printed text beyond the article (title, meta line, "original page" link) stays under this. */
const EXTRA_CHARS = 300;

let harness: Harness;
let page: Page;
let articleChars: number;
beforeAll(async () => {
  harness = await startHarness();
  page = await openFixture(harness, SEED.slug);
  await askTab(harness, page, { type: 'toggle-reader', on: true });
  await waitFor(() => page.evaluate(readerReport), (r) => r !== null, { what: 'the reader view' });
  const state = await askTab<{ analysis: { article: { text: string } } }>(harness, page, { type: 'get-state' });
  articleChars = squeeze(state.analysis.article.text).length;
});
afterAll(async () => {
  await harness?.close();
});

const THEMES = [
  { theme: 'auto', scheme: 'dark' },
  { theme: 'light', scheme: 'light' },
  { theme: 'sepia', scheme: 'light' },
  { theme: 'dark', scheme: 'dark' },
] as const;

describe.each(THEMES)('printing the seed article in the $theme theme ($scheme system)', ({ theme, scheme }) => {
  let printed: ReturnType<typeof readPdf>;
  beforeAll(async () => {
    // media: null, or Playwright would print with screen media.
    await page.emulateMedia({ colorScheme: scheme, media: null });
    expect(await page.evaluate(clickReader, `theme:${theme}`)).toBe(true);
    await waitFor(() => page.evaluate(readerReport), (r) => r?.theme === theme, { what: `theme ${theme}` });
    printed = readPdf(await page.pdf({ format: 'A4' }), artifactPath(`reader/print/chromium-${theme}.pdf`));
  });

  it('prints the whole article: the title and every paragraph, over several pages', () => {
    const text = squeeze(printed.text);
    expect(text).toContain(squeeze(SEED.title!));
    expect(SEED.gold.filter((line) => !text.includes(squeeze(line)))).toEqual([]);
    expect(text.length).toBeGreaterThanOrEqual(articleChars);
    expect(printed.pages).toBeGreaterThan(1);
  });

  it('prints neither the page beneath nor the toolbar', () => {
    const text = squeeze(printed.text);
    expect(text.length).toBeLessThan(articleChars + EXTRA_CHARS);
    for (const label of ['readerPrint', 'readerSettings', 'readerCloseShort', 'themeSepia']) expect(printed.text).not.toContain(en(label));
  });

  it('prints dark text on white paper', async () => {
    for (const [i, grey] of printed.luminance.entries()) {
      expect(grey, `page ${i + 1} is light`).toBeGreaterThan(180); // a dark page is about 40
      expect(printed.ink[i], `page ${i + 1} has ink`).toBeGreaterThan(0.001);
    }
    await page.emulateMedia({ media: 'print' });
    const colours = await page.evaluate(readerReport);
    await page.emulateMedia({ media: null });
    expect([colours?.background, colours?.color]).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  });
});
