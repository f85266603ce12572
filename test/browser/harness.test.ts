// The harness itself, in Chromium with the built extension (`npx vite build` first): pages load
// from the fixture server under real zjol URLs over HTTP and HTTPS, missing resources get zjol's
// error document, unresolvable hosts fail DNS, the extension's service worker runs, and the page
// helpers see what a reader sees. Its own tiny fixtures, so it does not move with test/pages.
import { existsSync, statSync } from 'node:fs';
import type { Page, Request, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPopup, tabIdOf } from '../../scripts/launch-chromium.mjs';
import { writeTempFixtures } from '../unit/server/temp-fixtures';
import {
  countVisible,
  frameReport,
  isTextVisible,
  openFixture,
  screenshot,
  startHarness,
  visibleBrokenFrames,
  visibleErrorTexts,
  type Harness,
} from './helpers';

// The one extension API these tests call inside the service worker (the project has no @types/chrome).
declare const chrome: { runtime: { id: string } };

const LEGACY_URL = 'http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710.shtml';
const HTTPS_URL = 'https://zjnews.zjol.com.cn/zjxw/202405/t20240501_1.shtml';
// "浙江在线新闻，中文测试。" in GB2312, as legacy zjol pages are stored.
const GB2312_SENTENCE = Buffer.from('d5e3bdadd4dacfdfd0c2cec5a3acd6d0cec4b2e2cad4a1a3', 'hex');
const SENTENCE = '浙江在线新闻，中文测试。';

const pages = writeTempFixtures({
  'legacy-http': {
    meta: {
      url: LEGACY_URL,
      resources: {
        'http://zjnews.zjol.com.cn/05zjnews/ssi/dateline.shtml': { status: 404 },
        'http://nx.example.invalid/frame.html': { network: 'unresolvable' },
        'http://www.zjol.com.cn/05zjol/frame-ok.html': { status: 200, file: 'frame-ok.html' },
      },
    },
    source: Buffer.concat([
      Buffer.from(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>harness</title></head><body>\n<p id="body">',
      ),
      GB2312_SENTENCE,
      Buffer.from(
        '</p>\n<iframe id="dateline" src="/05zjnews/ssi/dateline.shtml" width="300" height="120"></iframe>\n' +
          '<iframe id="nx" src="http://nx.example.invalid/frame.html" width="300" height="120"></iframe>\n' +
          '<iframe id="ok" src="http://www.zjol.com.cn/05zjol/frame-ok.html" width="300" height="120"></iframe>\n' +
          '<img id="ad" src="http://img.zjol.com.cn/05zjol/adcode/images/upload/a.jpg">\n' +
          '<img id="tracker" src="http://hm.baidu.com/hm.gif">\n</body></html>\n',
      ),
    ]),
    files: { 'frame-ok.html': '<html><body><p>frame content</p></body></html>' },
  },
  'https-page': {
    meta: {
      url: HTTPS_URL,
      resources: { 'https://gone.zjol.com.cn/frame.html': { network: 'unresolvable' } },
    },
    source:
      '<!doctype html><html><head><meta charset="utf-8"><title>https</title></head><body><p>新版页面正文。</p>\n' +
      '<iframe id="missing" src="https://zjnews.zjol.com.cn/ssi/missing.shtml" width="300" height="120"></iframe>\n' +
      '<iframe id="gone" src="https://gone.zjol.com.cn/frame.html" width="300" height="120"></iframe>\n</body></html>\n',
  },
  // Not a zjol host, so the extension leaves it alone: what the page helpers see is the page's own doing.
  'helpers-page': {
    meta: {
      url: 'http://harness.example.test/visibility.html',
      resources: { 'http://harness.example.test/error.html': { status: 404 } },
    },
    source:
      '<!doctype html><html><head><meta charset="utf-8"></head><body>\n' +
      '<p>看得见的句子。</p><p style="display:none">藏起来的句子。</p><p style="visibility:hidden">也藏起来了。</p>\n' +
      '<p>　　全角缩进的\n段落。</p>\n' +
      '<div id="inline-visible"><center><h1>404 Not Found</h1></center><hr><center>ZJOL/1.22.95</center></div>\n' +
      '<div id="inline-hidden" style="display:none"><center><h1>502 Bad Gateway</h1></center></div>\n' +
      '<iframe id="shown" src="/error.html" width="300" height="120"></iframe>\n' +
      '<iframe id="hidden" src="/error.html" style="display:none"></iframe>\n' +
      '<iframe id="zero" src="/error.html" width="0" height="0" style="border:0"></iframe>\n' +
      '<div class="ad">广告</div><div class="ad" style="display:none">广告</div><div class="ad" style="opacity:0">广告</div>\n' +
      '</body></html>\n',
  },
});

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ pagesDir: pages.dir });
});
afterAll(async () => {
  await harness?.close();
  pages.remove();
});

