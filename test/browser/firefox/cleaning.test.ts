// The extension in Firefox ESR on fixture pages (`npm run build` first): broken frames (HTTP
// 403/404/500/502/503 and a host that does not resolve) are hidden together with the boxes that
// only held them, the working video frame stays, ads are hidden (also those the page's scripts
// inject later), the article stays readable and the page is marked as an article.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../../src/platform/messages';
import {
  FIREFOX_SKIP_REASON,
  firefoxTitle,
  fixtureMeta,
  frameReport,
  isTextVisible,
  openFixture,
  pageState,
  screenshot,
  sendToContent,
  startFirefoxHarness,
  visibleBrokenFrames,
  visibleErrorTexts,
  visibleSelectors,
  waitFor,
  type FirefoxHarness,
} from './helpers';

/** How long the pages' own scripts take to finish changing the page (late-ads: 1500 ms after load). */
const SCRIPTS_SETTLE_MS = 8_000;

interface Case {
  slug: string;
  /** the ad units the fixture's notes list (outermost containers), including those injected later */
  ads: string[];
}

const CASES: Case[] = [
  { slug: 'legacy-seed-frames', ads: ['#hqwpzkfmta', '#rnvbtkcxoe', '#mzqlcwdhyu', '#zjnews_duilian', '#divAdvertise'] },
  { slug: 'frames-mixed', ads: ['#jrwqxmbvfs'] },
  // #ymqkdzwhrv/#gtbxnwfcpk arrive at 300 ms, #divAdvertise and the couplet at 1500 ms.
  { slug: 'late-ads', ads: ['#zhkrbtqwmy', '#ymqkdzwhrv', '#gtbxnwfcpk', '#divAdvertise', '#zjnews_duilian'] },
];

let harness: FirefoxHarness;

describe.skipIf(FIREFOX_SKIP_REASON !== null)(firefoxTitle('Firefox: the extension cleans fixture pages'), () => {
  beforeAll(async () => {
    harness = await startFirefoxHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });

  describe.each(CASES)('$slug', ({ slug, ads }) => {
    const meta = fixtureMeta(slug);
    const expected = meta.hiddenAfterScripts ?? meta.hidden;
    let page: Page;
    let tabId: number;
    let state: PageState;

    beforeAll(async () => {
      page = await openFixture(harness, slug);
      tabId = await harness.firefox.tabIdOf(page);
      // Late ads and late frames: wait until the counts settle on what the fixture expects, or
      // time out and let the tests below say what is wrong.
      await waitFor(`hidden counts ${JSON.stringify(expected)}`, async () => {
        state = await pageState(harness, tabId);
        return JSON.stringify(state.hidden) === JSON.stringify(expected);
      }, SCRIPTS_SETTLE_MS).catch(() => undefined);
      state = await pageState(harness, tabId);
      await screenshot(page, `cleaning/${slug}`);
    });
    afterAll(async () => {
      await page?.close();
    });

    it('marks the page as a zjol article', async () => {
      expect(await page.evaluate(() => document.documentElement.dataset.zjolReader)).toBe('article');
      expect(state.analysis?.detection.isArticle).toBe(true);
      expect(state.analysis?.article?.title).toBe(meta.expect.title);
    });

    it('hides every broken frame (error status or unresolvable host)', async () => {
      const frames = await frameReport(page);
      const broken = frames.filter((f) => f.kind === 'error-document' || f.kind === 'browser-error');
      // The fixture really produced its broken frames in Firefox (else the test below proves nothing).
      expect(broken.length).toBe(expected['broken-frame']);
      expect(await visibleBrokenFrames(page)).toEqual([]);
      expect(await visibleErrorTexts(page)).toEqual([]);
    });

    it('hides the boxes that held nothing but a broken frame', async () => {
      const wrappers = await brokenFrameWrappers(page);
      if (expected['broken-frame'] > 0) expect(wrappers.length).toBeGreaterThan(0);
      expect(wrappers.filter((w) => w.visible)).toEqual([]);
    });

    it('keeps working frames visible', async () => {
      const frames = await frameReport(page);
      for (const url of meta.keepFrames ?? []) {
        expect(frames.find((f) => f.url === url), url).toMatchObject({ kind: 'page', visible: true });
      }
    });

    it('hides every ad unit, including late ones', async () => {
      const present = await page.evaluate((list) => list.filter((sel) => document.querySelector(sel) !== null), ads);
      expect(present).toEqual(ads); // the page's scripts did inject the late ones
      expect(await visibleSelectors(page, ads)).toEqual([]);
    });

    it('keeps the article text visible', async () => {
      expect(await isTextVisible(page, meta.expect.title)).toBe(true);
      for (const sentence of meta.mustStayVisible ?? []) expect(await isTextVisible(page, sentence), sentence).toBe(true);
    });

    it('counts what it hid as the fixture expects', () => {
      expect(state.hidden).toEqual(expected);
      // The content script reports its own failures as `scan failed: …` / `reading the article failed: …`.
      expect(state.skipped.filter((s) => /\bfailed: /.test(s))).toEqual([]);
    });

    // Last: it undoes the hiding. Also proves the checks above can see a broken frame when one shows.
    it('shows the broken frames and ads again on request', async () => {
      const shownFrames = await sendToContent<PageState['hidden']>(harness, tabId, { type: 'show-hidden', kind: 'broken-frame' });
      expect(shownFrames).toMatchObject({ ok: true, value: { 'broken-frame': 0 } });
      expect((await visibleBrokenFrames(page)).length).toBe(expected['broken-frame']);
      if (expected['broken-frame'] > 0) expect((await visibleErrorTexts(page)).length).toBeGreaterThan(0);
      await sendToContent(harness, tabId, { type: 'show-hidden', kind: 'ad' });
      expect((await visibleSelectors(page, ads)).length).toBeGreaterThan(0);
    });
  });
});

/**
 * For every frame showing an error (document or Firefox's error page), its parent element if that
 * parent holds nothing but the frame, and whether a reader can see it.
 */
async function brokenFrameWrappers(page: Page): Promise<{ src: string; wrapper: string; visible: boolean }[]> {
  const out: { src: string; wrapper: string; visible: boolean }[] = [];
  for (const frame of page.mainFrame().childFrames()) {
    const report = (await frameReport(page)).find((f) => f.url === frame.url() && f.depth === 1);
    if (!report || (report.kind !== 'error-document' && report.kind !== 'browser-error')) continue;
    const element = (await frame.frameElement()) as ElementHandle<Element> | null;
    if (!element) continue;
    const info = await element.evaluate((el) => {
      const parent = el.parentElement;
      if (!parent || parent === document.body) return null;
      const onlyTheFrame = parent.children.length === 1 && (parent.textContent ?? '').trim() === '';
      if (!onlyTheFrame) return null;
      const rect = parent.getBoundingClientRect();
      const visible = rect.width > 0 && rect.height > 0 && parent.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      const name = `${parent.tagName.toLowerCase()}${parent.id ? `#${parent.id}` : ''}${parent.className ? `.${parent.className}` : ''}`;
      return { src: el.getAttribute('src') ?? '', wrapper: name, visible };
    });
    await element.dispose();
    if (info) out.push(info);
  }
  return out;
}
