// The fixture server over plain HTTP, as Chromium reaches it through --host-resolver-rules: the
// request goes to 127.0.0.1:<port> with the real host in the Host header.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PLACEHOLDER_PNG, errorDocument, startFixtureServer, type FixtureServer } from '../../../scripts/fixture-server.mjs';
import { fetchFrom, writeTempFixtures } from './temp-fixtures';

// "浙江在线新闻，中文测试。" in GB2312, as legacy zjol pages are stored.
const GB2312_TEXT = Buffer.from('d5e3bdadd4dacfdfd0c2cec5a3acd6d0cec4b2e2cad4a1a3', 'hex');
const LEGACY_URL = 'http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710.shtml';
const legacySource = Buffer.concat([
  Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>t</title></head><body><p>'),
  GB2312_TEXT,
  Buffer.from('</p></body></html>'),
]);

const pages = writeTempFixtures({
  legacy: {
    meta: {
      url: LEGACY_URL,
      resources: {
        'http://zjnews.zjol.com.cn/05zjnews/ssi/dateline.shtml': { status: 404 },
        'http://zjnews.zjol.com.cn/ssi/forbidden.shtml': { status: 403 },
        'http://zjnews.zjol.com.cn/ssi/error.shtml': { status: 500 },
        'http://zjnews.zjol.com.cn/ssi/bad-gateway.shtml': { status: 502 },
        'http://zjnews.zjol.com.cn/ssi/unavailable.shtml': { status: 503 },
        'http://zjnews.zjol.com.cn/ssi/timeout.shtml': { status: 504 },
        'http://www.zjol.com.cn/05zjol/adcode/js/cachejs/slot1.js': { status: 200, file: 'ad-slot1.js' },
        'http://www.zjol.com.cn/custom-missing.html': { status: 404, file: 'custom-404.html' },
        'http://www.zjol.com.cn/frame.html?id=7': { status: 200, file: 'frame7.html' },
        'http://www.zjol.com.cn/frame.html': { status: 200, file: 'frame-any.html' },
        '../ssi/relative.shtml': { status: 502 },
        'http://nx.example.invalid/frame.html': { network: 'unresolvable' },
        'http://gone.zjol.com.cn/frame.html': { network: 'unresolvable' },
        'http://ads.partner.example/banner.html': { status: 200, file: 'frame-any.html' },
        'http://comment.zjol.com.cn/old/frame.html': { status: 302, location: 'https://comment.zjol.com.cn/gone.html' },
        'http://comment.zjol.com.cn/moved.html': { status: 301, location: '/new.html' },
        'http://www.zjol.com.cn/share.html': { status: 301, location: 'https://www.zjol.com.cn/share.html' },
        'https://www.zjol.com.cn/share.html': { status: 200, file: 'frame-any.html' },
      },
    },
    source: legacySource,
    files: {
      'ad-slot1.js': 'document.write("<div id=\\"divAdvertise\\"></div>");\n',
      'custom-404.html': '<html><body>custom</body></html>',
      'frame7.html': '<meta charset="utf-8"><p>seven</p>',
      'frame-any.html': '<p>any</p>',
    },
  },
  'utf8-sniffed': {
    meta: { url: 'https://zjnews.zjol.com.cn/zjxw/202405/t20240501_1.shtml' },
    source: '<!doctype html><meta charset="UTF-8"><title>新</title><p>浙江</p>',
  },
  'declared-charset': {
    meta: { url: 'http://china.zjol.com.cn/system/2012/01/01/1.shtml', charset: 'GBK' },
    source: '<html><p>no meta tag</p></html>',
  },
  'no-charset': {
    meta: { url: 'http://zj.zjol.com.cn/news.html?id=1234' },
    source: '<p>app page</p>',
  },
  // Two variants of one page under the same URL (prefer() picks).
  'variant-a': { meta: { url: 'http://hz.zjol.com.cn/same.shtml' }, source: '<p>variant a</p>' },
  'variant-b': { meta: { url: 'http://hz.zjol.com.cn/same.shtml' }, source: '<p>variant b</p>' },
});

let server: FixtureServer;
const get = (host: string, path = '/', method = 'GET') => fetchFrom({ port: server.port, host, path, method });

beforeAll(async () => {
  server = await startFixtureServer({ pagesDir: pages.dir });
});
afterAll(async () => {
  await server?.close();
  pages.remove();
});