/** Opens a fixture and records what the network did for it. */
async function openRecorded(slug: string, scheme?: 'http' | 'https') {
  const responses: Response[] = [];
  const failures: Request[] = [];
  const context = harness.browser.context;
  const onResponse = (r: Response) => responses.push(r);
  const onFailure = (r: Request) => failures.push(r);
  context.on('response', onResponse);
  context.on('requestfailed', onFailure);
  let page: Page;
  try {
    page = await openFixture(harness, slug, scheme ? { scheme } : {});
  } finally {
    context.off('response', onResponse);
    context.off('requestfailed', onFailure);
  }
  const statusOf = (url: string) => responses.find((r) => r.url() === url)?.status();
  const failureOf = (url: string) => failures.find((r) => r.url() === url)?.failure()?.errorText;
  return { page, statusOf, failureOf };
}

describe('a legacy page over HTTP', () => {
  let page: Page;
  let statusOf: (url: string) => number | undefined;
  let failureOf: (url: string) => string | undefined;
  beforeAll(async () => {
    ({ page, statusOf, failureOf } = await openRecorded('legacy-http'));
  });
  afterAll(() => page?.close());

  it('comes from the fixture server under its real URL, decoded as GB2312', async () => {
    expect(page.url()).toBe(LEGACY_URL);
    expect(statusOf(LEGACY_URL)).toBe(200);
    expect(await page.evaluate(() => [document.characterSet, location.host])).toEqual(['GBK', 'zjnews.zjol.com.cn']);
    expect(await isTextVisible(page, SENTENCE)).toBe(true);
  });

  it("gives a frame whose resource is missing zjol's 404 document", async () => {
    expect(statusOf('http://zjnews.zjol.com.cn/05zjnews/ssi/dateline.shtml')).toBe(404);
    const frame = (await frameReport(page)).find((f) => f.url.endsWith('/05zjnews/ssi/dateline.shtml'));
    expect(frame).toMatchObject({ kind: 'error-document', text: '404 Not Found ZJOL/1.22.95', depth: 1 });
  });

  it('fails DNS for a frame on an unresolvable host, and for hosts no fixture names', async () => {
    expect(failureOf('http://nx.example.invalid/frame.html')).toBe('net::ERR_NAME_NOT_RESOLVED');
    expect(failureOf('http://hm.baidu.com/hm.gif')).toBe('net::ERR_NAME_NOT_RESOLVED');
    const kinds = (await frameReport(page)).map((f) => f.kind);
    expect(kinds).toEqual(['page', 'error-document', 'browser-error', 'page']);
  });

  it('serves listed files to frames and the placeholder PNG to unlisted images', async () => {
    const ok = (await frameReport(page)).find((f) => f.url === 'http://www.zjol.com.cn/05zjol/frame-ok.html');
    expect(ok).toMatchObject({ kind: 'page', text: 'frame content' });
    const widths = await page.evaluate(() => [...document.images].map((img) => img.naturalWidth));
    expect(widths[0]).toBeGreaterThan(0); // img.zjol.com.cn: placeholder
    expect(widths[1]).toBe(0); // hm.baidu.com: not resolved
  });

  it('keeps a screenshot as an artifact', async () => {
    const file = await screenshot(page, 'harness/legacy-http');
    expect(existsSync(file) && statSync(file).size).toBeGreaterThan(1000);
  });
});

