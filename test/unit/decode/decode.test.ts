import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml, normalizeCharset, utf8Counts } from '../../../src/core/decode';

// "中文新闻" in GBK (= GB2312 here): D6D0 CEC4 D0C2 CEC5.
const GBK_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4, 0xd0, 0xc2, 0xce, 0xc5];
const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? ascii(p) : p)));
const utf8 = (s: string): number[] => Array.from(new TextEncoder().encode(s));

describe('decodeHtml', () => {
  it('honours a UTF-8 byte-order mark over any declaration', () => {
    const b = bytes([0xef, 0xbb, 0xbf], '<meta charset="gb2312"><p>', utf8('中文'), '</p>');
    expect(decodeHtml(b)).toEqual({ html: '<meta charset="gb2312"><p>中文</p>', charset: 'utf-8' });
  });

  it('reads <meta charset> and <meta http-equiv> and decodes GB2312/GBK as gb18030', () => {
    const a = decodeHtml(bytes('<html><head><meta charset="gb2312"></head><body>', GBK_ZHONGWEN, '</body>'));
    expect(a.charset).toBe('gb18030');
    expect(a.html).toContain('中文新闻');
    const b = decodeHtml(bytes('<meta http-equiv="Content-Type" content="text/html; charset=GBK">', GBK_ZHONGWEN));
    expect(b).toEqual({ html: '<meta http-equiv="Content-Type" content="text/html; charset=GBK">中文新闻', charset: 'gb18030' });
  });

  it('prefers the HTTP Content-Type charset to the meta declaration', () => {
    const b = bytes('<meta charset="big5">', GBK_ZHONGWEN);
    expect(decodeHtml(b, 'text/html; charset=gb2312').html).toContain('中文新闻');
  });

  it('sniffs undeclared bytes: valid UTF-8 stays UTF-8, anything else is GBK', () => {
    expect(decodeHtml(bytes('<p>', utf8('浙江在线'), '</p>')).charset).toBe('utf-8');
    const g = decodeHtml(bytes('<p>', GBK_ZHONGWEN, '</p>'));
    expect(g).toEqual({ html: '<p>中文新闻</p>', charset: 'gb18030' });
  });

  it('corrects mislabelled pages both ways', () => {
    // Declared gb2312, bytes UTF-8 (a CWCED page does this).
    const a = decodeHtml(bytes('<meta charset="gb2312"><p>', utf8('浙江日报记者 黄宏'), '</p>'));
    expect(a.charset).toBe('utf-8');
    expect(a.html).toContain('浙江日报记者 黄宏');
    // Declared utf-8, bytes GBK (a trafilatura xinhuanet page does this).
    const b = decodeHtml(bytes('<meta charset="utf-8"><p>', GBK_ZHONGWEN, '</p>'));
    expect(b.charset).toBe('gb18030');
    expect(b.html).toContain('中文新闻');
  });

  it('keeps a declared GBK page that is plain ASCII as declared', () => {
    expect(decodeHtml(bytes('<meta charset="gb2312"><p>hello</p>')).charset).toBe('gb18030');
  });

  it('decodes a real GBK page of CWCED', () => {
    const dir = join(__dirname, '../../corpus/cwced/05e98007-d810-4036-b154-2ef2fe68c2af');
    const { html, charset } = decodeHtml(new Uint8Array(readFileSync(join(dir, 'source.html'))));
    expect(charset).toBe('gb18030');
    expect(html).toContain('我是怎样卷入八九民运的');
  });
});

describe('charset helpers', () => {
  it('normalises labels', () => {
    expect(normalizeCharset('GB2312')).toBe('gb18030');
    expect(normalizeCharset(' "utf8" ')).toBe('utf-8');
    expect(normalizeCharset('big5')).toBe('big5');
    expect(normalizeCharset('no-such-charset')).toBeNull();
  });
  it('counts valid UTF-8 sequences and invalid bytes', () => {
    expect(utf8Counts(new Uint8Array(ascii('abc')))).toEqual({ valid: 0, invalid: 0 });
    expect(utf8Counts(new Uint8Array(utf8('中文')))).toEqual({ valid: 2, invalid: 0 });
    expect(utf8Counts(new Uint8Array(GBK_ZHONGWEN)).invalid).toBeGreaterThan(0);
    expect(utf8Counts(new Uint8Array([0xc0, 0x80]))).toEqual({ valid: 0, invalid: 2 }); // overlong
  });
  it('keeps a UTF-8 page UTF-8 despite one corrupt byte, and still takes GBK for GBK', () => {
    const page = (body: number[]): Uint8Array => new Uint8Array([...ascii('<title>'), ...body, ...ascii('</title>')]);
    const text = utf8('中文标题'.repeat(20));
    expect(decodeHtml(page([...text, 0xff])).charset).toBe('utf-8');
    expect(decodeHtml(page([...GBK_ZHONGWEN, ...GBK_ZHONGWEN])).charset).toBe('gb18030');
  });
});
