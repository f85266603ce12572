import { pageContext } from '../../../src/core/page-context';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../../../src/core/decode';
import { extractArticle } from '../../../src/core/extract/index';
import { detectPage } from '../../../src/core/detect/index';
import { doc, legacyPage, trsPage } from './builders';

describe('the document is never changed', () => {
  const pages: [string, Document][] = [
    ['legacy', doc(legacyPage(), 'http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710.shtml')],
    ['trs', doc(trsPage(), 'http://china.zjol.com.cn/gnxw/201611/t20161122_2024781.shtml')],
    [
      'cwced blog page',
      new JSDOM(decodeHtml(new Uint8Array(readFileSync(join(__dirname, '../../corpus/cwced/59562291-5657-476d-9902-ad76b53ef82b/source.html')))).html, {
        url: 'http://cwced.invalid/a.html',
        virtualConsole: new VirtualConsole(),
      }).window.document,
    ],
  ];
  it.each(pages)('%s', (_name, d) => {
    const before = d.documentElement.outerHTML;
    const url = d.URL;
    detectPage(pageContext(d, url));
    const r = extractArticle(pageContext(d, url, new Set([d.querySelector('a')!])));
    extractArticle(pageContext(d, url));
    expect(r).not.toBeNull();
    expect(d.documentElement.outerHTML).toBe(before);
  });

  it('returns sources in block order, inside the document', () => {
    const d = pages[1]![1];
    const r = extractArticle(pageContext(d, d.URL))!;
    expect(r.sources).toHaveLength(r.article.blocks.length);
    for (const el of r.sources) expect(d.contains(el)).toBe(true);
    expect(r.container?.className).toBe('contTxt');
  });

  it('returns null for a page without a body', () => {
    const d = doc('<html><head><title>x</title></head><body><a href="/">首页</a> <a href="/b">新闻</a></body></html>', 'http://www.zjol.com.cn/x.html');
    expect(extractArticle(pageContext(d, d.URL))).toBeNull();
  });
});
