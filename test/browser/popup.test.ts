// The popup, in Chromium: what it shows for a page (title, date, extractor, hidden
// counts, the reason on a non-article), "show again", every export button (a file with the
// template's name in the downloads folder, whose content equals the goldens), the three copy
// buttons (clipboard and confirmation), and the policy points that scroll the page, or the reader
// view, to their paragraph.
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../src/platform/messages';
import { openPopup } from '../../scripts/launch-chromium.mjs';
import { defaultFileName, en, expectedExports, normaliseExport } from './exports';
import { AD_UNITS, fixture, fixtureSlugs, strip } from './fixtures';
import {
  askTab,
  countVisible,
  downloadFrom,
  grantClipboard,
  openFixture,
  pageState,
  readClipboard,
  startHarness,
  tabOf,
  waitFor,
  type Harness,
} from './helpers';
import { highlightedText } from './reader-in-page';

const SEED = fixture('legacy-seed-frames');
const SEED_DATE = (SEED.meta.expect as { date: string }).date;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ downloads: true });
});
afterAll(async () => {
  await harness?.close();
});

/** A zjol page and its popup, the popup ready (its state rendered). */
async function pageWithPopup(slug: string): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await openFixture(harness, slug);
  const tabId = await tabOf(harness, page);
  const popup = await openPopup(harness.browser.context, harness.browser.extensionId, tabId);
  await waitFor(() => popup.locator('#main').getAttribute('aria-busy'), (v) => v === 'false', { what: 'the popup to render' });
  return { page, popup, tabId };
}

const status = (popup: Page) => popup.locator('#status').textContent();
const waitForStatus = (popup: Page, text: string) =>
  waitFor(() => status(popup), (s) => s === text, { what: `#status "${text}"` });

/** Clicks an export button and reads the file it saved (then deletes it: two fixtures share a title and date). */
function exportFile(popup: Page, format: 'md' | 'txt' | 'html' | 'json') {
  return downloadFrom(harness, () => popup.locator(`[data-action="export-${format}"]`).click(), { remove: true });
}

