// Hostile and broken pages in Chromium with the built extension: pages generated at test
// time into a temp folder (test/hostile/*) and served under zjol URLs by the fixture server.
//   - broken markup, no text, 5 MB, 65,000 elements, deep nesting, 2,000 iframes, a page that adds
//     nodes for ever: the content script finishes, the page stays usable (its button and scrolling
//     work), `data-zjol-reader` is set, and `skipped` says what was not done where a limit was hit;
//   - script injection: nothing runs in reader mode, in the popup or in the exported HTML file
//     opened from disk; the reader view and the file hold no script, handler or dangerous URL;
//   - spoofing: forged, replayed and stolen frame tokens, synthetic events, our data attributes,
//     a content frame with a failed frame's src: nothing that is not broken gets hidden, the
//     counts are those of the same page without spoofing;
//   - DOM clobbering of `document` and of our globals: the extension still reads the page.
// Pipeline times are printed for the bench (never asserted). Build first: `npx vite build`.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../src/platform/messages';
import { openPopup } from '../../scripts/launch-chromium.mjs';
import { injectionArticle, MARKUP_LOOKING, markupProblems, ranInView } from '../hostile/injection';
import {
  BROWSER_DEEP_LEVELS,
  deepNestingScript,
  HOSTILE_PAGES,
  HUGE_PARAGRAPHS,
  MANY_IFRAMES,
  writeHostileFixtures,
  type HostilePage,
} from '../hostile/pages';
import { CLOBBER_NAMES, clobberPage, INNER_TALK_TEXT, SPOOF_VARIANTS, spoofPage, SRCDOC_TEXT, TALK_TEXT } from '../hostile/spoofing';
import { squash } from '../hostile/text';
import { askTab, downloadFrom, isTextVisible, openFixture, pageState, startHarness, tabOf, waitFor, type Harness } from './helpers';

/** The content script stops watching 30 s after it started at most (DEFAULT_WATCH_LIMITS.maxMs); slack on top. */
const WATCH_BOUND_MS = 40_000;
/** How long a payload gets to run (load/error/focus events fire within a frame or two). */
const PAYLOAD_SETTLE_MS = 1_500;

const timings: string[] = [];
let harness: Harness;
let dir: string;
const pages = new Map<string, HostilePage>();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'zjol-hostile-pages-'));
  const all: HostilePage[] = [
    ...(['malformed-unclosed', 'malformed-table-in-p', 'malformed-nested-html', 'no-body-text', 'empty-document', 'huge-paragraphs', 'huge-dom', 'deep-nesting-parsed', 'many-iframes', 'forever-adding'] as const).map((slug) => HOSTILE_PAGES[slug]()),
    deepNestingScript(BROWSER_DEEP_LEVELS),
    injectionArticle(),
    ...SPOOF_VARIANTS.map((variant) => spoofPage(variant)),
    ...CLOBBER_NAMES.map((_, i) => clobberPage(i)),
  ];
  for (const page of all) pages.set(page.slug, page);
  writeHostileFixtures(dir, all);
  harness = await startHarness({ pagesDir: dir, downloads: true });
}, 120_000);

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (timings.length) console.log(`[hostile browser timings]\n${timings.join('\n')}`);
});

const hostile = (slug: string): HostilePage => {
  const page = pages.get(slug);
  if (!page) throw new Error(`no generated page ${slug}`);
  return page;
};

/** `data-zjol-reader` of the page, read without going through `document` (a page may clobber it). */
const zjolReaderMark = (page: Page): Promise<string | null> => page.locator('html').getAttribute('data-zjol-reader');

/** The state once the content script has analysed the page. */
const analysed = (page: Page, timeout = 30_000): Promise<PageState> =>
  waitFor(() => pageState(harness, page), (s) => s.analysis !== null || s.skipped.length > 0, { timeout, what: 'the page analysed' });

/** The page still works for its reader: its own button responds, and it scrolls. */
async function expectUsable(page: Page): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as { __clicks: number }).__clicks);
  await page.locator('#hostile-probe').click({ timeout: 10_000 });
  await waitFor(() => page.evaluate(() => (window as unknown as { __clicks: number }).__clicks), (n) => n === before + 1, { what: 'the page button to count a click' });
  await page.mouse.move(200, 200);
  await page.mouse.wheel(0, 600);
  await waitFor(() => page.evaluate(() => window.scrollY), (y) => y > 0, { what: 'the page to scroll' });
}

/** Gold paragraphs a reader cannot see on the page. */
async function invisibleGold(page: Page, gold: readonly string[]): Promise<string[]> {
  const visible = squash(await page.evaluate(() => document.body?.innerText ?? ''));
  return gold.filter((line) => !visible.includes(squash(line)));
}

