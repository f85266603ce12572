// The options page in Chromium: each change is saved at once, and an open popup, the content
// script (reader view) and the background (the "export in the default format" command) follow it
// without a reload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup } from '../../scripts/launch-chromium.mjs';
import { defaultFileName, en } from './exports';
import { fixture } from './fixtures';
import { askTab, downloadFrom, openFixture, startHarness, tabOf, waitFor, type Harness } from './helpers';

// The extension APIs this file calls inside the service worker.
declare const chrome: {
  storage: { sync: { get(keys: null): Promise<Record<string, unknown>> } };
  tabs: { get(id: number): Promise<unknown> };
  commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
};

const SEED = fixture('legacy-seed-frames');
const SEED_DATE = (SEED.meta.expect as { date: string }).date.slice(0, 10);
const TEMPLATE = '{title} - {date}.{ext}';
const ROOT = '#zjol-reader-root';

let harness: Harness;
let page: Page;
let popup: Page;
let options: Page;
let tabId: number;
beforeAll(async () => {
  harness = await startHarness({ downloads: true });
  page = await openFixture(harness, 'legacy-seed-frames');
  tabId = await tabOf(harness, page);
  // The popup is opened before any option changes: it must follow them as they happen.
  popup = await openPopup(harness.browser.context, harness.browser.extensionId, tabId);
  await waitFor(() => popup.locator('#main').getAttribute('aria-busy'), (v) => v === 'false', { what: 'the popup to render' });
  options = await harness.browser.context.newPage();
  await options.goto(`chrome-extension://${harness.browser.extensionId}/src/options/index.html`);
  await waitFor(() => options.locator('#fileNameTemplate').inputValue(), (v) => v !== '', { what: 'the options form filled' });
});
afterAll(async () => {
  await harness?.close();
});

const stored = () => harness.browser.serviceWorker.evaluate(() => chrome.storage.sync.get(null));
const waitForStored = (key: string, value: unknown) =>
  waitFor(stored, (s) => s[key] === value, { what: `${key} = ${JSON.stringify(value)} in storage.sync` });

function readerAppearance() {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    const wrapper = root?.querySelector<HTMLElement>('.zr-reader');
    const p = root?.querySelector('.zr-body p');
    return wrapper && p ? { theme: wrapper.dataset.theme ?? null, fontSize: parseFloat(getComputedStyle(p).fontSize) } : null;
  }, ROOT);
}