describe('the popup on legacy-seed-frames', () => {
  let page: Page;
  let popup: Page;
  let state: PageState;
  beforeAll(async () => {
    ({ page, popup } = await pageWithPopup('legacy-seed-frames'));
    state = await pageState(harness, page);
  });
  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  it('shows the title, the date and the extractor', async () => {
    expect(await popup.locator('#title').textContent()).toBe(SEED.title);
    expect(await popup.locator('#meta').textContent()).toContain(SEED_DATE);
    // The extractor in words a reader understands; its code stays in data-extractor.
    const code = await popup.locator('#extractor').getAttribute('data-extractor');
    expect(code).toBe(state.analysis?.article?.extractor);
    expect(await popup.locator('#extractor').textContent()).toBe(en(code!.startsWith('rule:') ? 'popupExtractorRule' : 'popupExtractorGeneric'));
    expect(await popup.locator('#main').textContent()).not.toMatch(/generic|rule:/);
    expect(await popup.locator('#not-article').isHidden()).toBe(true);
  });

  it('shows the hidden counts per kind', async () => {
    await waitFor(() => pageState(harness, page), (s) => JSON.stringify(s.hidden) === JSON.stringify(SEED.hidden), { what: 'the counts of meta.json' });
    const shown: Record<string, number> = {};
    for (const kind of ['broken-frame', 'error-fragment', 'ad']) {
      shown[kind] = Number(await popup.locator(`.hidden-list li[data-kind="${kind}"] .count`).textContent());
    }
    expect(shown).toEqual(SEED.hidden);
    expect(await popup.locator('#hidden-summary').isVisible()).toBe(true);
  });

  it('saves a Markdown file named by the template, equal to the golden', async () => {
    const file = await exportFile(popup, 'md');
    expect(file.fileName).toBe(defaultFileName(SEED_DATE, SEED.title!, 'md'));
    await waitForStatus(popup, en('popupSaved', file.fileName));
    expect(file.text).toMatch(/^exported: "\d{4}-\d{2}-\d{2}"$/m);
    expect(normaliseExport(file.text)).toBe(expectedExports('legacy-seed-frames').md);
  });

  it('saves a text file equal to the golden', async () => {
    const file = await exportFile(popup, 'txt');
    expect(file.fileName).toBe(defaultFileName(SEED_DATE, SEED.title!, 'txt'));
    expect(normaliseExport(file.text)).toBe(expectedExports('legacy-seed-frames').txt);
  });

  it('saves a standalone HTML file: no script, the title and every paragraph', async () => {
    const file = await exportFile(popup, 'html');
    expect(file.fileName).toBe(defaultFileName(SEED_DATE, SEED.title!, 'html'));
    expect(file.text).not.toMatch(/<script/i);
    const doc = new JSDOM(file.text).window.document;
    expect(doc.title).toBe(SEED.title);
    expect(doc.querySelector('h1')?.textContent).toBe(SEED.title);
    expect(doc.querySelectorAll('script, iframe, object, embed').length).toBe(0);
    const body = strip(doc.body.textContent ?? '');
    expect(SEED.gold.filter((line) => !body.includes(strip(line)))).toEqual([]);
  });

  it('saves JSON with the article and its points', async () => {
    const file = await exportFile(popup, 'json');
    expect(file.fileName).toBe(defaultFileName(SEED_DATE, SEED.title!, 'json'));
    const json = JSON.parse(file.text) as { title: string; text: string; points: { groups: unknown[] }; blocks: unknown[] };
    expect(json.title).toBe(SEED.title);
    expect(Array.isArray(json.points.groups)).toBe(true);
    expect(json.points.groups.length).toBeGreaterThan(0);
    expect(json.points).toEqual(state.analysis?.points);
    const text = strip(json.text);
    expect(SEED.gold.filter((line) => !text.includes(strip(line)))).toEqual([]);
  });

  describe('copy buttons', () => {
    beforeAll(async () => {
      await grantClipboard(harness, popup);
      await popup.bringToFront();
    });

    it('copy Markdown: the Markdown export on the clipboard, and a confirmation', async () => {
      await popup.locator('[data-action="copy-md"]').click();
      await waitForStatus(popup, en('popupCopiedMarkdown'));
      expect(normaliseExport(await readClipboard(popup))).toBe(expectedExports('legacy-seed-frames').md);
    });

    it('copy text: the text export on the clipboard, and a confirmation', async () => {
      await popup.locator('[data-action="copy-text"]').click();
      await waitForStatus(popup, en('popupCopiedText'));
      expect(normaliseExport(await readClipboard(popup))).toBe(expectedExports('legacy-seed-frames').txt);
    });

    it("copy outline: the points outline (the Markdown export's summary) on the clipboard", async () => {
      await popup.locator('[data-action="copy-outline"]').click();
      await waitForStatus(popup, en('popupCopiedOutline'));
      const outline = await readClipboard(popup);
      const md = expectedExports('legacy-seed-frames').md;
      const heading = '## 要点摘要\n\n';
      expect(md).toContain(heading);
      expect(`${outline.trimEnd()}\n`).toBe(md.slice(md.indexOf(heading) + heading.length));
      for (const group of state.analysis?.points?.groups ?? []) for (const point of group.points) expect(outline).toContain(point.headline);
    });
  });

  describe('policy points', () => {
    it('lists every point of the article', async () => {
      const points = (state.analysis?.points?.groups ?? []).flatMap((g) => g.points);
      expect(points.length).toBeGreaterThan(0);
      expect(await popup.locator('#points-list button[data-block]').count()).toBe(points.length);
    });

    /** The seed's 二是 of the seven-point group: one of seven points in one paragraph. */
    const pointInCrowdedParagraph = () => {
      const group = state.analysis!.points!.groups.find((g) => g.points.length === 7)!;
      return group.points[1]!;
    };
    const buttonOf = (headline: string) => popup.locator('#points-list button[data-block]', { hasText: headline }).first();

    it("scrolls the page to a clicked point and lights up the point's sentence, not its paragraph", async () => {
      const point = pointInCrowdedParagraph();
      const block = state.analysis!.article!.blocks[point.block] as { type: string; text: string };
      expect(block.type).toBe('paragraph');
      await page.evaluate(() => window.scrollTo(0, 0));
      await buttonOf(point.headline).click();
      const lit = await waitFor(() => page.evaluate(highlightedText, 'zjol-reader-point'), (t) => t !== null, {
        what: "the point's sentence highlighted",
      });
      expect(strip(lit!)).toBe(`${point.marker}${point.headline}。`);
      expect(strip(block.text).length).toBeGreaterThan(strip(lit!).length * 3);
      const spot = await waitFor(
        () => page.evaluate(() => window.scrollY),
        (y) => y > 0,
        { what: 'the page scrolled to the point' },
      );
      expect(spot).toBeGreaterThan(0);
      expect(await status(popup)).not.toBe(en('popupPointNotFound'));
    });

    it("in reader mode, scrolls the reader view to the point and lights up its sentence", async () => {
      await askTab(harness, page, { type: 'toggle-reader', on: true });
      await waitFor(() => page.locator('#zjol-reader-root').count(), (n) => n === 1, { what: 'the reader view' });
      const point = pointInCrowdedParagraph();
      await buttonOf(point.headline).click();
      const lit = await waitFor(() => page.evaluate(highlightedText, 'zr-point'), (t) => t !== null, { what: 'the sentence highlighted in the view' });
      expect(strip(lit!)).toBe(`${point.marker}${point.headline}。`);
      await waitFor(
        () =>
          page.evaluate((b) => {
            const host = document.getElementById('zjol-reader-root')!;
            const target = host.shadowRoot!.querySelector<HTMLElement>(`.zr-body [data-block="${b}"]`)!;
            const rect = target.getBoundingClientRect();
            return { scrollTop: host.scrollTop, top: rect.top, bottom: rect.bottom, height: window.innerHeight, whole: target.classList.contains('zr-highlight') };
          }, point.block),
        (s) => s.scrollTop > 0 && s.top < s.height && s.bottom > 0 && !s.whole,
        { what: 'the reader view scrolled to the point, its paragraph not lit as a whole' },
      );
      await askTab(harness, page, { type: 'toggle-reader', on: false });
    });
  });

  it('shows the ads again on "show again", and counts none hidden', async () => {
    await popup.locator('[data-action="show-ad"]').click();
    await waitFor(() => popup.locator('.hidden-list li[data-kind="ad"] .count').textContent(), (n) => n === '0', { what: 'the ad count to drop to 0' });
    // The ad slots in the page's flow can be seen again (the float and couplet are positioned boxes).
    for (const selector of ['#hqwpzkfmta', '#rnvbtkcxoe', '#mzqlcwdhyu']) {
      expect(await countVisible(page, selector), selector).toBeGreaterThan(0);
    }
    expect(await countVisible(page, 'img[src*="/05zjol/adcode/"]')).toBeGreaterThan(0);
    expect((await pageState(harness, page)).hidden).toEqual({ ...SEED.hidden, ad: 0 });
    // Broken frames stay hidden.
    expect(await countVisible(page, 'iframe[src*="016298873"]')).toBe(0);
    expect(AD_UNITS['legacy-seed-frames']).toContain('#hqwpzkfmta');
  });
});

