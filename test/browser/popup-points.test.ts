// The popup's policy points in Chromium with the Chinese UI: each point's number on the first line
// of its item, nested points too, however many lines the headline takes; headlines cut to a
// readable length (the whole one in the tooltip); the count badge explained in words; and the
// extractor said in words. A screenshot is kept as test-results/popup/points-zh.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../src/platform/messages';
import { HEADLINE_MAX } from '../../src/popup/points-view';
import { artifactPath, openPopup } from '../../scripts/launch-chromium.mjs';
import { zh } from './exports';
import { openFixture, pageState, startHarness, tabOf, waitFor, type Harness } from './helpers';

let harness: Harness;
let page: Page;
let popup: Page;
let state: PageState;
beforeAll(async () => {
  harness = await startHarness({ locale: 'zh-CN' });
  page = await openFixture(harness, 'legacy-seed-frames');
  state = await pageState(harness, page);
  popup = await openPopup(harness.browser.context, harness.browser.extensionId, await tabOf(harness, page));
  await waitFor(() => popup.locator('#main').getAttribute('aria-busy'), (v) => v === 'false', { what: 'the popup to render' });
  await popup.screenshot({ path: artifactPath('popup/points-zh.png'), fullPage: true });
});
afterAll(async () => {
  await harness?.close();
});

interface Item {
  nested: boolean;
  number: string;
  text: string;
  title: string;
  numberTop: number;
  firstLineTop: number;
  lines: number;
}

const items = () =>
  popup.evaluate(() =>
    [...document.querySelectorAll<HTMLButtonElement>('#points-list button[data-block]')].map((b): Item => {
      const num = b.querySelector('.num')!;
      const text = b.querySelector('.text')!;
      const range = document.createRange();
      range.selectNodeContents(text);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      return {
        nested: b.closest('.nested') !== null,
        number: num.textContent ?? '',
        text: text.textContent ?? '',
        title: b.title,
        numberTop: num.getBoundingClientRect().top,
        firstLineTop: rects[0]?.top ?? Number.NaN,
        lines: new Set(rects.map((r) => Math.round(r.top))).size,
      };
    }),
  );

describe('the points in the popup', () => {
  it('puts each number on the first line of its item, nested items and long headlines included', async () => {
    const all = await items();
    expect(all.length).toBe(state.analysis!.points!.groups.reduce((n, g) => n + g.points.length, 0));
    expect(all.some((i) => i.nested && i.lines > 1)).toBe(true);
    for (const item of all) expect(Math.abs(item.numberTop - item.firstLineTop), `${item.number} ${item.text}`).toBeLessThan(4);
  });

  it('cuts long headlines to a readable length, with the whole headline in the tooltip', async () => {
    const all = await items();
    const headlines = state.analysis!.points!.groups.flatMap((g) => g.points.map((p) => `${p.marker}${p.headline}`));
    for (const item of all) expect(Array.from(item.text).length, item.text).toBeLessThanOrEqual(HEADLINE_MAX + 12);
    const cut = all.filter((i) => i.text.endsWith('…'));
    expect(cut.length).toBeGreaterThan(0);
    for (const item of cut) expect(headlines.some((h) => h.endsWith(item.title) && h.startsWith(item.text.slice(0, 4)))).toBe(true);
  });

  it('explains the count badge', async () => {
    const group = state.analysis!.points!.groups.find((g) => g.declaredCount !== null)!;
    const found = String(group.points.length);
    const declared = String(group.declaredCount);
    const badge = popup.locator('.pgroup .check').first();
    expect(await badge.textContent()).toBe(zh('popupCountBadge', found, declared));
    const words = zh(found === declared ? 'popupCountAllFound' : 'popupCountSomeFound', declared, found);
    expect(await badge.getAttribute('title')).toBe(words);
    expect(await badge.getAttribute('aria-label')).toBe(words);
    expect(words).toContain(declared);
  });

  it('says how the article was found in words, not "generic"', async () => {
    const code = state.analysis!.article!.extractor;
    expect(await popup.locator('#extractor').textContent()).toBe(zh(code.startsWith('rule:') ? 'popupExtractorRule' : 'popupExtractorGeneric'));
    expect(await popup.locator('body').innerText()).not.toMatch(/generic|提取方式/);
  });
});