describe('the options page', () => {
  it('shows the defaults', async () => {
    expect(await options.locator('#exportFormat').inputValue()).toBe('md');
    expect(await options.locator('#fileNameTemplate').inputValue()).toBe('{date} {title}.{ext}');
    expect(await options.locator('#includeSummary').isChecked()).toBe(true);
    expect(await options.locator('#autoReader').isChecked()).toBe(false);
    expect(await options.locator('#readerTheme').inputValue()).toBe('auto');
    expect(await options.locator('#readerFontSize').inputValue()).toBe('19');
    expect(await options.locator('#readerFontFamily').inputValue()).toBe('sans');
    expect(await options.locator('#readerLineWidth').inputValue()).toBe('38');
    expect(await options.locator('#readerLineHeight').inputValue()).toBe('1.8');
  });

  it.each([
    ['readerFontSize', '40', 14, 28, 1],
    ['readerFontSize', '19.5', 14, 28, 1],
    ['readerLineWidth', '60', 24, 50, 2],
    ['readerLineHeight', '0.9', 1.4, 2.4, 0.1],
  ] as const)('refuses %s = %s visibly, keeping what was typed and saving nothing in its place', async (key, value, min, max, step) => {
    const before = (await stored())[key];
    const input = options.locator(`#${key}`);
    await input.fill(value);
    await input.press('Tab');
    const error = options.locator(`#${key}-error`);
    await waitFor(() => error.isVisible(), (v) => v, { what: `the ${key} error shown` });
    expect(await error.textContent()).toBe(en('optionsErrorRange', String(min), String(max), String(step)));
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await input.inputValue()).toBe(value);
    expect(await options.locator('#status').textContent()).toBe(en('optionsNotSaved'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await stored())[key]).toBe(before);
    // A value in range clears the mark and is saved.
    const good = key === 'readerLineHeight' ? '2' : key === 'readerLineWidth' ? '40' : '20';
    await input.fill(good);
    await input.press('Tab');
    await waitForStored(key, Number(good));
    expect(await error.isVisible()).toBe(false);
    expect(await input.getAttribute('aria-invalid')).toBeNull();
    expect(await options.locator('#status').textContent()).toBe(en('optionsSaved'));
  });

  it('refuses an empty file name template visibly', async () => {
    const input = options.locator('#fileNameTemplate');
    const before = await input.inputValue();
    await input.fill('   ');
    await input.press('Tab');
    await waitFor(() => options.locator('#fileNameTemplate-error').textContent(), (t) => t === en('optionsErrorEmpty'), { what: 'the template error' });
    expect((await stored()).fileNameTemplate ?? '{date} {title}.{ext}').toBe(before);
    await input.fill(before);
    await input.press('Tab');
    await waitFor(() => options.locator('#fileNameTemplate-error').isVisible(), (v) => !v, { what: 'the template error cleared' });
  });

  it('saves the Word document style and the citation style, and keeps each when another option changes', async () => {
    expect(await options.locator('#docxStyle').inputValue()).toBe('official');
    expect(await options.locator('#citationStyle').inputValue()).toBe('gbt7714');
    await options.locator('#docxStyle').selectOption('modern');
    await waitForStored('docxStyle', 'modern');
    await options.locator('#citationStyle').selectOption('apa');
    await waitForStored('citationStyle', 'apa');
    await options.locator('#includeSummary').uncheck();
    await waitForStored('includeSummary', false);
    expect(await stored()).toMatchObject({ docxStyle: 'modern', citationStyle: 'apa' });
    await options.locator('#docxStyle').selectOption('official');
    await options.locator('#citationStyle').selectOption('gbt7714');
    await options.locator('#includeSummary').check();
    await waitForStored('includeSummary', true);
    await waitForStored('citationStyle', 'gbt7714');
  });

  it('saves a new file name template, and the open popup names its next export with it', async () => {
    await options.locator('#fileNameTemplate').fill(TEMPLATE);
    await options.locator('#fileNameTemplate').press('Tab');
    await waitForStored('fileNameTemplate', TEMPLATE);
    expect(await options.locator('#status').textContent()).toBe(en('optionsSaved'));
    expect(await options.locator('#fileNamePreview').textContent()).toBe(`${en('optionsSampleTitle')} - 2010-02-05.md`);
    const file = await downloadFrom(harness, () => popup.locator('[data-action="export-md"]').click(), { remove: true });
    expect(file.fileName).toBe(`${SEED.title} - ${SEED_DATE}.md`);
    expect(file.fileName).not.toBe(defaultFileName(SEED_DATE, SEED.title!, 'md'));
  });

  it('leaves the summary out of exports once "include summary" is off', async () => {
    const heading = `## ${en('labelSummary')}`;
    const withSummary = await downloadFrom(harness, () => popup.locator('[data-action="export-md"]').click(), { remove: true });
    expect(withSummary.text).toContain(heading);
    await options.locator('#includeSummary').uncheck();
    await waitForStored('includeSummary', false);
    const md = await downloadFrom(harness, () => popup.locator('[data-action="export-md"]').click(), { remove: true });
    expect(md.text).not.toContain(heading);
    expect(md.text).toContain(`# ${SEED.title}`);
    const txt = await downloadFrom(harness, () => popup.locator('[data-action="export-txt"]').click(), { remove: true });
    expect(txt.text.split('\n')).not.toContain(en('labelSummary'));
  });

  it('changes the default export format used by the "export" command', async () => {
    await options.locator('#exportFormat').selectOption('txt');
    await waitForStored('exportFormat', 'txt');
    expect(await options.locator('#fileNamePreview').textContent()).toMatch(/\.txt$/);
    // Headless Chromium has no keyboard shortcuts for extensions: the command is dispatched to the
    // background's own onCommand listener, as Alt+Shift+E would.
    const file = await downloadFrom(harness, () =>
      harness.browser.serviceWorker.evaluate(async (id) => chrome.commands.onCommand.dispatch('export-default', await chrome.tabs.get(id)), tabId),
      { remove: true },
    );
    expect(file.fileName).toBe(`${SEED.title} - ${SEED_DATE}.txt`);
    expect(file.text.startsWith(`${SEED.title}\n`)).toBe(true);
  });

  it('changes the theme and the text size of an open reader view', async () => {
    await askTab(harness, page, { type: 'toggle-reader', on: true });
    await waitFor(readerAppearance, (a) => a !== null, { what: 'the reader view' });
    expect(await readerAppearance()).toEqual({ theme: 'auto', fontSize: 20 });
    await options.locator('#readerTheme').selectOption('dark');
    await waitFor(readerAppearance, (a) => a?.theme === 'dark', { what: 'the reader view to turn dark' });
    await options.locator('#readerFontSize').fill('24');
    await options.locator('#readerFontSize').press('Tab');
    await waitForStored('readerFontSize', 24);
    await waitFor(readerAppearance, (a) => a?.fontSize === 24, { what: 'the reader text at 24px' });
    await askTab(harness, page, { type: 'toggle-reader', on: false });
  });

  it('opens articles in reader mode by itself once "auto reader" is on', async () => {
    await options.locator('#autoReader').check();
    await waitForStored('autoReader', true);
    const other = await openFixture(harness, 'trs-article');
    try {
      await waitFor(() => other.evaluate(() => document.documentElement.dataset.zjolReaderMode ?? null), (m) => m === 'on', {
        what: 'reader mode on by itself',
      });
      expect(await other.locator(`${ROOT}`).count()).toBe(1);
    } finally {
      await other.close();
    }
    // Not on a page that is no article.
    const list = await openFixture(harness, 'index-page');
    try {
      await waitFor(() => list.evaluate(() => document.documentElement.dataset.zjolReader ?? null), (m) => m === 'other', { what: 'the list page read' });
      expect(await list.locator(ROOT).count()).toBe(0);
    } finally {
      await list.close();
    }
  });

  it('restores the defaults', async () => {
    await options.locator('#reset').click();
    await waitFor(stored, (s) => s.fileNameTemplate === '{date} {title}.{ext}' && s.autoReader === false && s.readerTheme === 'auto' && s.readerFontSize === 19, {
      what: 'defaults in storage.sync',
    });
    expect(await options.locator('#includeSummary').isChecked()).toBe(true);
    const file = await downloadFrom(harness, () => popup.locator('[data-action="export-md"]').click(), { remove: true });
    expect(file.fileName).toBe(defaultFileName(SEED_DATE, SEED.title!, 'md'));
    expect(file.text).toContain(`## ${en('labelSummary')}`);
  });
});
