// 5,000 synthetic desk articles built from the fixture pages' article models
// (test/pages/*/expected.json): each is one fixture's article with its points, a unique address,
// a numbered title, a date spread over two years, one of a few sources, and two paragraphs of
// other fixtures appended (after its own blocks, so its points still name the right blocks).
// Deterministic: the same articles every run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DESK_ARTICLES = 5_000;
const SOURCES = ['浙江日报', '新华社', '浙江在线', '人民日报', '杭州日报', null];
const DAY_MS = 86_400_000;
const START = Date.UTC(2023, 0, 1);

/** The fixture articles (with their points) that the synthetic ones are made from. */
export function fixtureArticles(pagesDir) {
  return readdirSync(pagesDir)
    .filter((slug) => existsSync(join(pagesDir, slug, 'expected.json')))
    .sort()
    .map((slug) => JSON.parse(readFileSync(join(pagesDir, slug, 'expected.json'), 'utf8')))
    .filter((e) => e.article && e.article.blocks.length > 0)
    .map((e) => ({ article: e.article, points: e.points ?? null }));
}

/** A small deterministic generator (Park–Miller), so runs compare. */
function random(seed) {
  let s = seed;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

/**
 * @param {{ article: any, points: any }[]} bases
 * @param {number} [count]
 * @returns {{ article: any, points: any, addedAt: string, tags: string[] }[]}
 */
export function syntheticArticles(bases, count = DESK_ARTICLES) {
  const rnd = random(20240502);
  const paragraphs = bases.flatMap((b) => b.article.blocks.filter((x) => x.type === 'paragraph' && x.text.length > 20));
  const out = [];
  for (let i = 0; i < count; i += 1) {
    const base = bases[i % bases.length];
    const extra = [0, 1].map(() => paragraphs[Math.floor(rnd() * paragraphs.length)]);
    const blocks = [...base.article.blocks, ...extra.map((p) => ({ type: 'paragraph', text: p.text }))];
    const day = new Date(START + Math.floor(rnd() * 730) * DAY_MS).toISOString().slice(0, 10);
    const url = new URL(base.article.url);
    url.pathname = `/bench/${i}${url.pathname}`;
    const article = {
      ...base.article,
      url: url.href,
      title: `${base.article.title}（${i + 1}）`,
      date: day,
      source: SOURCES[i % SOURCES.length],
      blocks,
      text: blocks.filter((b) => b.type === 'paragraph' || b.type === 'subhead').map((b) => b.text).join('\n'),
    };
    const tags = i % 7 === 0 ? ['要闻'] : i % 11 === 0 ? ['经济', '民生'] : [];
    out.push({ article, points: base.points, addedAt: new Date(START + 730 * DAY_MS + i * 60_000).toISOString(), tags });
  }
  return out;
}

/** Queries of the bench: a common word, rarer phrases, one character, two words, Latin, nothing. */
export const DESK_QUERIES = ['发展', '自主创新', '国际港口名城', '村支书', '浙', '杭州 转型升级', '宣传 通知', 'ZJOL', '没有这个词组'];
