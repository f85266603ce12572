// The popup's points and the options page in Firefox ESR: numbers on the first line of their
// items, headlines cut with the whole one in the tooltip, the count badge explained, the extractor
// in words; a click on a point lights up the point's sentence on the page and in reader mode, not
// its paragraph; and the options page refuses an out-of-range size visibly, saving nothing else.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../../src/platform/messages';
import { en } from '../exports';
import { highlightedText } from '../reader-in-page';
import { gotoExtensionPage } from '../../../scripts/launch-firefox.mjs';
import { FIREFOX_SKIP_REASON, firefoxTitle, openFixture, pageState, sendToContent, startFirefoxHarness, waitFor, type FirefoxHarness } from './helpers';

const squeeze = (t: string) => t.replace(/[\s\u3000]+/g, '');
let harness: FirefoxHarness;
let page: Page;
let popup: Page;
let tabId: number;
let state: PageState;

const sync = () =>
  harness.firefox.evaluateInExtension(
    () => (globalThis as unknown as { browser: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).browser.storage.sync.get(null),
    null,
  );

async function clickPoint(headline: string): Promise<void> {
  const clicked = await popup.evaluate((h) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('#points-list button[data-block]')].find((b) => b.textContent?.includes(h));
    button?.click();
    return button !== undefined;
  }, headline);
  expect(clicked).toBe(true);
}

describe.skipIf(FIREFOX_SKIP_REASON !== null)(firefoxTitle('Firefox: popup points and options'), () => {
  beforeAll(async () => {
    harness = await startFirefoxHarness();
    page = await openFixture(harness, 'legacy-seed-frames');
    tabId = await harness.firefox.tabIdOf(page);
    await waitFor('the page read', () => page.evaluate(() => document.documentElement.dataset.zjolReader === 'article'));
    state = await pageState(harness, tabId);
    popup = await harness.firefox.openPopup(tabId);
    await waitFor('the popup to render', () => popup.evaluate(() => document.getElementById('main')?.getAttribute('aria-busy') === 'false'));
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('puts point numbers on the first line, cuts long headlines, explains the badge, names the extractor in words', async () => {
    const view = await popup.evaluate(() => ({
      items: [...document.querySelectorAll<HTMLButtonElement>('#points-list button[data-block]')].map((b) => {
        const range = document.createRange();
        range.selectNodeContents(b.querySelector('.text')!);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        return { gap: Math.abs(b.querySelector('.num')!.getBoundingClientRect().top - (rects[0]?.top ?? NaN)), lines: new Set(rects.map((r) => Math.round(r.top))).size, text: b.querySelector('.text')!.textContent ?? '', title: b.title, nested: b.closest('.nested') !== null };
      }),
      badge: { text: document.querySelector('.pgroup .check')?.textContent, title: document.querySelector('.pgroup .check')?.getAttribute('title') },
      extractor: { text: document.getElementById('extractor')?.textContent, code: document.getElementById('extractor')?.dataset.extractor },
    }));
    expect(view.items.some((i) => i.nested && i.lines > 1)).toBe(true);
    for (const item of view.items) expect(item.gap, item.text).toBeLessThan(4);
    const cut = view.items.filter((i) => i.text.endsWith('…'));
    expect(cut.length).toBeGreaterThan(0);
    for (const item of cut) expect(item.title.length).toBeGreaterThan(item.text.length);
    const group = state.analysis!.points!.groups.find((g) => g.declaredCount !== null)!;
    const [found, declared] = [String(group.points.length), String(group.declaredCount)];
    expect(view.badge).toEqual({ text: en('popupCountBadge', found, declared), title: en(found === declared ? 'popupCountAllFound' : 'popupCountSomeFound', declared, found) });
    expect(view.extractor.code).toBe(state.analysis!.article!.extractor);
    expect(view.extractor.text).toBe(en(view.extractor.code!.startsWith('rule:') ? 'popupExtractorRule' : 'popupExtractorGeneric'));
  });

  it("lights up the point's sentence on the page, then in reader mode", async () => {
    const point = state.analysis!.points!.groups.find((g) => g.points.length === 7)!.points[2]!;
    const sentence = `${point.marker}${point.headline}。`;
    await clickPoint(point.headline);
    const onPage = await waitFor('the sentence on the page', () => page.evaluate(highlightedText, 'zjol-reader-point'));
    expect(squeeze(onPage!)).toBe(sentence);
    await sendToContent(harness, tabId, { type: 'toggle-reader', on: true });
    await waitFor('the reader view', () => page.evaluate(() => document.getElementById('zjol-reader-root') !== null));
    await clickPoint(point.headline);
    const inView = await waitFor('the sentence in the view', () => page.evaluate(highlightedText, 'zr-point'));
    expect(squeeze(inView!)).toBe(sentence);
    await sendToContent(harness, tabId, { type: 'toggle-reader', on: false });
  });

  describe('the options page', () => {
    let options: Page;
    beforeAll(async () => {
      options = await harness.firefox.browser.newPage();
      await gotoExtensionPage(options, harness.firefox.extensionUrl('src/options/index.html'));
      await waitFor('the form filled', () => options.evaluate(() => (document.getElementById('readerFontSize') as HTMLInputElement).value !== ''));
    });

    async function type(id: string, value: string): Promise<void> {
      await options.evaluate((i) => {
        const input = document.getElementById(i) as HTMLInputElement;
        input.focus();
        input.select();
      }, id);
      await options.keyboard.type(value);
      await options.keyboard.press('Tab');
    }

    it('refuses an out-of-range font size visibly and keeps the stored one', async () => {
      const before = (await sync()).readerFontSize;
      await type('readerFontSize', '40');
      const shown = await waitFor('the error', () =>
        options.evaluate(() => {
          const error = document.getElementById('readerFontSize-error')!;
          return error.hidden ? null : { error: error.textContent, invalid: document.getElementById('readerFontSize')!.getAttribute('aria-invalid'), value: (document.getElementById('readerFontSize') as HTMLInputElement).value, status: document.getElementById('status')!.textContent };
        }),
      );
      expect(shown).toEqual({ error: en('optionsErrorRange', '14', '28', '1'), invalid: 'true', value: '40', status: en('optionsNotSaved') });
      expect((await sync()).readerFontSize).toBe(before);
      await type('readerFontSize', '21');
      await waitFor('21 stored', async () => (await sync()).readerFontSize === 21);
      expect(await options.evaluate(() => document.getElementById('readerFontSize-error')!.hidden)).toBe(true);
    });
  });
});