describe('a page over HTTPS', () => {
  let page: Page;
  let statusOf: (url: string) => number | undefined;
  let failureOf: (url: string) => string | undefined;
  beforeAll(async () => {
    ({ page, statusOf, failureOf } = await openRecorded('https-page'));
  });
  afterAll(() => page?.close());

  it('loads over TLS with our certificate', async () => {
    expect(page.url()).toBe(HTTPS_URL);
    expect(statusOf(HTTPS_URL)).toBe(200);
    expect(await page.evaluate(() => location.protocol)).toBe('https:');
    expect(await isTextVisible(page, '新版页面正文。')).toBe(true);
  });

  it("gives an unlisted frame URL the 404 document, and an unresolvable zjol subdomain fails DNS", async () => {
    expect(statusOf('https://zjnews.zjol.com.cn/ssi/missing.shtml')).toBe(404);
    expect(failureOf('https://gone.zjol.com.cn/frame.html')).toBe('net::ERR_NAME_NOT_RESOLVED');
    expect((await frameReport(page)).map((f) => f.kind)).toEqual(['page', 'error-document', 'browser-error']);
  });

  it('opens the same fixture over HTTPS on request', async () => {
    const other = await openFixture(harness, 'legacy-http', { scheme: 'https' });
    try {
      expect(other.url()).toBe(LEGACY_URL.replace('http:', 'https:'));
      expect(await isTextVisible(other, SENTENCE)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('keeps a screenshot as an artifact', async () => {
    const file = await screenshot(page, 'harness/https-page');
    expect(statSync(file).size).toBeGreaterThan(1000);
  });
});

describe('the extension', () => {
  it('runs its service worker, whose URL gives the extension id', async () => {
    const { serviceWorker, extensionId } = harness.browser;
    expect(extensionId).toMatch(/^[a-p]{32}$/);
    expect(serviceWorker.url()).toBe(`chrome-extension://${extensionId}/service-worker-loader.js`);
    expect(await serviceWorker.evaluate(() => chrome.runtime.id)).toBe(extensionId);
  });

  it('reaches the fixture server from the service worker too (HTTPS, host mapping)', async () => {
    const answer = await harness.browser.serviceWorker.evaluate(async () => {
      const res = await fetch('https://www.zjol.com.cn/05zjol/ssi/x.shtml');
      return [res.status, await res.text()] as const;
    });
    expect(answer[0]).toBe(404);
    expect(answer[1]).toContain('<hr><center>ZJOL/1.22.95</center>');
  });

  it('finds the tab of a zjol page and opens the popup for it', async () => {
    const page = await openFixture(harness, 'legacy-http');
    try {
      const tabId = await tabIdOf(harness.browser.serviceWorker, page);
      expect(tabId).toBeTypeOf('number');
      const popup = await openPopup(harness.browser.context, harness.browser.extensionId, tabId);
      expect(popup.url()).toBe(`chrome-extension://${harness.browser.extensionId}/src/popup/index.html?tab=${tabId}`);
      await popup.close();
    } finally {
      await page.close();
    }
  });
});

describe('page helpers', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openFixture(harness, 'helpers-page');
  });
  afterAll(() => page?.close());

  it('tell visible sentences from hidden ones, whitespace ignored', async () => {
    expect(await isTextVisible(page, '看得见的句子。')).toBe(true);
    expect(await isTextVisible(page, '全角缩进的段落。')).toBe(true);
    expect(await isTextVisible(page, '藏起来的句子。')).toBe(false);
    expect(await isTextVisible(page, '也藏起来了。')).toBe(false);
  });

  it('find only the visible error frames', async () => {
    const frames = await frameReport(page);
    expect(frames.filter((f) => f.kind === 'error-document').map((f) => f.visible)).toEqual([true, false, false]);
    expect(await visibleBrokenFrames(page)).toHaveLength(1);
  });

  it('find only the visible error texts, inline and in frames', async () => {
    const texts = await visibleErrorTexts(page);
    expect(texts.map((t) => [new URL(t.frameUrl).pathname, t.text])).toEqual([
      ['/visibility.html', '404 Not Found'],
      ['/visibility.html', 'ZJOL/1.22.95'],
      ['/error.html', '404 Not Found'],
      ['/error.html', 'ZJOL/1.22.95'],
    ]);
  });

  it('count visible elements', async () => {
    expect(await countVisible(page, '.ad')).toBe(1);
  });
});
