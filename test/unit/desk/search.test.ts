// Chinese-aware search: character pairs find words inside unspaced text, a part must occur as
// written (杭州市 is not 杭州 … 州市), every part must match, one-character and Latin queries,
// full-width folding, ranking, updates and removal, and the highlight segments.
import { describe, expect, it } from 'vitest';
import { DeskSearch, excerpt, highlight, indexTerms, lookupTerms, queryParts, tokens } from '../../../src/core/index';
import { fixtureArticle } from './samples';

function index(docs: Record<string, { title: string; text: string; extra?: string; day?: string }>): DeskSearch {
  const search = new DeskSearch();
  for (const [id, d] of Object.entries(docs)) search.add({ id, title: d.title, text: d.text, extra: d.extra ?? '', day: d.day ?? '2024-01-01' });
  return search;
}

const ids = (search: DeskSearch, q: string) => search.search(q).map((h) => h.id);

describe('tokens', () => {
  it('are character pairs and the last character of a Han run, and words elsewhere', () => {
    expect(tokens('中国共产党 G20峰会 ＡＢＣ')).toEqual(['中国', '国共', '共产', '产党', '党', 'g20', '峰会', '会', 'abc']);
  });
  it('fold queries: full-width, case, ideographic space; duplicates dropped', () => {
    expect(queryParts('  杭州　ＡＩ ai ')).toEqual(['杭州', 'ai']);
  });
});

describe('DeskSearch', () => {
  const search = index({
    a: { title: '杭州市召开大会', text: '会议强调，要推动乡村振兴。', day: '2024-01-02' },
    b: { title: '宁波新闻', text: '杭州湾新区和州市合作，乡村振兴走在前列，乡村振兴再出发。', day: '2024-01-03' },
    c: { title: 'AI 产业', text: 'Artificial intelligence 在浙江。', extra: '科技 周报' },
  });

  it('finds words inside unspaced text', () => {
    expect(ids(search, '振兴').sort()).toEqual(['a', 'b']);
    expect(ids(search, '新区')).toEqual(['b']);
  });

  it('requires the part as written, not its pairs apart', () => {
    expect(ids(search, '杭州市')).toEqual(['a']);
  });

  it('requires every part', () => {
    expect(ids(search, '乡村振兴 宁波')).toEqual(['b']);
    expect(ids(search, '乡村振兴 上海')).toEqual([]);
  });

  it('finds one character, at the end of a run too', () => {
    expect(ids(search, '湾')).toEqual(['b']);
    expect(ids(search, '浙')).toEqual(['c']);
    expect(ids(search, '列')).toEqual(['b']);
  });

  it('finds Latin words by prefix and case-insensitively, and tags and notes', () => {
    expect(ids(search, 'artif')).toEqual(['c']);
    expect(ids(search, 'ＡＩ')).toEqual(['c']);
    expect(ids(search, '周报')).toEqual(['c']);
  });

  it('ranks a hit in the title first, then more hits in the body', () => {
    expect(ids(search, '杭州')).toEqual(['a', 'b']);
    const more = index({ x: { title: '甲', text: '改革' }, y: { title: '乙', text: '改革，改革，再改革' } });
    expect(ids(more, '改革')).toEqual(['y', 'x']);
  });

  it('follows updates and removals', () => {
    const s = index({ a: { title: '旧标题', text: '旧的正文' } });
    s.add({ id: 'a', title: '新标题', text: '新的正文', extra: '', day: '2024-01-01' });
    expect(ids(s, '旧')).toEqual([]);
    expect(ids(s, '新的')).toEqual(['a']);
    s.remove('a');
    expect(ids(s, '新的')).toEqual([]);
    expect(s.size).toBe(0);
  });

  it('searches a fixture article\'s body and points', () => {
    const seed = fixtureArticle('legacy-seed-frames');
    const s = new DeskSearch();
    s.add({ id: seed.article.url, title: seed.article.title, text: seed.article.text, extra: '', day: '2010-02-10' });
    expect(ids(s, '自主创新要有新突破')).toEqual([seed.article.url]);
    expect(ids(s, '自主创新要有新进展')).toEqual([]);
  });

  it('matches nothing for an empty query', () => {
    expect(search.search('   ')).toEqual([]);
  });
});

describe('highlight and excerpt', () => {
  it('marks every occurrence, merged where parts overlap, offsets in the original text', () => {
    expect(highlight('ＡＩ与ai，乡村振兴', ['ai', '乡村', '村振'])).toEqual([
      { text: 'ＡＩ', hit: true },
      { text: '与', hit: false },
      { text: 'ai', hit: true },
      { text: '，', hit: false },
      { text: '乡村振', hit: true },
      { text: '兴', hit: false },
    ]);
  });

  it('cuts an excerpt around the first hit', () => {
    const text = `${'前'.repeat(100)}目标${'后'.repeat(100)}`;
    const segments = excerpt(text, ['目标'], 30)!;
    expect(segments[0]).toEqual({ text: '…', hit: false });
    expect(segments.at(-1)).toEqual({ text: '…', hit: false });
    expect(segments.find((s) => s.hit)?.text).toBe('目标');
    expect(segments.map((s) => s.text).join('').length).toBe(32);
    expect(excerpt(text, ['没有'])).toBeNull();
  });
});

describe('index terms', () => {
  it('are pairs of Han runs, lone characters, and words with their beginnings, each once', () => {
    expect(indexTerms('中国共产党，党 AI2 中国')).toEqual(['中国', '国共', '共产', '产党', '党', 'ai2', 'a', 'ai']);
    expect(lookupTerms('浙 ab')).toEqual(['ab', 'a']);
  });
});
