// Reader mode on a page with a strict Content-Security-Policy, in Firefox ESR (`npm run build`
// first): `style-src 'self'` blocks the page's own inline styles, and must not keep the reader view
// (a shadow root styled by an adopted constructed stylesheet, a <style> as fallback) from
// rendering styled, nor make it cause a CSP violation. (Checked by hand in Firefox 153: a
// content script's adoptedStyleSheets and its inserted <style> both apply under this policy.)
//
// Two tiny fixtures of our own (a TRS-era zjol article): the policy sent as a response header (the
// fixture server cannot add headers, so this document is answered by request interception; its
// stylesheet still comes from the fixture server) and the same policy in a <meta http-equiv>.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTempFixtures } from '../../unit/server/temp-fixtures';
import {
  FIREFOX_SKIP_REASON,
  firefoxTitle,
  pageState,
  screenshot,
  sendToContent,
  startFirefoxHarness,
  waitFor,
  type FirefoxHarness,
} from './helpers';
import { readerView } from './reader-probe';

const POLICY = "default-src 'self'; style-src 'self'; script-src 'self'";
const TITLE = '太湖县召开县政府党组理论学习中心组学习会议暨党组会议';
// Real text (test/pages/frames-mixed, from test/points/n04_taihu_2022_dangzu_huiyi_negative.json), enough for an article.
const PARAGRAPHS = [
  '3月21日，县政府党组书记、县长吴海宏主持召开县政府党组理论学习中心组学习会议暨党组会议。县政府党组副书记、常务副县长桂鹏，县政府党组成员杜林、张忠新、王智平、陈焕祥、朱波出席会议，副县长李盛华列席会议。',
  '会议传达学习了全国“两会”精神，认真学习了《政府工作报告》。会议要求，要认真对标对表全国“两会”精神、学习报告原文，在深刻领会的基础上，进一步把准方向、完善思路、强化举措，狠抓工作落实，统筹推进各项工作。',
  '会议传达学习了3月17日中共中央政治局常务委员会议精神。会议强调，要充分认清国内外疫情防控形势的复杂性、严峻性。会议要求，结合本县新冠肺炎疫情形势，从严抓好疫情防控工作，最大限度保护人民群众生命安全和身体健康。',
  '会议还研究了干部任免事宜。（县政府办）',
];
const LINE_HEIGHT_RATIO = 1.8;
const INDENT_EM = 2;

function articlePage(head: string): string {
  return `<!doctype html><html><head><meta charset="utf-8">${head}
<title>${TITLE}-国内新闻-浙江在线</title>
<link rel="stylesheet" href="/csp/page.css">
<style>p{color:rgb(255,0,0)!important}</style>
</head><body>
<div class="crumb">您当前的位置 : <a href="https://www.zjol.com.cn/">浙江在线</a> &gt; <a href="../" class="CurrChnlCls">国内新闻</a></div>
<div class="artTitle">${TITLE}</div>
<div class="time"><span id="pubtime_baidu">2022年03月22日 08:41:16</span> <span id="source_baidu">来源：太湖新闻网</span></div>
<div class="contTxt">
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="editor">编辑：许梦琪</div>
<script>document.documentElement.setAttribute('data-inline-script-ran', '')</script>
</body></html>
`;
}

const HEADER_URL = 'http://china.zjol.com.cn/gnxw/202203/t20220322_24023801.shtml';
const META_URL = 'http://china.zjol.com.cn/gnxw/202203/t20220322_24023802.shtml';
const PAGE_CSS = '.contTxt{border-left:7px solid rgb(0,0,255)}';
const cssResource = { 'http://china.zjol.com.cn/csp/page.css': { status: 200, file: 'page.css' } };

const pages = writeTempFixtures({
  'csp-header': { meta: { url: HEADER_URL, resources: cssResource }, source: articlePage(''), files: { 'page.css': PAGE_CSS } },
  'csp-meta': {
    meta: { url: META_URL, resources: cssResource },
    source: articlePage(`<meta http-equiv="Content-Security-Policy" content="${POLICY}">`),
    files: { 'page.css': PAGE_CSS },
  },
});

let harness: FirefoxHarness;

