// A page that keeps changing after load (late-ads): ad slots filled 300 ms after load, a float and
// a couplet at 1500 ms, a clock rewritten every second for ever. The late ads end up hidden, the
// extension stops watching in bounded time and says so, and the page's own scripts keep working.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './fixtures';
import { countVisible, isTextVisible, openFixture, pageState, startHarness, waitFor, type Harness } from './helpers';

/** The injected ads appear 0.3 s and 1.5 s after load; the extension batches and hides them. */
const LATE_AD_MS = 8_000;
/** The content script stops watching after 30 s at most (DEFAULT_WATCH_LIMITS.maxMs); some slack on top. */
const WATCH_BOUND_MS = 40_000;

const AT_300_MS = ['#ymqkdzwhrv', '#gtbxnwfcpk'];
const AT_1500_MS = ['#divAdvertise', '#zjnews_duilian', '#duilian_left', '#duilian_right'];

let harness: Harness;
let page: Page;
const info = fixture('late-ads');
beforeAll(async () => {
  harness = await startHarness();
  page = await openFixture(harness, 'late-ads');
});
afterAll(async () => {
  await page?.close();
  await harness?.close();
});

async function expectHiddenOnceAdded(selector: string): Promise<void> {
  await page.waitForSelector(selector, { state: 'attached', timeout: LATE_AD_MS });
  await waitFor(() => countVisible(page, selector), (n) => n === 0, { timeout: LATE_AD_MS, what: `${selector} to be hidden` });
}

// The page as served, before its own scripts add anything: its ad loader waits for window.onload,
// which is held back here by a logo image that does not arrive until the test lets it.
describe('late-ads as served (load held back)', () => {
  const LOGO = 'http://img.zjol.com.cn/05zjol/images/logo_zjol.gif';
  let held: Page;
  let release: () => void = () => undefined;
  beforeAll(async () => {
    const arrived = new Promise<void>((resolve) => (release = resolve));
    held = await openFixture(harness, 'late-ads', {
      waitUntil: 'domcontentloaded',
      beforeGoto: (p) =>
        p.route(LOGO, async (route) => {
          await arrived;
          await route.continue();
        }),
    });
  });
  afterAll(async () => {
    release();
    await held?.close();
  });

  it('hides and counts what meta.json says the page holds as served (hidden)', async () => {
    const asServed = { 'broken-frame': 0, 'error-fragment': 0, ad: 0, ...(info.meta.hidden as Record<string, number>) };
    const state = await waitFor(() => pageState(harness, held), (s) => s.analysis !== null, { what: 'the page analysed' });
    expect(await held.evaluate(() => document.readyState)).not.toBe('complete');
    expect(await held.locator('#ymqkdzwhrv').count()).toBe(0);
    expect(state.hidden, `hidden counts seen: ${JSON.stringify(state.hidden)}`).toEqual(asServed);
  });
});

describe('late-ads', () => {
  it('hides the ad slot the page is served with at once', async () => {
    expect(await countVisible(page, '#zhkrbtqwmy')).toBe(0);
  });

  it('hides the two slots filled 300 ms after load', async () => {
    for (const selector of AT_300_MS) await expectHiddenOnceAdded(selector);
  });

  it('hides the float and the couplet added 1500 ms after load', async () => {
    for (const selector of AT_1500_MS) await expectHiddenOnceAdded(selector);
    expect(await countVisible(page, 'img[src*="/05zjol/adcode/"]')).toBe(0);
  });

  it('counts five ad units once the scripts are done (the couplet is one unit)', async () => {
    for (const selector of [...AT_300_MS, ...AT_1500_MS]) await page.waitForSelector(selector, { state: 'attached', timeout: LATE_AD_MS });
    const state = await waitFor(() => pageState(harness, page), (s) => s.hidden.ad >= info.hidden.ad, { timeout: LATE_AD_MS, what: 'the late ads counted' });
    expect(state.hidden, `hidden counts seen: ${JSON.stringify(state.hidden)}`).toEqual(info.hidden);
  });

  it('keeps the title and every line of the article visible', async () => {
    for (const sentence of [info.title ?? '', ...info.gold, ...info.mustStayVisible]) expect(await isTextVisible(page, sentence), sentence).toBe(true);
  });

  it('stops watching the page in bounded time, and says so (skipped)', async () => {
    const state = await waitFor(
      () => pageState(harness, page),
      (s) => s.skipped.some((reason) => /watch/i.test(reason)),
      { timeout: WATCH_BOUND_MS, interval: 500, what: 'the content script to report that it stopped watching' },
    );
    expect(state.skipped.filter((reason) => /watch/i.test(reason))).toHaveLength(1);
  }, WATCH_BOUND_MS + 10_000);

  it("leaves the page's own scripts running and the page usable", async () => {
    const clock = () => page.locator('#clock').textContent();
    const before = await clock();
    await waitFor(clock, (now) => now !== before, { timeout: 3_000, what: 'the page clock to tick' });
    expect(await clock()).toMatch(/^\d{4}年\d{2}月\d{2}日 \d{2}:\d{2}:\d{2}$/);
    // The page's own zoom links still work (its handlers run, nothing of ours covers them).
    // (a javascript: link runs as a navigation, after the click returns)
    await page.getByText('放大', { exact: true }).click();
    await waitFor(() => page.evaluate(() => (document.getElementById('artibody') as HTMLElement).style.fontSize), (size) => size === '16px', {
      what: 'the zoom link to enlarge the text',
    });
    expect(await page.evaluate(() => document.documentElement.dataset.zjolReader)).toBe('article');
  });
});
