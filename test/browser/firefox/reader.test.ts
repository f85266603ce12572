// Reader mode, export and copy in Firefox ESR (`npm run build` first): on from the popup's button
// and from a message, the article in #zjol-reader-root's shadow root with its styles applied, off
// again with the page exactly as it was; a Markdown export from the popup lands in the download
// folder with its YAML front matter; "copy Markdown" puts the same on the clipboard.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIREFOX_SKIP_REASON,
  firefoxTitle,
  fixtureMeta,
  openFixture,
  pageState,
  screenshot,
  sendToContent,
  sleep,
  startFirefoxHarness,
  waitFor,
  type FirefoxHarness,
} from './helpers';
import { readerView, pageSnapshot, type PageSnapshot } from './reader-probe';

const SLUG = 'legacy-seed-frames';
/** Scrolled down before reader mode, so that restoring the scroll position is tested too. */
const SCROLL_Y = 400;
/** The reader's paragraph typography (core/render/reader-css.ts): line-height 1.8, indent 2em. */
const LINE_HEIGHT_RATIO = 1.8;
const INDENT_EM = 2;
/** How long a download may take to appear in the download folder. */
const DOWNLOAD_TIMEOUT_MS = 10_000;

const meta = fixtureMeta(SLUG);
let harness: FirefoxHarness;
let page: Page;
let tabId: number;
let before: PageSnapshot;