function record(slug: string, state: PageState, extra = ''): void {
  timings.push(`${slug}: pipeline ${state.pipelineMs?.toFixed(0) ?? '-'} ms (analyze + points in the page)${extra}; skipped: ${JSON.stringify(state.skipped)}`);
}

// ── Broken and huge pages ─────────────────────────────────────────────────────────────────────

describe('broken markup', () => {
  it.each(['malformed-unclosed', 'malformed-table-in-p', 'malformed-nested-html', 'deep-nesting-parsed', 'deep-nesting-script'])(
    '%s: read as an article, all of it visible, the page usable',
    async (slug) => {
      const info = hostile(slug);
      const page = await openFixture(harness, slug);
      try {
        const state = await analysed(page);
        record(slug, state);
        expect(await zjolReaderMark(page)).toBe('article');
        expect(state.analysis?.article?.title).toBe(info.title);
        const text = squash(state.analysis?.article?.text ?? '');
        for (const line of info.gold) expect(text).toContain(squash(line));
        expect(await invisibleGold(page, info.gold)).toEqual([]);
        await expectUsable(page);
      } finally {
        await page.close();
      }
    },
  );

  it(`deep-nesting-script really is ${BROWSER_DEEP_LEVELS} levels deep in the browser`, async () => {
    const page = await openFixture(harness, 'deep-nesting-script');
    try {
      const depth = await page.evaluate(() => {
        let n = 0;
        for (let el: Element | null = document.querySelector('.artCon p'); el; el = el.parentElement) n += 1;
        return n;
      });
      expect(depth).toBeGreaterThan(BROWSER_DEEP_LEVELS);
    } finally {
      await page.close();
    }
  });
});

describe('no text', () => {
  it('no-body-text: "other", no-body, the page usable', async () => {
    const page = await openFixture(harness, 'no-body-text');
    try {
      const state = await analysed(page);
      expect(await zjolReaderMark(page)).toBe('other');
      expect(state.analysis?.detection).toMatchObject({ isArticle: false, reason: 'no-body' });
      await expectUsable(page);
    } finally {
      await page.close();
    }
  });

  it('empty-document: "other", nothing hidden', async () => {
    const page = await openFixture(harness, 'empty-document');
    try {
      const state = await analysed(page);
      expect(await zjolReaderMark(page)).toBe('other');
      expect(state.analysis?.article ?? null).toBeNull();
      expect(state.hidden).toEqual({ 'broken-frame': 0, 'error-fragment': 0, ad: 0 });
    } finally {
      await page.close();
    }
  });
});

