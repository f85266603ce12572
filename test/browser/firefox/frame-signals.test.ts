// Each way the extension learns that a frame is broken, alone, in Firefox ESR (`npm run build`
// first). The fixture pages mix them; here one frame per signal, so a signal that does not work
// in Firefox (an API that behaves differently, a comparison of windows across compartments) fails
// on its own:
//   - an error document answered with status 200, same-origin and cross-origin: only the frame
//     script's token, posted to the parent and matched by `event.source`, can tell (the core never
//     reads a frame's document);
//   - a custom 404 page that does not look like zjol's error document: the status (webRequest,
//     the frame script's navigation timing);
//   - a frame on a non-zjol host that does not exist: only webNavigation.onErrorOccurred (no host
//     permission, no content script in Firefox's error page);
//   - an https zjol subdomain that does not exist (CONNECT refused → Firefox's dnsNotFound page);
//   - a broken frame inside a working frame: the frame script in the outer frame hides it.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTempFixtures } from '../../unit/server/temp-fixtures';
import {
  FIREFOX_SKIP_REASON,
  firefoxTitle,
  frameReport,
  pageState,
  screenshot,
  startFirefoxHarness,
  visibleBrokenFrames,
  waitFor,
  type FirefoxHarness,
} from './helpers';

const PAGE_URL = 'http://zjnews.zjol.com.cn/05zjnews/system/2010/02/10/016298899.shtml';
const ERROR_200 = 'http://zjnews.zjol.com.cn/05zjnews/ssi/soft-error.shtml';
const ERROR_200_CROSS = 'http://comment.zjol.com.cn/05comment/frame/soft-error.shtml';
const CUSTOM_404 = 'http://www.zjol.com.cn/05zjol/ssi/custom-404.shtml';
const FOREIGN_GONE = 'http://nx.example.invalid/weather.html';
const HTTPS_GONE = 'https://gone.zjol.com.cn/frame.html';
const OUTER = 'http://www.zjol.com.cn/05zjol/ssi/outer.html';
const INNER_MISSING = 'http://www.zjol.com.cn/05zjol/ssi/inner-missing.shtml';
const WORKING = 'http://www.zjol.com.cn/05zjol/ssi/working.html';

/** error200, error200cross, custom404, foreign, httpsgone; the broken frame inside #outer belongs to that frame. */
const PAGE_BROKEN_FRAMES = 5;

const ZJOL_404 = '<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n<hr><center>ZJOL/1.22.95</center>\n</body>\n</html>\n';

const frame = (id: string, src: string) => `<div id="${id}"><iframe src="${src}" width="400" height="60" frameborder="0"></iframe></div>`;

const pages = writeTempFixtures({
  signals: {
    meta: {
      url: PAGE_URL,
      resources: {
        [ERROR_200]: { status: 200, file: 'error-200.html' },
        [ERROR_200_CROSS]: { status: 200, file: 'error-200.html' },
        [CUSTOM_404]: { status: 404, file: 'custom-404.html' },
        [FOREIGN_GONE]: { network: 'unresolvable' },
        [HTTPS_GONE]: { network: 'unresolvable' },
        [OUTER]: { status: 200, file: 'outer.html' },
        [WORKING]: { status: 200, file: 'working.html' },
      },
    },
    source: `<!doctype html><html><head><meta charset="utf-8"><title>框架测试-浙江新闻-浙江在线</title></head><body>
<h1>框架测试</h1>
<p>会议传达学习了3月17日中共中央政治局常务委员会议精神。会议强调，要充分认清国内外疫情防控形势的复杂性、严峻性。</p>
${frame('error200', ERROR_200)}
${frame('error200cross', ERROR_200_CROSS)}
${frame('custom404', CUSTOM_404)}
${frame('foreign', FOREIGN_GONE)}
${frame('httpsgone', HTTPS_GONE)}
${frame('working', WORKING)}
<div id="outer"><iframe src="${OUTER}" width="400" height="200" frameborder="0"></iframe></div>
</body></html>
`,
    files: {
      'error-200.html': ZJOL_404,
      'custom-404.html': '<html><head><meta charset="utf-8"><title>页面不存在</title></head><body><p>对不起，您访问的页面不存在。</p><p><a href="http://www.zjol.com.cn/">返回首页</a></p></body></html>',
      'outer.html': `<html><head><meta charset="utf-8"></head><body><p>外层框架的内容。</p><div id="inner"><iframe src="${INNER_MISSING}" width="300" height="60"></iframe></div></body></html>`,
      'working.html': '<html><head><meta charset="utf-8"></head><body><p>正常的框架内容。</p></body></html>',
    },
  },
});

