// Articles for the desk and brief tests: the fixtures' golden article models and points
// (test/pages/<slug>/expected.json), and a builder for small hand-made ones.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, Points } from '../../../src/core/index';

const PAGES = path.join(import.meta.dirname, '..', '..', 'pages');

export function fixtureArticle(slug: string): { article: Article; points: Points | null } {
  const expected = JSON.parse(readFileSync(path.join(PAGES, slug, 'expected.json'), 'utf8')) as { article: Article; points: Points | null };
  return { article: expected.article, points: expected.points };
}

let counter = 0;

/** A small article; `points` are [headline, text] pairs, one group. */
export function article(fields: Partial<Article> & { points?: [string, string][] } = {}): { article: Article; points: Points | null } {
  counter += 1;
  const { points: pairs, ...rest } = fields;
  const text = rest.text ?? `第${counter}篇文章的正文。`;
  const article: Article = {
    url: `https://zjnews.zjol.com.cn/test/${counter}.shtml`,
    title: `测试文章${counter}`,
    subtitle: null,
    date: '2024-05-01',
    source: '浙江日报',
    authors: [],
    editor: null,
    channel: [],
    blocks: [{ type: 'paragraph', text }],
    text,
    extractor: 'generic',
    ...rest,
  };
  const points: Points | null = pairs
    ? { groups: [{ intro: null, declaredCount: null, points: pairs.map(([headline, t], i) => ({ marker: `${i + 1}`, headline, text: t, block: 0 })) }] }
    : null;
  return { article, points };
}