describe('pages', () => {
  it('serves source.html bytes as-is, with the charset of its <meta http-equiv>', async () => {
    const a = await get('zjnews.zjol.com.cn', '/05zjnews/system/2010/02/05/016284710.shtml');
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toBe('text/html; charset=gb2312');
    expect(a.headers.server).toBe('ZJOL/1.22.95');
    expect(a.body.equals(legacySource)).toBe(true);
  });

  it('takes the charset from meta.json over the bytes, and from <meta charset> otherwise', async () => {
    expect((await get('china.zjol.com.cn', '/system/2012/01/01/1.shtml')).headers['content-type']).toBe('text/html; charset=gbk');
    expect((await get('zjnews.zjol.com.cn', '/zjxw/202405/t20240501_1.shtml')).headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('declares no charset when neither meta.json nor the bytes name one', async () => {
    expect((await get('zj.zjol.com.cn', '/news.html?id=1234')).headers['content-type']).toBe('text/html');
  });

  it('routes by query string too, and a host with a port is the same host', async () => {
    expect((await get('zj.zjol.com.cn', '/news.html?id=1234')).status).toBe(200);
    expect((await get('zj.zjol.com.cn', '/news.html?id=9999')).status).toBe(404);
    expect((await get('zjnews.zjol.com.cn:80', '/05zjnews/system/2010/02/05/016284710.shtml')).status).toBe(200);
    expect((await get('ZJNEWS.zjol.com.cn', '/05zjnews/system/2010/02/05/016284710.shtml')).status).toBe(200);
  });

  it('answers HEAD with the headers only', async () => {
    const a = await get('zjnews.zjol.com.cn', '/05zjnews/system/2010/02/05/016284710.shtml', 'HEAD');
    expect(a.status).toBe(200);
    expect(Number(a.headers['content-length'])).toBe(legacySource.length);
    expect(a.body.length).toBe(0);
  });

  it('lets prefer() choose between fixtures sharing a URL', async () => {
    expect((await get('hz.zjol.com.cn', '/same.shtml')).body.toString()).toBe('<p>variant a</p>');
    server.prefer('variant-b');
    try {
      expect((await get('hz.zjol.com.cn', '/same.shtml')).body.toString()).toBe('<p>variant b</p>');
    } finally {
      server.prefer(null);
    }
    expect(() => server.prefer('no-such-fixture')).toThrow(/no fixture/);
  });

  it('gives each fixture URL through urlOf()', () => {
    expect(server.urlOf('legacy')).toBe(LEGACY_URL);
    expect(() => server.urlOf('missing')).toThrow(/no fixture "missing".*legacy/);
  });
});

describe('resources', () => {
  it.each([
    ['/05zjnews/ssi/dateline.shtml', 404, 'Not Found'],
    ['/ssi/forbidden.shtml', 403, 'Forbidden'],
    ['/ssi/error.shtml', 500, 'Internal Server Error'],
    ['/ssi/bad-gateway.shtml', 502, 'Bad Gateway'],
    ['/ssi/unavailable.shtml', 503, 'Service Temporarily Unavailable'],
    ['/ssi/timeout.shtml', 504, 'Gateway Time-out'],
  ])('%s gets the %i error document', async (path, status, reason) => {
    const a = await get('zjnews.zjol.com.cn', path);
    expect(a.status).toBe(status);
    expect(a.statusMessage).toBe(reason);
    expect(a.headers.server).toBe('ZJOL/1.22.95');
    expect(a.headers['content-type']).toBe('text/html');
    expect(a.body.toString()).toBe(errorDocument(status));
  });

  it('resolves relative resource URLs against the page', async () => {
    const a = await get('zjnews.zjol.com.cn', '/05zjnews/system/2010/02/ssi/relative.shtml');
    expect(a.status).toBe(502);
  });

  it('serves a listed file with the content type of its extension and the listed status', async () => {
    const js = await get('www.zjol.com.cn', '/05zjol/adcode/js/cachejs/slot1.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('application/javascript');
    expect(js.body.toString()).toContain('divAdvertise');
    const custom = await get('www.zjol.com.cn', '/custom-missing.html');
    expect(custom.status).toBe(404);
    expect(custom.body.toString()).toBe('<html><body>custom</body></html>');
  });

  it('answers a redirect with its status and Location, resolved against the resource', async () => {
    const moved = await get('comment.zjol.com.cn', '/old/frame.html');
    expect(moved.status).toBe(302);
    expect(moved.headers.location).toBe('https://comment.zjol.com.cn/gone.html');
    const relative = await get('comment.zjol.com.cn', '/moved.html');
    expect(relative.status).toBe(301);
    expect(relative.headers.location).toBe('http://comment.zjol.com.cn/new.html');
  });

  it('serves an http→https redirect on http only: the https address reaches its page, not the redirect again', async () => {
    expect((await get('www.zjol.com.cn', '/share.html')).status).toBe(301);
    const page = await fetchFrom({ port: server.port, host: 'www.zjol.com.cn', path: '/share.html', ca: server.ca ?? undefined });
    expect(page.status).toBe(200);
    expect(page.body.toString()).toBe('<p>any</p>');
  });

  it('matches the exact query first, then the URL without query', async () => {
    const seven = await get('www.zjol.com.cn', '/frame.html?id=7');
    expect(seven.body.toString()).toContain('seven');
    expect(seven.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await get('www.zjol.com.cn', '/frame.html?id=8')).body.toString()).toBe('<p>any</p>');
  });

  it('serves a host that only a resource names', async () => {
    expect((await get('ads.partner.example', '/banner.html')).status).toBe(200);
    expect((await get('ads.partner.example', '/other.html')).status).toBe(404);
  });
});

describe('URLs nobody listed', () => {
  it.each(['/05zjol/adcode/images/upload/a.jpg', '/pic/B.JPG?v=3', '/x.gif', '/y.png', '/z.webp'])(
    'image %s gets the placeholder PNG',
    async (path) => {
      const a = await get('img.zjol.com.cn', path);
      expect(a.status).toBe(200);
      expect(a.headers['content-type']).toBe('image/png');
      expect(a.body.equals(PLACEHOLDER_PNG)).toBe(true);
    },
  );

  it.each([
    ['zjnews.zjol.com.cn', '/05zjnews/ssi/other.shtml'],
    ['www.zjol.com.cn', '/05zjol/adcode/js/tool/x.js'],
    ['zjol.com.cn', '/'],
    ['img.zjolcdn.com', '/a.css'],
  ])('%s%s gets the 404 error document', async (host, path) => {
    const a = await get(host, path);
    expect(a.status).toBe(404);
    expect(a.body.toString()).toBe(errorDocument(404));
  });
});

describe('hosts that do not exist', () => {
  it.each([
    ['nx.example.invalid', '/frame.html'],
    ['gone.zjol.com.cn', '/frame.html'], // unresolvable beats the zjol.com.cn wildcard
    ['gone.zjol.com.cn', '/photo.jpg'],
    ['www.baidu.com', '/'], // never named: not served
    ['hm.baidu.com', '/hm.gif'],
  ])('%s%s: the connection is dropped without an answer', async (host, path) => {
    await expect(get(host, path)).rejects.toThrow(/socket hang up|ECONNRESET/);
  });

  it('lists served and unresolvable hosts for the browser host mapping', () => {
    expect(server.hosts).toEqual([
      'ads.partner.example',
      'china.zjol.com.cn',
      'comment.zjol.com.cn',
      'hz.zjol.com.cn',
      'www.zjol.com.cn',
      'zj.zjol.com.cn',
      'zjnews.zjol.com.cn',
    ]);
    expect(server.unresolvableHosts).toEqual(['gone.zjol.com.cn', 'nx.example.invalid']);
    expect(server.siteDomains).toEqual(['zjol.com.cn', 'zjolcdn.com']);
    expect(server.serves('img.zjol.com.cn')).toBe(true);
    expect(server.serves('gone.zjol.com.cn')).toBe(false);
    expect(server.serves('notzjol.com.cn')).toBe(false);
  });
});

describe('logging and shutdown', () => {
  /** Starts a server of its own with DEBUG_FIXTURE_SERVER set as given, runs requests, and gives what was logged. */
  async function logsWith(debug: string | undefined): Promise<unknown[][]> {
    const saved = process.env.DEBUG_FIXTURE_SERVER;
    if (debug === undefined) delete process.env.DEBUG_FIXTURE_SERVER;
    else process.env.DEBUG_FIXTURE_SERVER = debug;
    const logged: unknown[][] = [];
    const spies = (['log', 'error', 'warn', 'info', 'debug'] as const).map((m) =>
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void logged.push(args)),
    );
    try {
      const own = await startFixtureServer({ pagesDir: pages.dir });
      try {
        const at = (host: string, path: string) => fetchFrom({ port: own.port, host, path });
        await at('zjnews.zjol.com.cn', '/05zjnews/ssi/dateline.shtml');
        await at('img.zjol.com.cn', '/a.jpg');
        await at('nx.example.invalid', '/frame.html').catch(() => {});
      } finally {
        await own.close();
      }
    } finally {
      for (const spy of spies) spy.mockRestore();
      if (saved === undefined) delete process.env.DEBUG_FIXTURE_SERVER;
      else process.env.DEBUG_FIXTURE_SERVER = saved;
    }
    return logged;
  }

  it('logs nothing unless DEBUG_FIXTURE_SERVER=1', async () => {
    expect(await logsWith(undefined)).toEqual([]);
    expect(await logsWith('0')).toEqual([]);
    const lines = (await logsWith('1')).map((args) => args.map(String).join(' '));
    expect(lines.some((l) => l.includes('404 GET') && l.includes('/05zjnews/ssi/dateline.shtml'))).toBe(true);
    expect(lines.some((l) => l.includes('drop') && l.includes('nx.example.invalid'))).toBe(true);
  });

  it('close() ends open keep-alive connections and frees the port', async () => {
    const own = await startFixtureServer({ pagesDir: pages.dir });
    const http = await import('node:http');
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port: own.port, path: '/x.png', headers: { Host: 'img.zjol.com.cn' }, agent }, (res) => {
          res.resume();
          res.on('end', () => resolve());
        })
        .on('error', reject);
    });
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(1000); // a lingering keep-alive socket would hold close() for 5 s
    await expect(fetchFrom({ port: own.port, host: 'img.zjol.com.cn', path: '/x.png' })).rejects.toThrow(/ECONNREFUSED/);
    agent.destroy();
  });
});