describe('size', () => {
  it(`huge-paragraphs: ${HUGE_PARAGRAPHS} paragraphs, 5 MB, all extracted, the page usable`, async () => {
    const info = hostile('huge-paragraphs');
    const started = Date.now();
    const page = await openFixture(harness, 'huge-paragraphs');
    try {
      const loaded = Date.now() - started;
      const state = await analysed(page);
      record('huge-paragraphs', state, `, page load ${loaded} ms`);
      expect(await zjolReaderMark(page)).toBe('article');
      expect(state.analysis?.article?.blocks).toHaveLength(HUGE_PARAGRAPHS);
      expect(state.analysis?.points?.groups.length).toBeGreaterThan(0);
      await expectUsable(page);
      expect(await isTextVisible(page, info.gold.at(-1)!)).toBe(true);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('huge-dom: over 60,000 elements, all extracted, not watched, and says so', async () => {
    const page = await openFixture(harness, 'huge-dom');
    try {
      const state = await analysed(page);
      record('huge-dom', state);
      expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(60_000);
      expect(state.analysis?.article?.blocks).toHaveLength(HUGE_PARAGRAPHS);
      expect(state.skipped.join('\n')).toMatch(/too large to watch/);
      await expectUsable(page);
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe('never done', () => {
  it('forever-adding: the watch stops in bounded time and says why; the page keeps working, its script too', async () => {
    const page = await openFixture(harness, 'forever-adding');
    const started = Date.now();
    try {
      await analysed(page);
      const state = await waitFor(() => pageState(harness, page), (s) => s.skipped.length > 0, { timeout: WATCH_BOUND_MS, interval: 500, what: 'the watch to stop' });
      record('forever-adding', state, `, watch stopped ${Date.now() - started} ms after load`);
      expect(state.skipped.join('\n')).toMatch(/watch (stopped|ended)/);
      expect(await zjolReaderMark(page)).toBe('article');
      // Ads added while we watched were hidden; never more than the page added.
      const adsAdded = await page.evaluate(() => (window as unknown as { __adsAdded: number }).__adsAdded);
      expect(state.hidden.ad).toBeGreaterThan(1);
      expect(state.hidden.ad).toBeLessThanOrEqual(adsAdded + 1);
      // The page's own script still runs, its button and scrolling work.
      const added = await page.evaluate(() => (window as unknown as { __added: number }).__added);
      await waitFor(() => page.evaluate(() => (window as unknown as { __added: number }).__added), (n) => n > added + 10, { what: 'the page script to keep adding' });
      await expectUsable(page);
    } finally {
      await page.close();
    }
  }, 90_000);

  it(`many-iframes: ${MANY_IFRAMES} frames answering 404; every frame Chromium loads is hidden, the page usable`, async () => {
    const started = Date.now();
    // Chromium needs 20-40 s to parse this page and start its frames on a busy machine.
    const page = await openFixture(harness, 'many-iframes', {
      waitUntil: 'domcontentloaded',
      beforeGoto: async (p) => p.setDefaultNavigationTimeout(150_000),
    });
    try {
      const ready = Date.now() - started;
      await analysed(page, 60_000);
      // Hidden frames come in as each one loads; wait until the count holds still for 5 s.
      let last = -1;
      let stableSince = Date.now();
      const state = await waitFor(
        () => pageState(harness, page),
        (s) => {
          if (s.hidden['broken-frame'] !== last) {
            last = s.hidden['broken-frame'];
            stableSince = Date.now();
          }
          return last > 0 && Date.now() - stableSince > 5_000;
        },
        { timeout: 150_000, interval: 1_000, what: 'the broken-frame count to settle' },
      );
      const settled = Date.now() - started;
      // Chromium loads at most 1,000 frames per page (Blink's frame limit); the others get no
      // window and no box at all. Every frame that loaded shows the 404 document: all hidden.
      const frames = await page.evaluate(() => {
        const all = [...document.querySelectorAll<HTMLIFrameElement>('.frameBox iframe')];
        const loaded = all.filter((f) => f.contentWindow !== null);
        return {
          all: all.length,
          loaded: loaded.length,
          loadedVisible: loaded.filter((f) => f.checkVisibility() && f.getBoundingClientRect().width > 0).length,
          unloadedVisible: all.filter((f) => f.contentWindow === null && f.getBoundingClientRect().width > 0).length,
        };
      });
      record('many-iframes', state, `, DOMContentLoaded ${ready} ms, count settled ${settled} ms after navigation at ${state.hidden['broken-frame']} hidden; frames ${JSON.stringify(frames)}`);
      expect(await zjolReaderMark(page)).toBe('article');
      expect(frames.all).toBe(MANY_IFRAMES);
      expect(frames.loaded).toBeGreaterThan(0);
      expect(state.hidden['broken-frame']).toBe(frames.loaded);
      expect(frames.loadedVisible).toBe(0);
      expect(frames.unloadedVisible).toBe(0);
      await expectUsable(page);
      expect(await invisibleGold(page, hostile('many-iframes').gold)).toEqual([]);
      const finished = await waitFor(() => pageState(harness, page), (s) => s.skipped.length > 0, { timeout: WATCH_BOUND_MS, interval: 1_000, what: 'the watch to end' });
      expect(finished.skipped.join('\n')).toMatch(/watch (stopped|ended)/);
    } finally {
      await page.close();
    }
  }, 400_000);
});

// ── Script injection ─────────────────────────────────────────────────────────────────────────

type Pwned = string[] | undefined;
const pwned = (target: Page | Frame): Promise<Pwned> => target.evaluate(() => (window as unknown as { __pwned?: string[] }).__pwned);

/**
 * What ran in the page since it loaded that is not the page's own doing: payloads that ran in the
 * reader view (`@view`), or payloads that had not run on the page itself (the page's own handlers
 * may run again, e.g. `onfocus` when focus returns to its autofocused link after reader mode).
 */
async function ranSince(page: Page, onLoad: readonly string[]): Promise<string[]> {
  const now = (await pwned(page)) ?? [];
  return [...ranInView(now), ...now.slice(onLoad.length).filter((e) => !onLoad.includes(e) && !e.endsWith('@view'))];
}

describe('script injection in the article', () => {
  const info = injectionArticle();
  let page: Page;
  /** What ran on the page itself when it loaded (the page's business, not ours). */
  let onLoad: string[];
  beforeAll(async () => {
    page = await openFixture(harness, info.slug);
    await analysed(page);
    await page.waitForTimeout(PAYLOAD_SETTLE_MS);
    onLoad = [...((await pwned(page)) ?? [])];
  });
  afterAll(() => page?.close());

  it('the payloads are live on the page itself (the test would see one run)', () => {
    expect(onLoad).toEqual(expect.arrayContaining(['img-onerror', 'svg-onload']));
    expect(ranInView(onLoad)).toEqual([]);
  });

  it('reader mode: nothing runs, the view holds no script, handler, dangerous URL or clobbering name', async () => {
    expect(await askTab<{ on: boolean }>(harness, page, { type: 'toggle-reader', on: true })).toEqual({ on: true });
    await page.waitForTimeout(PAYLOAD_SETTLE_MS);
    // Focus and hover in the view too (handlers that need them).
    await page.mouse.move(300, 300);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect(await ranSince(page, onLoad)).toEqual([]);
    const html = await page.evaluate(() => document.getElementById('zjol-reader-root')?.shadowRoot?.querySelector('.zr-article')?.outerHTML ?? '');
    expect(html).not.toBe('');
    const view = JSDOM.fragment(html);
    expect(markupProblems(view)).toEqual([]);
    const text = squash(view.textContent ?? '');
    for (const line of info.mustShow) expect(text).toContain(squash(line));
    expect(view.querySelector('h1')?.textContent).toBe(MARKUP_LOOKING.title);
    await askTab(harness, page, { type: 'toggle-reader', on: false });
  });

  it('the popup: nothing runs, page text stays text (title, points)', async () => {
    const tabId = await tabOf(harness, page);
    const popup = await openPopup(harness.browser.context, harness.browser.extensionId, tabId);
    try {
      await waitFor(() => popup.locator('#main').getAttribute('aria-busy'), (v) => v === 'false', { what: 'the popup to render' });
      await popup.waitForTimeout(PAYLOAD_SETTLE_MS);
      expect(await pwned(popup)).toBeUndefined();
      expect(await popup.locator('#title').textContent()).toBe(MARKUP_LOOKING.title);
      expect(await popup.locator('main img, main svg, main iframe, main script').count()).toBe(0);
      // A long headline is cut in the list and whole in its tooltip: text in both places.
      const points = await popup.locator('#points-list').evaluate((el) => ({
        text: el.textContent ?? '',
        titles: [...el.querySelectorAll<HTMLElement>('[title]')].map((b) => b.title).join('\n'),
      }));
      expect(`${points.text}\n${points.titles}`).toContain(MARKUP_LOOKING.point);
      expect(points.text).toContain(MARKUP_LOOKING.point.slice(0, 12));
      expect(await ranSince(page, onLoad)).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('the exported HTML file: clean when parsed, and nothing runs when opened from disk', async () => {
    const tabId = await tabOf(harness, page);
    const popup = await openPopup(harness.browser.context, harness.browser.extensionId, tabId);
    let file: { path: string; text: string };
    try {
      await waitFor(() => popup.locator('#main').getAttribute('aria-busy'), (v) => v === 'false', { what: 'the popup to render' });
      file = await downloadFrom(harness, () => popup.locator('[data-action="export-html"]').click());
    } finally {
      await popup.close();
    }
    const doc = new JSDOM(file.text).window.document;
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(markupProblems(doc.body)).toEqual([]);
    for (const meta of doc.head.querySelectorAll('meta[http-equiv]')) expect(meta.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    const opened = await harness.browser.context.newPage();
    try {
      await opened.goto(pathToFileURL(file.path).href);
      await opened.waitForTimeout(PAYLOAD_SETTLE_MS);
      await opened.keyboard.press('Tab');
      expect(await pwned(opened)).toBeUndefined();
      expect(await opened.evaluate(() => document.scripts.length)).toBe(0);
      expect(squash(await opened.evaluate(() => document.body.innerText))).toContain(squash(info.mustShow[0]!));
    } finally {
      await opened.close();
    }
  });
});

// ── Spoofing ─────────────────────────────────────────────────────────────────────────────────

interface SpoofOutcome {
  state: PageState;
  visible: Record<string, boolean>;
  nest: Record<string, boolean>;
  talkText: string | null;
}

/** Whether an element can be seen: it and its ancestors displayed, with a size. */
function visibleIn(target: Page | Frame, selector: string): Promise<boolean> {
  return target.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }, selector);
}

/** Opens a spoof variant and lets everything settle: frames load, tokens fly, the late frame arrives. */
async function spoofOutcome(variant: (typeof SPOOF_VARIANTS)[number]): Promise<SpoofOutcome> {
  const page = await openFixture(harness, `spoof-${variant}`);
  try {
    await analysed(page);
    // Both broken frames (top and nested) hidden: the handshake and the load-status signal had their turn.
    await waitFor(() => visibleIn(page, '#broken'), (v) => !v, { what: '#broken to be hidden' });
    if (variant === 'srcdoc') await waitFor(() => page.evaluate(() => (window as unknown as { __lateAdded?: boolean }).__lateAdded === true), Boolean, { what: 'the late frame' });
    await page.waitForTimeout(3_000);
    const state = await pageState(harness, page);
    const visible: Record<string, boolean> = {};
    for (const selector of ['#broken', '#talk', '#nest', '#srcdocTalk', '#divAdvertise']) visible[selector] = await visibleIn(page, selector);
    const nestFrame = page.frames().find((f) => f.url().includes('/nest_'));
    const nest: Record<string, boolean> = {};
    if (nestFrame) for (const selector of ['#nestBroken', '#innerTalk']) nest[selector] = await visibleIn(nestFrame, selector);
    const talkFrame = page.frames().find((f) => f.url().includes('/talk_'));
    const talkText = talkFrame ? await talkFrame.evaluate(() => document.body.innerText) : null;
    return { state, visible, nest, talkText };
  } finally {
    await page.close();
  }
}

describe('spoofing', () => {
  let control: SpoofOutcome;
  beforeAll(async () => {
    control = await spoofOutcome('control');
  }, 60_000);

  it('control: the broken frames hidden (also the nested one), the content frames and the article visible', () => {
    expect(control.state.hidden).toEqual({ 'broken-frame': 1, 'error-fragment': 0, ad: 1 });
    expect(control.visible).toMatchObject({ '#broken': false, '#talk': true, '#nest': true, '#divAdvertise': false });
    expect(control.nest).toEqual({ '#nestBroken': false, '#innerTalk': true });
    expect(control.talkText).toContain(TALK_TEXT);
  });

  it.each(SPOOF_VARIANTS.filter((v) => v !== 'control'))('%s: hides nothing that is not broken, counts what control counts', async (variant) => {
    const outcome = await spoofOutcome(variant);
    // Reported first, so a failure shows the whole picture.
    const picture = JSON.stringify({ hidden: outcome.state.hidden, visible: outcome.visible, nest: outcome.nest });
    expect(outcome.visible['#talk'], `the comment frame (${TALK_TEXT.slice(0, 6)}…) was hidden: ${picture}`).toBe(true);
    expect(outcome.nest['#innerTalk'], `the nested content frame (${INNER_TALK_TEXT.slice(0, 8)}…) was hidden: ${picture}`).toBe(true);
    if (variant === 'srcdoc') expect(outcome.visible['#srcdocTalk'], `the srcdoc frame (${SRCDOC_TEXT}) was hidden: ${picture}`).toBe(true);
    expect(outcome.visible['#broken']).toBe(false);
    expect(outcome.visible['#divAdvertise']).toBe(false);
    expect(outcome.state.hidden, picture).toEqual(control.state.hidden);
  }, 60_000);

  it('forge: article paragraphs the page marked data-zjol-reader-hidden stay visible', async () => {
    const info = hostile('spoof-forge');
    const page = await openFixture(harness, 'spoof-forge');
    try {
      await analysed(page);
      await page.waitForTimeout(2_000);
      expect(await page.locator('.artCon p[data-zjol-reader-hidden]').count()).toBe(info.gold.length);
      expect(await invisibleGold(page, info.gold)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

// ── DOM clobbering ───────────────────────────────────────────────────────────────────────────

describe('DOM clobbering of document properties and of our globals', () => {
  it.each(CLOBBER_NAMES.map((c) => c.name))('%s: the page is read, its ad hidden, reader mode opens', async (name) => {
    const slug = `clobber-${name}`;
    const info = hostile(slug);
    const page = await openFixture(harness, slug);
    try {
      const state = await analysed(page, 10_000);
      expect(state.skipped).toEqual([]);
      expect(await zjolReaderMark(page)).toBe('article');
      expect(state.analysis?.article?.title).toBe(info.title);
      expect(state.hidden.ad).toBe(1);
      expect(await askTab<{ on: boolean }>(harness, page, { type: 'toggle-reader', on: true })).toEqual({ on: true });
      const text = await page.evaluate(() => document.querySelector('#zjol-reader-root')?.shadowRoot?.textContent ?? '');
      expect(squash(text)).toContain(squash(info.gold[0]!));
    } finally {
      await page.close();
    }
  });
});
