// Reader mode at desktop and phone widths (1280, 390, 360, 320 px) in Chromium with the Chinese
// UI (Debian's chromium-l10n, LANGUAGE=zh_CN): every toolbar button on screen, on one row, no
// two-character label broken inside itself; at phone widths the theme and size buttons fold into
// the settings panel, which fits the screen too. Screenshots of each width, with the settings and
// contents panels open, are kept under test-results/reader/layout/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath } from '../../scripts/launch-chromium.mjs';
import { zh } from './exports';
import { askTab, openFixture, startHarness, waitFor, type Harness } from './helpers';
import { clickReader, readerReport, type ButtonReport, type ReaderReport } from './reader-in-page';

const WIDTHS = [1280, 390, 360, 320] as const;
/** Below this the toolbar folds its theme and size buttons into the settings panel (reader-view-css). */
const FOLD_WIDTH = 640;
const LONG = 'trs-real-fragment';

let harness: Harness;
let page: Page;
beforeAll(async () => {
  harness = await startHarness({ locale: 'zh-CN' });
  page = await openFixture(harness, LONG);
  await askTab(harness, page, { type: 'toggle-reader', on: true });
  await waitFor(() => page.evaluate(readerReport), (r) => r !== null, { what: 'the reader view' });
});
afterAll(async () => {
  await harness?.close();
});

const report = async (): Promise<ReaderReport> => (await page.evaluate(readerReport))!;
const shown = (r: ReaderReport, prefix: string): ButtonReport[] => r.buttons.filter((b) => b.visible && b.name.startsWith(prefix));
const toolbarNames = ['theme', 'smaller', 'larger', 'contents', 'settings', 'print', 'close'];

function expectOnScreenOneLine(buttons: ButtonReport[], width: number): void {
  for (const b of buttons) {
    expect(b.left, `${b.name} "${b.text}" starts on screen`).toBeGreaterThanOrEqual(0);
    expect(b.right, `${b.name} "${b.text}" ends on screen`).toBeLessThanOrEqual(width);
    expect(b.lines, `${b.name} "${b.text}" on one line`).toBe(1);
  }
}

describe.each(WIDTHS)('the toolbar at %i px', (width) => {
  let r: ReaderReport;
  beforeAll(async () => {
    await page.setViewportSize({ width, height: 780 });
    r = await waitFor(report, (x) => x.viewport.width === width, { what: `the viewport at ${width}px` });
    await page.screenshot({ path: artifactPath(`reader/layout/chromium-zh-${width}.png`) });
  });

  it('shows the Chinese labels', () => {
    expect(shown(r, 'settings')[0]?.text).toBe(zh('readerSettings'));
    expect(shown(r, 'close')[0]?.text).toBe(zh('readerCloseShort'));
    expect(shown(r, 'contents')[0]?.text).toBe(zh('readerContents'));
  });

  it('keeps every button on screen, on one row, each label whole', () => {
    const bar = r.buttons.filter((b) => b.visible && toolbarNames.includes(b.name.split(':')[0]!));
    expect(bar.map((b) => b.name.split(':')[0])).toEqual(expect.arrayContaining(['contents', 'settings', 'print', 'close']));
    expectOnScreenOneLine(bar, width);
    expect(new Set(bar.map((b) => Math.round(b.top))).size).toBe(1);
  });

  it(width < FOLD_WIDTH ? 'folds the theme and size buttons into the settings panel' : 'shows the theme and size buttons', () => {
    expect(shown(r, 'theme:').length).toBe(width < FOLD_WIDTH ? 0 : 4);
    expect(shown(r, 'larger').length).toBe(width < FOLD_WIDTH ? 0 : 1);
  });

  it('opens a settings panel that fits the screen, with every theme, font and slider in it', async () => {
    await page.evaluate(clickReader, 'settings');
    const open = await waitFor(report, (x) => x.settingsOpen, { what: 'the settings panel' });
    await page.screenshot({ path: artifactPath(`reader/layout/chromium-zh-${width}-settings.png`) });
    const inPanel = [...shown(open, 'panel-theme:'), ...shown(open, 'font-family:')];
    expect(inPanel.map((b) => b.text)).toEqual([
      zh('themeAuto'), zh('themeLight'), zh('themeSepia'), zh('themeDark'), zh('fontSans'), zh('fontSerif'), zh('fontKai'),
    ]);
    expectOnScreenOneLine(inPanel, width);
    await page.evaluate(clickReader, 'settings');
    await waitFor(report, (x) => !x.settingsOpen, { what: 'the settings panel to close' });
  });

  it('opens the contents panel on screen', async () => {
    await page.evaluate(clickReader, 'contents');
    const open = await waitFor(report, (x) => x.contentsOpen, { what: 'the contents panel' });
    await page.screenshot({ path: artifactPath(`reader/layout/chromium-zh-${width}-contents.png`) });
    for (const entry of shown(open, 'toc-entry')) {
      expect(entry.left).toBeGreaterThanOrEqual(0);
      expect(entry.right).toBeLessThanOrEqual(width);
    }
    await page.keyboard.press('Escape');
    await waitFor(report, (x) => !x.contentsOpen, { what: 'Esc to close the contents' });
  });
});