describe.skipIf(FIREFOX_SKIP_REASON !== null)(firefoxTitle('Firefox: reader mode, export and copy'), () => {
  beforeAll(async () => {
    harness = await startFirefoxHarness();
    page = await openFixture(harness, SLUG);
    tabId = await harness.firefox.tabIdOf(page);
    await waitFor('the content script to read the page', () => page.evaluate(() => document.documentElement.dataset.zjolReader === 'article'));
    await page.evaluate((y) => window.scrollTo(0, y), SCROLL_Y);
    await sleep(300); // the page's own scroll handlers (the couplet follows the scroll)
    before = await pageSnapshot(page);
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe('from the popup', () => {
    let popup: Page;
    beforeAll(async () => {
      popup = await harness.firefox.openPopup(tabId);
      await waitFor('the popup to show its actions', () =>
        popup.evaluate(() => document.getElementById('actions')?.hidden === false),
      );
    });
    afterAll(async () => {
      await popup?.close();
    });

    it('shows the article in the popup', async () => {
      expect(await popup.evaluate(() => document.getElementById('title')?.textContent)).toBe(meta.expect.title);
    });

    it('turns reader mode on with the reader button', async () => {
      await popup.click('[data-action="reader"]');
      await waitFor('#zjol-reader-root', () => page.evaluate(() => document.getElementById('zjol-reader-root') !== null));
      await waitFor('the button to show reader mode on', () =>
        popup.evaluate(() => document.querySelector('[data-action="reader"]')?.getAttribute('aria-pressed') === 'true'),
      );
      expect((await pageState(harness, tabId)).readerMode).toBe(true);
      expect(await popup.evaluate(() => document.getElementById('status')?.textContent ?? '')).toBe('');
    });

    it('shows the title and paragraphs in the shadow root, styled', async () => {
      const view = await readerView(page);
      await screenshot(page, 'reader/popup-on');
      expectStyledArticle(view);
    });

    it('turns reader mode off with the same button and restores the page exactly', async () => {
      await popup.click('[data-action="reader"]');
      await waitFor('#zjol-reader-root to go', () => page.evaluate(() => document.getElementById('zjol-reader-root') === null));
      expect(await pageSnapshot(page)).toEqual(before);
      expect((await pageState(harness, tabId)).readerMode).toBe(false);
    });

    it('exports Markdown into the download folder', async () => {
      const downloads = harness.firefox.downloadDir;
      expect(readdirSync(downloads)).toEqual([]);
      await popup.click('[data-action="export-md"]');
      // Firefox creates the target file empty and writes into <name>.part until it is done.
      const file: string = await waitFor(
        'a finished .md download',
        () => {
          const names = readdirSync(downloads);
          const done = names.find((name) => name.endsWith('.md') && statSync(path.join(downloads, name)).size > 0);
          return done && !names.some((name) => name.endsWith('.part')) ? done : '';
        },
        DOWNLOAD_TIMEOUT_MS,
      );
      const status = await popup.evaluate(() => document.getElementById('status')?.textContent ?? '');
      expect(status).toContain(file);
      const content = readFileSync(path.join(downloads, file), 'utf8');
      expect(content.startsWith('---\ntitle: ')).toBe(true);
      const frontMatter = content.slice(0, content.indexOf('\n---\n', 4) + 5);
      expect(frontMatter).toContain(`title: ${JSON.stringify(meta.expect.title)}`);
      expect(frontMatter).toContain(`url: ${JSON.stringify(meta.url)}`);
      expect(content).toContain(`# ${meta.expect.title}`);
      for (const sentence of meta.mustStayVisible ?? []) expect(content).toContain(sentence);
    });

    it('copies Markdown to the clipboard', async () => {
      await popup.click('[data-action="copy-md"]');
      await waitFor('the popup to confirm', () => popup.evaluate(() => document.getElementById('status')?.textContent !== ''));
      expect(await popup.evaluate(() => document.getElementById('status')?.classList.contains('error'))).toBe(false);
      // What the clipboard holds, pasted into a textarea (headless Firefox has its own clipboard).
      await popup.evaluate(() => {
        const area = document.createElement('textarea');
        area.id = 'zz-paste';
        document.body.prepend(area);
        area.focus();
      });
      await popup.keyboard.down('Control');
      await popup.keyboard.press('v');
      await popup.keyboard.up('Control');
      const pasted = await waitFor('the paste', () => popup.evaluate(() => (document.getElementById('zz-paste') as HTMLTextAreaElement).value));
      expect(pasted.startsWith(`---\ntitle: ${JSON.stringify(meta.expect.title)}\n`)).toBe(true);
      expect(pasted).toContain(`# ${meta.expect.title}`);
    });
  });

  describe('from messages', () => {
    it('turns reader mode on', async () => {
      expect(await sendToContent(harness, tabId, { type: 'toggle-reader', on: true })).toEqual({ ok: true, value: { on: true } });
      const view = await readerView(page);
      expectStyledArticle(view);
      expect(await page.evaluate(() => document.documentElement.dataset.zjolReaderMode)).toBe('on');
    });

    it('turns it off and restores the page exactly', async () => {
      expect(await sendToContent(harness, tabId, { type: 'toggle-reader', on: false })).toEqual({ ok: true, value: { on: false } });
      expect(await page.evaluate(() => document.getElementById('zjol-reader-root'))).toBeNull();
      expect(await pageSnapshot(page)).toEqual(before);
    });
  });
});

function expectStyledArticle(view: Awaited<ReturnType<typeof readerView>>): void {
  expect(view.title).toBe(meta.expect.title);
  for (const sentence of meta.mustStayVisible ?? []) {
    expect(view.paragraphs.some((p) => p.replace(/\s+/g, '').includes(sentence.replace(/\s+/g, ''))), sentence).toBe(true);
  }
  const { fontSize, lineHeight, textIndent } = view.paragraphStyle;
  // Unstyled, a paragraph would have line-height "normal" and no indent.
  expect(fontSize).toBeGreaterThan(10);
  expect(lineHeight).toBeCloseTo(fontSize * LINE_HEIGHT_RATIO, 0);
  expect(textIndent).toBeCloseTo(fontSize * INDENT_EM, 0);
  expect(view.titleFontWeight).toBeGreaterThanOrEqual(700);
  expect(view.hostCoversViewport).toBe(true);
}
