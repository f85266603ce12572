// The foundation, in Chromium with the built extension: on every fixture page a reader
// sees no error text, no broken frame and no ad, sees every line of the article (gold.txt) and
// every sentence that must stay, the page says what it is (dataset.zjolReader), and the counts
// the content script reports equal what meta.json says must be hidden. Non-articles are still
// cleaned; a page off zjol is left alone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AD_CREATIVES, AD_UNITS, LATE_ELEMENTS, fixture, fixtureSlugs, strip, type Counts, type FixtureInfo } from './fixtures';
import {
  countVisible,
  isTextVisible,
  openFixture,
  pageState,
  startHarness,
  visibleBrokenFrames,
  visibleErrorTexts,
  waitFor,
  type Harness,
} from './helpers';

/** How long the extension may take to reach the expected counts once the page's scripts are done. */
const SETTLE_MS = 6_000;
/** The late-ads page adds its last units 1.5 s after load; frames-mixed its frame after 1 s. */
const LATE_ELEMENTS_MS = 8_000;

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Opens a fixture and waits until the elements its own scripts add late are there (for a page
 *  that renders its article by script, until the article's first line is on the page). */
async function openSettled(info: FixtureInfo): Promise<Page> {
  const page = await openFixture(harness, info.slug);
  const late = LATE_ELEMENTS[info.slug] ?? [];
  for (const selector of late) await page.waitForSelector(selector, { state: 'attached', timeout: LATE_ELEMENTS_MS });
  if (info.rendersLate && info.gold[0]) {
    const first = strip(info.gold[0]).slice(0, 20);
    await page.waitForFunction((text) => document.body.innerText.replace(/[\s\u3000]+/g, '').includes(text), first, { timeout: LATE_ELEMENTS_MS });
  }
  return page;
}

/** The page's mark, once the extension has settled on one (a late body is re-detected within SETTLE_MS). */
async function markOf(page: Page, expected: string): Promise<string | undefined> {
  try {
    await page.waitForFunction((mark) => document.documentElement.dataset.zjolReader === mark, expected, { timeout: SETTLE_MS });
  } catch {
    // Fall through: the assertion shows the mark the page has.
  }
  return page.evaluate(() => document.documentElement.dataset.zjolReader);
}

async function expectCounts(page: Page, expected: Counts): Promise<void> {
  let last: Counts | undefined;
  try {
    await waitFor(
      async () => (last = (await pageState(harness, page)).hidden),
      (counts) => JSON.stringify(counts) === JSON.stringify(expected),
      { timeout: SETTLE_MS, what: 'the hidden counts of meta.json' },
    );
  } catch {
    // Fall through to a readable diff of the last counts seen.
  }
  expect(last, `hidden counts seen: ${JSON.stringify(last)}`).toEqual(expected);
}

/** Ad units the meta names that a reader can still see (each selector must exist on the page). */
async function visibleAds(page: Page, slug: string): Promise<string[]> {
  const shown: string[] = [];
  for (const selector of AD_UNITS[slug] ?? []) {
    expect(await page.locator(selector).count(), `${selector} is on the page`).toBeGreaterThan(0);
    if ((await countVisible(page, selector)) > 0) shown.push(selector);
  }
  if ((await countVisible(page, AD_CREATIVES)) > 0) shown.push(AD_CREATIVES);
  return shown;
}

/** Text of elements the extension hid that holds a line of the article. */
async function hiddenArticleText(page: Page, lines: string[]): Promise<string[]> {
  const hidden = await page.evaluate(() =>
    [...document.querySelectorAll('[data-zjol-reader-hidden]')].map((el) => (el.textContent ?? '').replace(/[\s\u3000]+/g, '')),
  );
  return lines.filter((line) => hidden.some((text) => text.includes(strip(line))));
}

const zjolPages = fixtureSlugs().filter((slug) => fixture(slug).isZjol);
const articles = zjolPages.filter((slug) => fixture(slug).isArticle);
const others = zjolPages.filter((slug) => !fixture(slug).isArticle);
const offZjol = fixtureSlugs().filter((slug) => !fixture(slug).isZjol);

describe.each(articles)('article %s', (slug) => {
  const info = fixture(slug);
  let page: Page;
  beforeAll(async () => {
    page = await openSettled(info);
  });
  afterAll(() => page?.close());

  it('is marked as an article', async () => {
    expect(await markOf(page, 'article')).toBe('article');
  });

  it('hides what meta.json says, per kind (get-state)', async () => {
    await expectCounts(page, info.hidden);
  });

  it('shows no broken frame', async () => {
    expect(await visibleBrokenFrames(page)).toEqual([]);
  });

  it('shows no error text (except the article talking about errors)', async () => {
    // An article may itself say "404 Not Found" (discusses-404): its own lines are not errors.
    const own = [info.title ?? '', ...info.gold, ...info.mustStayVisible].map(strip).filter(Boolean);
    const errors = (await visibleErrorTexts(page)).filter((e) => !own.some((line) => line.includes(strip(e.text))));
    expect(errors).toEqual([]);
  });

  it('shows no ad', async () => {
    expect(await visibleAds(page, slug)).toEqual([]);
  });

  it('shows the title, every gold line and every sentence that must stay', async () => {
    const missing: string[] = [];
    for (const line of [...(info.title ? [info.title] : []), ...info.gold, ...info.mustStayVisible]) {
      if (!(await isTextVisible(page, line))) missing.push(line);
    }
    expect(missing).toEqual([]);
  });

  it('hides nothing that holds article text', async () => {
    expect(await hiddenArticleText(page, [...info.gold, ...info.mustStayVisible])).toEqual([]);
  });
});

describe.each(others)('not an article: %s', (slug) => {
  const info = fixture(slug);
  let page: Page;
  beforeAll(async () => {
    page = await openSettled(info);
  });
  afterAll(() => page?.close());

  it('is marked as other', async () => {
    expect(await page.evaluate(() => document.documentElement.dataset.zjolReader)).toBe('other');
  });

  it('still hides its broken frames and ads, per kind (get-state)', async () => {
    await expectCounts(page, info.hidden);
  });

  it('shows no broken frame, no error text and no ad', async () => {
    expect(await visibleBrokenFrames(page)).toEqual([]);
    expect(await visibleErrorTexts(page)).toEqual([]);
    expect(await visibleAds(page, slug)).toEqual([]);
  });
});

describe.each(offZjol)('a page off zjol: %s', (slug) => {
  const info = fixture(slug);
  let page: Page;
  beforeAll(async () => {
    page = await openFixture(harness, slug);
  });
  afterAll(() => page?.close());

  it('is left alone: no content script, no marks, nothing hidden', async () => {
    const marks = await page.evaluate(() => ({
      reader: document.documentElement.dataset.zjolReader ?? null,
      mode: document.documentElement.dataset.zjolReaderMode ?? null,
      hidden: document.querySelectorAll('[data-zjol-reader-hidden], [data-zjol-reader-shown]').length,
      root: document.getElementById('zjol-reader-root') !== null,
    }));
    expect(marks).toEqual({ reader: null, mode: null, hidden: 0, root: false });
  });

  it('keeps its own text visible', async () => {
    for (const sentence of info.mustStayVisible) expect(await isTextVisible(page, sentence), sentence).toBe(true);
  });
});

// An article about dead links: its title, body and photo caption say "404 Not Found" and must all
// stay; only the genuine failed include in the right column goes.
describe('discusses-404', () => {
  const info = fixture('discusses-404');
  let page: Page;
  beforeAll(async () => {
    page = await openFixture(harness, 'discusses-404');
  });
  afterAll(() => page?.close());

  it('keeps the title, the caption and every sentence that says 404', async () => {
    const sayingIt = [info.title ?? '', ...info.gold, ...info.mustStayVisible].filter((line) => /404/.test(line));
    expect(sayingIt.length).toBeGreaterThanOrEqual(6);
    const missing: string[] = [];
    for (const line of sayingIt) if (!(await isTextVisible(page, line))) missing.push(line);
    expect(missing).toEqual([]);
  });

  it('hides the one genuine fragment: no ZJOL/… line and no bare "404 Not Found" heading left', async () => {
    const errors = (await visibleErrorTexts(page)).map((e) => e.text);
    expect(errors.filter((text) => /ZJOL\//.test(text) || text.trim() === '404 Not Found')).toEqual([]);
    await expectCounts(page, info.hidden);
    expect(info.hidden['error-fragment']).toBe(1);
  });

  it('keeps the ranking box heading around the hidden fragment', async () => {
    expect(await isTextVisible(page, '浙江新闻排行')).toBe(true);
  });
});
