import { mkdirSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { PLACEHOLDER_PNG, errorDocument, loadFixtures, sniffCharset } from '../../../scripts/fixture-server.mjs';
import { writeTempFixtures } from './temp-fixtures';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('errorDocument', () => {
  it('is zjol stock 404 document, byte for byte', () => {
    expect(errorDocument(404)).toBe(
      '<html>\n<head><title>404 Not Found</title></head>\n<body>\n<center><h1>404 Not Found</h1></center>\n<hr><center>ZJOL/1.22.95</center>\n</body>\n</html>\n',
    );
  });

  it.each([
    [403, '403 Forbidden'],
    [500, '500 Internal Server Error'],
    [502, '502 Bad Gateway'],
    [503, '503 Service Temporarily Unavailable'],
    [504, '504 Gateway Time-out'],
  ])('names status %i with the nginx reason phrase', (status, line) => {
    const doc = errorDocument(status);
    expect(doc).toContain(`<title>${line}</title>`);
    expect(doc).toContain(`<center><h1>${line}</h1></center>`);
    expect(doc).toContain('<hr><center>ZJOL/1.22.95</center>');
  });
});

describe('sniffCharset', () => {
  it('reads <meta http-equiv> of legacy pages', () => {
    expect(sniffCharset(latin1('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gb2312');
  });
  it('reads <meta charset> in any case and quoting', () => {
    expect(sniffCharset(latin1("<!doctype html><META CHARSET='UTF-8'>"))).toBe('utf-8');
    expect(sniffCharset(latin1('<meta charset=GBK>'))).toBe('gbk');
  });
  it('prefers a byte-order mark', () => {
    expect(sniffCharset(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), latin1('<meta charset="gb2312">')]))).toBe('utf-8');
  });
  it('finds the tag after a long leading comment but ignores charset words outside <meta>', () => {
    expect(sniffCharset(latin1(`<!-- ${'x'.repeat(2000)} --><meta charset="gb2312">`))).toBe('gb2312');
    expect(sniffCharset(latin1('<p>charset=gb2312</p>'))).toBeNull();
  });
  it('gives null when nothing is declared', () => {
    expect(sniffCharset(latin1('<html><body>hi</body></html>'))).toBeNull();
  });
});

describe('PLACEHOLDER_PNG', () => {
  it('is a valid truecolour PNG whose chunks check out', () => {
    const png = PLACEHOLDER_PNG;
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks: { type: string; data: Buffer }[] = [];
    for (let at = 8; at < png.length; ) {
      const len = png.readUInt32BE(at);
      chunks.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + len) });
      at += 12 + len;
    }
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const ihdr = chunks[0]!.data;
    const [width, height] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)];
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
    expect(inflateSync(chunks[1]!.data).length).toBe(height * (1 + width * 3));
  });
});

describe('loadFixtures', () => {
  let remove = () => {};
  afterEach(() => remove());

  it('reads folders with meta.json and source.html, in slug order, skipping unfinished ones', () => {
    const tmp = writeTempFixtures({
      'b-page': { meta: { url: 'http://zjnews.zjol.com.cn/b.shtml' }, source: '<p>b</p>' },
      'a-page': { meta: { url: 'http://zjnews.zjol.com.cn/a.shtml' }, source: '<p>a</p>' },
    });
    remove = tmp.remove;
    // A folder being written: meta.json but no source.html yet.
    mkdirSync(`${tmp.dir}/c-unfinished`);
    writeFileSync(`${tmp.dir}/c-unfinished/meta.json`, '{"url": "http://x.zjol.com.cn/"}');
    writeFileSync(`${tmp.dir}/README.md`, '# not a fixture');
    expect(loadFixtures(tmp.dir).map((f) => [f.slug, f.url])).toEqual([
      ['a-page', 'http://zjnews.zjol.com.cn/a.shtml'],
      ['b-page', 'http://zjnews.zjol.com.cn/b.shtml'],
    ]);
  });

  it('names the file when meta.json is broken', () => {
    const tmp = writeTempFixtures({ broken: { meta: { url: 'http://zjnews.zjol.com.cn/' }, source: '' } });
    remove = tmp.remove;
    writeFileSync(`${tmp.dir}/broken/meta.json`, '{"url": ');
    expect(() => loadFixtures(tmp.dir)).toThrow(/broken[/\\]meta\.json/);
  });

  it('gives no fixtures for a missing folder', () => {
    expect(loadFixtures('/nonexistent/pages')).toEqual([]);
  });
});
