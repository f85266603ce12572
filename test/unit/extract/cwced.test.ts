// Quality floor of the generic extractor on CWCED (50 real Chinese pages with human gold text; MIT).
// The metric is test/helpers/char-f1.ts, the same as the bench's. Timings are measured by
// scripts/eval-extract.mjs, never asserted here.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { decodeHtml } from '../../../src/core/decode';
import { analyze } from '../../../src/core/index';
import { charF1 } from '../../helpers/char-f1';

const DIR = join(__dirname, '../../corpus/cwced');
const quiet = new VirtualConsole();

function load(id: string) {
  const html = decodeHtml(new Uint8Array(readFileSync(join(DIR, id, 'source.html')))).html;
  const url = `http://cwced.invalid/${id}.html`;
  const doc = new JSDOM(html, { url, virtualConsole: quiet }).window.document;
  return { doc, url, gold: readFileSync(join(DIR, id, 'expected.txt'), 'utf8'), meta: JSON.parse(readFileSync(join(DIR, id, 'meta.json'), 'utf8')) };
}

/** The product's pipeline (clean, detect, extract), reading an article on demand as the CLI does for other sites. */
function articleOf(doc: Document, url: string) {
  return analyze(doc, url, { forceArticle: true, withPoints: false }).article;
}

describe('CWCED', { timeout: 120_000 }, () => {
  const ids = readdirSync(DIR).sort();

  it('has all 50 pages', () => {
    expect(ids).toHaveLength(50);
  });

  it('mean char-F1 ≥ 0.95 with at most 3 pages under 0.8', () => {
    const scores = ids.map((id) => {
      const { doc, url, gold } = load(id);
      const art = articleOf(doc, url);
      return charF1(art?.text ?? '', gold).f1;
    });
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    expect(mean).toBeGreaterThanOrEqual(0.95);
    expect(scores.filter((s) => s < 0.8).length).toBeLessThanOrEqual(3);
  });

  it('finds the gold date on ≥ 80% of pages with a day-precise gold date', () => {
    let total = 0;
    let hits = 0;
    for (const id of ids) {
      const { doc, url, meta } = load(id);
      const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(String(meta.expected_date ?? ''));
      if (!m) continue;
      total++;
      const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
      if (articleOf(doc, url)?.date?.slice(0, 10) === day) hits++;
    }
    expect(total).toBeGreaterThan(30);
    expect(hits / total).toBeGreaterThanOrEqual(0.8);
  });

  it('reads a blog post alone from a blog page listing many posts', () => {
    const { doc, url, gold } = load('59562291-5657-476d-9902-ad76b53ef82b');
    const art = articleOf(doc, url)!;
    expect(charF1(art.text, gold).f1).toBeGreaterThan(0.95);
    expect(art.text).not.toContain('SBS');
  });

  it('reads a forum post without the reply tree, with its author and time', () => {
    const { doc, url, gold } = load('a6e8b739-734a-4962-b1e3-b5ac29ecf4ab');
    const art = articleOf(doc, url)!;
    expect(charF1(art.text, gold).f1).toBeGreaterThan(0.95);
    expect(art.authors).toEqual(['芊草凡凡']);
    expect(art.date).toBe('2005-08-22T19:13:18+08:00');
  });

  it('keeps the body of a page whose paragraphs share a cell with related links and music searches', () => {
    const { doc, url, gold } = load('2bac7fb2-efbd-4444-99c8-51c72acf5c7d');
    const art = articleOf(doc, url)!;
    expect(charF1(art.text, gold).f1).toBeGreaterThan(0.95);
    expect(art.source).toBe('新闻晨报');
  });

  it('keeps the body of a notice that prints its short metadata table twice (not a page printed twice)', () => {
    const { doc, url, gold } = load('e8847578-12f0-44cb-bdb7-4eec53c18ed1');
    expect(charF1(articleOf(doc, url)?.text ?? '', gold).f1).toBeGreaterThan(0.95);
  });

  it('keeps a data table of short cells in the body', () => {
    const { doc, url, gold } = load('0df12126-cd86-46a7-a00b-4d024a7a0954');
    expect(charF1(articleOf(doc, url)!.text, gold).recall).toBeGreaterThan(0.95);
  });

  it('reads bylines in their Chinese forms', () => {
    const cases: [string, string[]][] = [
      ['b4c2eccd-f73b-4c8f-b70e-f0dbfeba0d72', ['罗科', '苏盈']], // 本报记者罗科苏盈发自北京
      ['3e1af229-5b3e-4cfc-82b2-481f37d7adf7', ['王建宏', '张文攀']], // 光明日报记者 王建宏 张文攀
      ['aefcf136-f592-4e95-b376-81cbd144684b', ['格桑边觉']], // 新华社拉萨电（记者 格桑边觉）
      ['77fa9435-93a8-401b-a264-fe1d2a6fd5a0', ['赵延东', '风笑天']], // name line under the title
      ['7c6d2080-5ab9-4385-9c0e-e1c8ed06efd3', ['黄宇']], // 2004年7月16日08:19 [ 黄宇 ]
      ['c38e2b2d-b578-4808-9251-3abf183ef19e', ['ggjjzhzz']], // ggjjzhzz 发表于 2005-9-15
    ];
    for (const [prefix, names] of cases) {
      const id = ids.find((i) => i.startsWith(prefix.slice(0, 8)))!;
      const { doc, url } = load(id);
      expect(articleOf(doc, url)!.authors, id).toEqual(names);
    }
  });
});