describe.skipIf(FIREFOX_SKIP_REASON !== null)(firefoxTitle('Firefox: reader mode under a strict CSP'), () => {
  beforeAll(async () => {
    harness = await startFirefoxHarness({ pagesDir: pages.dir });
  });
  afterAll(async () => {
    await harness?.close();
    pages.remove();
  });

  describe.each([
    { name: 'policy in a response header', slug: 'csp-header', url: HEADER_URL, header: true },
    { name: 'policy in <meta http-equiv>', slug: 'csp-meta', url: META_URL, header: false },
  ])('$name', ({ slug, url, header }) => {
    let page: Page;
    let tabId: number;

    beforeAll(async () => {
      harness.server.prefer(slug);
      page = await harness.firefox.browser.newPage();
      // Every CSP violation of the page, recorded by a script the policy does not govern (BiDi preload).
      await page.evaluateOnNewDocument(() => {
        const seen: string[] = [];
        (window as unknown as { __violations: string[] }).__violations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
      });
      if (header) await serveWithPolicyHeader(page, url, path.join(pages.dir, slug, 'source.html'));
      const response = await page.goto(url, { waitUntil: 'load' });
      if (header) expect(response?.headers()['content-security-policy']).toBe(POLICY);
      tabId = await harness.firefox.tabIdOf(page);
    });
    afterAll(async () => {
      await page?.close();
    });

    it('is a page whose policy is in force', async () => {
      const facts = await page.evaluate(() => {
        const p = document.querySelector('.contTxt p')!;
        return {
          inlineStyleApplied: getComputedStyle(p).color === 'rgb(255, 0, 0)',
          inlineScriptRan: document.documentElement.hasAttribute('data-inline-script-ran'),
          ownSheetApplied: getComputedStyle(document.querySelector('.contTxt')!).borderLeftWidth === '7px',
        };
      });
      expect(facts).toEqual({ inlineStyleApplied: false, inlineScriptRan: false, ownSheetApplied: true });
      expect(await violations(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^style-src/), expect.stringMatching(/^script-src/)]));
    });

    it('is read as an article by the content script', async () => {
      await waitFor('the content script', () => page.evaluate(() => document.documentElement.dataset.zjolReader !== undefined));
      expect(await page.evaluate(() => document.documentElement.dataset.zjolReader)).toBe('article');
      expect((await pageState(harness, tabId)).analysis?.article?.title).toBe(TITLE);
    });

    it('renders reader mode styled, without a CSP violation of its own', async () => {
      const before = await violations(page);
      expect(await sendToContent(harness, tabId, { type: 'toggle-reader', on: true })).toEqual({ ok: true, value: { on: true } });
      const view = await readerView(page);
      await screenshot(page, `csp/${slug}`);
      expect(view.title).toBe(TITLE);
      expect(view.paragraphs).toEqual(expect.arrayContaining(PARAGRAPHS.slice(0, 3)));
      const { fontSize, lineHeight, textIndent } = view.paragraphStyle;
      expect(fontSize).toBeGreaterThan(10);
      expect(lineHeight).toBeCloseTo(fontSize * LINE_HEIGHT_RATIO, 0);
      expect(textIndent).toBeCloseTo(fontSize * INDENT_EM, 0);
      expect(view.hostCoversViewport).toBe(true);
      expect((await violations(page)).slice(before.length)).toEqual([]);
    });

    it('closes again', async () => {
      expect(await sendToContent(harness, tabId, { type: 'toggle-reader', on: false })).toEqual({ ok: true, value: { on: false } });
      expect(await page.evaluate(() => document.getElementById('zjol-reader-root'))).toBeNull();
    });
  });
});

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __violations?: string[] }).__violations ?? [])]);
}

/** Answers the document itself with the policy header; everything else goes on to the fixture server. */
async function serveWithPolicyHeader(page: Page, url: string, file: string): Promise<void> {
  const body = readFileSync(file);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.url() !== url) {
      void request.continue();
      return;
    }
    void request.respond({
      status: 200,
      headers: { 'Content-Security-Policy': POLICY, 'Cache-Control': 'no-store' },
      contentType: 'text/html; charset=utf-8',
      body,
    });
  });
}