// Every zjol article: its exports from the browser equal its goldens (expected.md, expected.txt
// when committed; until then the core's output in jsdom, which the goldens are made from). Pages that
// render their article by script have no export goldens: late-body.test.ts reads them.
const exportPages = fixtureSlugs().filter((slug) => fixture(slug).isZjol && fixture(slug).isArticle && !fixture(slug).rendersLate);
describe.each(exportPages)('exports of %s', (slug) => {
  const info = fixture(slug);
  const date = (info.meta.expect as { date?: string | null } | undefined)?.date ?? null;
  let page: Page;
  let popup: Page;
  beforeAll(async () => {
    ({ page, popup } = await pageWithPopup(slug));
  });
  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  it('Markdown and text equal the goldens, under the template name', async () => {
    const expected = expectedExports(slug);
    const md = await exportFile(popup, 'md');
    const txt = await exportFile(popup, 'txt');
    expect(md.fileName).toBe(defaultFileName(date, info.title!, 'md'));
    expect(txt.fileName).toBe(defaultFileName(date, info.title!, 'txt'));
    expect(normaliseExport(md.text)).toBe(expected.md);
    expect(normaliseExport(txt.text)).toBe(expected.txt);
  });
});

describe('the popup on a list page (index-page)', () => {
  let page: Page;
  let popup: Page;
  beforeAll(async () => {
    ({ page, popup } = await pageWithPopup('index-page'));
  });
  afterAll(async () => {
    await popup?.close();
    await page?.close();
  });

  it('says why it is not an article', async () => {
    expect(await popup.locator('#not-article').isVisible()).toBe(true);
    expect(await popup.locator('#reason').textContent()).toBe(`${en('reason_index_page')} ${en('popupOnDemand')}`);
    expect(await popup.locator('#article').isHidden()).toBe(true);
  });

  it('still shows what it hid there', async () => {
    const info = fixture('index-page');
    await waitFor(() => pageState(harness, page), (s) => s.hidden.ad === info.hidden.ad, { what: 'the ads counted' });
    await popup.reload();
    await waitFor(() => popup.locator('.hidden-list li[data-kind="ad"] .count').textContent(), (n) => n === String(info.hidden.ad), { what: 'the ad count' });
  });
});