let harness: FirefoxHarness;
let page: Page;
let tabId: number;

/** Whether the element with this id (the frame's box in the page) can be seen. */
async function boxVisible(id: string): Promise<boolean> {
  return page.evaluate((boxId) => {
    const el = document.getElementById(boxId);
    if (!el) throw new Error(`no #${boxId}`);
    const rect = el.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 && el.checkVisibility();
  }, id);
}

describe.skipIf(FIREFOX_SKIP_REASON !== null)(firefoxTitle('Firefox: each broken-frame signal on its own'), () => {
  beforeAll(async () => {
    harness = await startFirefoxHarness({ pagesDir: pages.dir });
    page = await harness.firefox.browser.newPage();
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    tabId = await harness.firefox.tabIdOf(page);
    // The page's broken frames hidden (the nested one is counted in its own frame), or time out
    // and let each test say which one is not.
    await waitFor('the hidden frames', async () => (await pageState(harness, tabId)).hidden['broken-frame'] >= PAGE_BROKEN_FRAMES).catch(
      () => undefined,
    );
    await screenshot(page, 'frame-signals');
  });
  afterAll(async () => {
    await harness?.close();
    pages.remove();
  });

  it('loads each frame as intended (the fixture works in Firefox)', async () => {
    const frames = await frameReport(page);
    const kindOf = (url: string) => frames.find((f) => f.url === url || decodeURIComponent(f.url).includes(`u=${url}`))?.kind;
    expect({
      error200: kindOf(ERROR_200),
      error200cross: kindOf(ERROR_200_CROSS),
      custom404: kindOf(CUSTOM_404),
      foreign: kindOf(FOREIGN_GONE),
      httpsGone: kindOf(HTTPS_GONE),
      working: kindOf(WORKING),
      outer: kindOf(OUTER),
      innerMissing: kindOf(INNER_MISSING),
    }).toEqual({
      error200: 'error-document',
      error200cross: 'error-document',
      custom404: 'page',
      foreign: 'browser-error',
      httpsGone: 'browser-error',
      working: 'page',
      outer: 'page',
      innerMissing: 'error-document',
    });
  });

  it('hides an error document served with status 200 (frame script token, event.source)', async () => {
    expect(await boxVisible('error200')).toBe(false);
  });

  it('does so for a frame of another zjol host too (a cross-origin event.source)', async () => {
    expect(await boxVisible('error200cross')).toBe(false);
  });

  it('hides a custom page served with status 404', async () => {
    expect(await boxVisible('custom404')).toBe(false);
  });

  it('hides a frame on a non-zjol host that does not exist (webNavigation)', async () => {
    expect(await boxVisible('foreign')).toBe(false);
  });

  it('hides a frame on an https zjol host that does not exist', async () => {
    expect(await boxVisible('httpsgone')).toBe(false);
  });

  it('hides a broken frame inside a working frame, and keeps the working frames', async () => {
    expect(await boxVisible('outer')).toBe(true);
    expect(await boxVisible('working')).toBe(true);
    expect(await visibleBrokenFrames(page)).toEqual([]);
  });

  it('counts the broken frames of the page itself (the nested one is its frame’s business)', async () => {
    expect((await pageState(harness, tabId)).hidden['broken-frame']).toBe(PAGE_BROKEN_FRAMES);
  });
});
