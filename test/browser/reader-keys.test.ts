// Reader mode from the keyboard in Chromium: focus starts on the article, not on "exit", so Space
// and Enter scroll instead of closing it; Space, Shift+Space, PageDown/PageUp, the arrows, Home
// and End scroll; + and − change the text size and T the theme (both remembered); Esc closes an
// open panel first, then the view; Tab reaches the toolbar, whose buttons work with Enter.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './fixtures';
import { askTab, openFixture, startHarness, waitFor, type Harness } from './helpers';
import { readerReport } from './reader-in-page';

declare const chrome: { storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } } };

const SEED = fixture('legacy-seed-frames');
const LINE_PX = 40;

let harness: Harness;
let page: Page;
beforeAll(async () => {
  harness = await startHarness();
  page = await openFixture(harness, SEED.slug);
});
afterAll(async () => {
  await harness?.close();
});

const report = () => page.evaluate(readerReport);
const stored = () => harness.browser.serviceWorker.evaluate(() => chrome.storage.sync.get(null));
const mode = () => page.evaluate(() => document.documentElement.dataset.zjolReaderMode ?? null);

async function open(): Promise<void> {
  await askTab(harness, page, { type: 'toggle-reader', on: true });
  await waitFor(report, (r) => r !== null, { what: 'the reader view' });
}

async function pressAndScroll(key: string): Promise<number> {
  const before = (await report())!.scrollTop;
  await page.keyboard.press(key);
  const after = await waitFor(report, (r) => r !== null && r.scrollTop !== before, { what: `${key} to scroll` });
  return after!.scrollTop - before;
}

describe('reader mode keys', () => {
  beforeAll(open);

  it('opens with focus on the article, not on the exit button', async () => {
    expect((await report())?.focus).toBe('wrapper');
  });

  it('scrolls on Space and Enter does not close it', async () => {
    const page1 = await pressAndScroll('Space');
    const r = (await report())!;
    expect(page1).toBeGreaterThan(r.clientHeight * 0.6);
    expect(page1).toBeLessThanOrEqual(r.clientHeight);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect(await mode()).toBe('on');
    expect((await report())?.open).toBe(true);
  });

  it('scrolls with PageDown, PageUp, the arrows, Shift+Space, Home and End', async () => {
    expect(await pressAndScroll('PageDown')).toBeGreaterThan(300);
    expect(await pressAndScroll('PageUp')).toBeLessThan(-300);
    expect(await pressAndScroll('ArrowDown')).toBe(LINE_PX);
    expect(await pressAndScroll('ArrowUp')).toBe(-LINE_PX);
    expect(await pressAndScroll('Shift+Space')).toBeLessThan(0);
    await page.keyboard.press('End');
    await waitFor(report, (r) => r !== null && Math.abs(r.scrollTop - r.scrollMax) <= 1, { what: 'End to reach the bottom' });
    await page.keyboard.press('Home');
    await waitFor(report, (r) => r?.scrollTop === 0, { what: 'Home to reach the top' });
  });

  it('changes the text size with + and −, and remembers it', async () => {
    const size = (await report())!.fontSize;
    await page.keyboard.press('+');
    await waitFor(report, (r) => r?.fontSize === size + 1, { what: '+ to enlarge' });
    await waitFor(stored, (s) => s.readerFontSize === size + 1, { what: 'the size stored' });
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await waitFor(report, (r) => r?.fontSize === size - 1, { what: '− to shrink' });
    await waitFor(stored, (s) => s.readerFontSize === size - 1, { what: 'the size stored' });
  });

  it('steps through the themes with T, and remembers the theme', async () => {
    const order = ['auto', 'light', 'sepia', 'dark'];
    const first = (await report())!.theme!;
    await page.keyboard.press('t');
    const next = order[(order.indexOf(first) + 1) % order.length];
    await waitFor(report, (r) => r?.theme === next, { what: `T to switch to ${next}` });
    await waitFor(stored, (s) => s.readerTheme === next, { what: 'the theme stored' });
  });

  it('reaches the toolbar with Tab; Enter on "settings" opens the panel, Esc closes it and only it', async () => {
    await page.keyboard.press('Tab');
    expect((await report())?.focus).toMatch(/^(theme|smaller|larger|contents|settings|print|close)$/);
    await page.evaluate(() => document.getElementById('zjol-reader-root')!.shadowRoot!.querySelector<HTMLElement>('[data-reader="settings"]')!.focus());
    await page.keyboard.press('Enter');
    await waitFor(report, (r) => r?.settingsOpen === true, { what: 'the settings panel to open' });
    // Focus moved into the panel, so its controls are next for the keyboard.
    expect((await report())?.focus).toBe('panel-theme');
    await page.keyboard.press('Escape');
    await waitFor(report, (r) => r?.settingsOpen === false, { what: 'Esc to close the panel' });
    expect(await mode()).toBe('on');
    expect((await report())?.focus).toBe('settings');
  });

  it('closes on Esc', async () => {
    await page.keyboard.press('Escape');
    await waitFor(mode, (m) => m === 'off', { what: 'Esc to close reader mode' });
    expect(await report()).toBeNull();
  });

  it('leaves the page its own keys once closed (Space scrolls the page again)', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('Space');
    await waitFor(() => page.evaluate(() => window.scrollY), (y) => y > 0, { what: 'the page to scroll on Space' });
  });
});
