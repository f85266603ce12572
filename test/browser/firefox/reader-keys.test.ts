// Reader mode from the keyboard in Firefox ESR, and the shortcuts: focus starts on the article
// (not on "exit"), Space and Enter do not close it, Space, PageDown/PageUp, the arrows, Home and
// End scroll, + and − the text size, T the theme (remembered), Esc closes a panel first and then
// the view; the built manifest's shortcuts come back from browser.commands.getAll().
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../../unit/manifest/built';
import { clickReader, readerReport, type ReaderReport } from '../reader-in-page';
import { FIREFOX_SKIP_REASON, firefoxTitle, openFixture, sendToContent, sleep, startFirefoxHarness, waitFor, type FirefoxHarness } from './helpers';

const LINE_PX = 40;
let harness: FirefoxHarness;
let page: Page;
let tabId: number;

const report = async (): Promise<ReaderReport | null> => page.evaluate(readerReport);
const mode = () => page.evaluate(() => document.documentElement.dataset.zjolReaderMode ?? null);
const sync = () =>
  harness.firefox.evaluateInExtension(
    () => (globalThis as unknown as { browser: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }).browser.storage.sync.get(null),
    null,
  );

async function pressAndScroll(key: string, shift = false): Promise<number> {
  const before = (await report())!.scrollTop;
  if (shift) await page.keyboard.down('Shift');
  await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  if (shift) await page.keyboard.up('Shift');
  const after = await waitFor(`${key} to scroll`, async () => {
    const r = await report();
    return r && r.scrollTop !== before ? r : null;
  });
  return after!.scrollTop - before;
}

describe.skipIf(FIREFOX_SKIP_REASON !== null)(firefoxTitle('Firefox: reader mode keys and shortcuts'), () => {
  beforeAll(async () => {
    harness = await startFirefoxHarness();
    page = await openFixture(harness, 'legacy-seed-frames');
    tabId = await harness.firefox.tabIdOf(page);
    await waitFor('the page read', () => page.evaluate(() => document.documentElement.dataset.zjolReader === 'article'));
    await sendToContent(harness, tabId, { type: 'toggle-reader', on: true });
    await waitFor('the reader view', report);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('opens with focus on the article, not on the exit button', async () => {
    expect((await report())?.focus).toBe('wrapper');
  });

  it('scrolls on Space, and Enter does not close it', async () => {
    const by = await pressAndScroll(' ');
    expect(by).toBeGreaterThan((await report())!.clientHeight * 0.6);
    await page.keyboard.press('Enter');
    await sleep(200);
    expect(await mode()).toBe('on');
  });

  it('scrolls with PageDown, PageUp, the arrows, Shift+Space, Home and End', async () => {
    expect(await pressAndScroll('PageDown')).toBeGreaterThan(300);
    expect(await pressAndScroll('PageUp')).toBeLessThan(-300);
    expect(await pressAndScroll('ArrowDown')).toBe(LINE_PX);
    expect(await pressAndScroll('ArrowUp')).toBe(-LINE_PX);
    expect(await pressAndScroll(' ', true)).toBeLessThan(0);
    await page.keyboard.press('End');
    await waitFor('End to reach the bottom', async () => {
      const r = await report();
      return r !== null && Math.abs(r.scrollTop - r.scrollMax) <= 1;
    });
    await page.keyboard.press('Home');
    await waitFor('Home to reach the top', async () => (await report())?.scrollTop === 0);
  });

  it('changes the text size with + and −, and the theme with T, remembering both', async () => {
    const { fontSize, theme } = (await report())!;
    await page.keyboard.press('+' as Parameters<Page['keyboard']['press']>[0]);
    await waitFor('+ to enlarge', async () => (await report())?.fontSize === fontSize + 1);
    await waitFor('the size stored', async () => (await sync()).readerFontSize === fontSize + 1);
    await page.keyboard.press('-' as Parameters<Page['keyboard']['press']>[0]);
    await waitFor('− to shrink', async () => (await report())?.fontSize === fontSize);
    const order = ['auto', 'light', 'sepia', 'dark'];
    const next = order[(order.indexOf(theme!) + 1) % order.length];
    await page.keyboard.press('t' as Parameters<Page['keyboard']['press']>[0]);
    await waitFor(`T to switch to ${next}`, async () => (await report())?.theme === next);
    await waitFor('the theme stored', async () => (await sync()).readerTheme === next);
  });

  it('closes an open panel on Esc, then the view', async () => {
    await page.evaluate(clickReader, 'settings');
    await waitFor('the settings panel', async () => (await report())?.settingsOpen === true);
    await page.keyboard.press('Escape');
    await waitFor('the panel closed', async () => (await report())?.settingsOpen === false);
    expect(await mode()).toBe('on');
    await page.keyboard.press('Escape');
    await waitFor('reader mode closed', async () => (await mode()) === 'off');
  });

  it("registers the built manifest's shortcuts", async () => {
    type Commands = Record<string, { suggested_key?: { default?: string } }>;
    const manifest = (readManifest('firefox').commands ?? {}) as Commands;
    const all = await harness.firefox.evaluateInExtension(
      () => (globalThis as unknown as { browser: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).browser.commands.getAll(),
      null,
    );
    const keys = Object.entries(manifest).map(([name, c]) => [name, c.suggested_key?.default]);
    expect(keys.map(([name]) => name).sort()).toEqual(['add-to-desk', 'export-default', 'toggle-reader']);
    for (const [name, key] of keys) expect(all.find((c) => c.name === name)?.shortcut, name).toBe(key);
  });
});
