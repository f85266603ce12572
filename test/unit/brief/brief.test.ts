// The brief as a pure function: de-duplication of points across reports (every source kept),
// grouping by source and by tag, ordering of articles and groups, leads, and the three formats.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { briefDocument, briefHtml, briefMarkdown, briefText, leadOf, makeBrief, runsText } from '../../../src/core/index';
import { sanitizeToString } from '../../../src/common/sanitize';
import { article, fixtureArticle } from '../desk/samples';

const DAY = '2024-05-02';
const POINT_A = '坚持创新驱动发展，加快建设创新型省份，推动科技自立自强。';
const POINT_A_REPRINT = '坚持创新驱动发展,加快建设创新型省份,推动科技自立自强';
const POINT_B = '深化体制机制改革，持续优化营商环境，激发市场主体活力。';
const POINT_C = '加强生态环境保护，打好污染防治攻坚战，建设美丽浙江。';

describe('makeBrief: de-duplication', () => {
  const first = article({ title: '甲报道', source: '浙江日报', date: '2024-05-02', points: [['坚持创新驱动', POINT_A], ['深化改革', POINT_B]] });
  const reprint = article({ title: '乙转载', source: '新华社', date: '2024-05-01', points: [['创新驱动', POINT_A_REPRINT], ['生态保护', POINT_C]] });

  it('lists a point two reports carry once, under the first article, with both sources', () => {
    const brief = makeBrief([first, reprint], { date: DAY, groupBy: 'none' });
    const [a, b] = brief.groups[0]!.entries;
    expect(a!.title).toBe('甲报道');
    expect(a!.points.map((p) => p.headline)).toEqual(['坚持创新驱动', '深化改革']);
    expect(a!.points[0]!.sources.map((s) => s.title)).toEqual(['甲报道', '乙转载']);
    expect(a!.points[1]!.sources.map((s) => s.title)).toEqual(['甲报道']);
    expect(b!.points.map((p) => p.headline)).toEqual(['生态保护']);
    expect(b!.shared).toEqual({ count: 1, with: [expect.objectContaining({ title: '甲报道' })] });
    expect(brief.pointCount).toBe(3);
  });

  it('keeps points apart that only share a generic headline', () => {
    const x = article({ points: [['加强组织领导', '加强组织领导，各地要成立专班，明确责任分工。']] });
    const y = article({ points: [['加强组织领导', '加强组织领导，学校要把安全教育纳入课程计划。']] });
    const brief = makeBrief([x, y], { date: DAY, groupBy: 'none' });
    expect(brief.pointCount).toBe(2);
    expect(brief.groups[0]!.entries.every((e) => e.shared.count === 0)).toBe(true);
  });

  it('merges the two fixture pages of one report: every point listed once, each with both pages as sources', () => {
    const frames = fixtureArticle('legacy-seed-frames');
    const inline = fixtureArticle('legacy-seed-inline');
    const total = frames.points!.groups.reduce((n, g) => n + g.points.length, 0);
    const brief = makeBrief([frames, inline], { date: DAY, groupBy: 'none' });
    const [a, b] = brief.groups[0]!.entries;
    expect(a!.points).toHaveLength(total);
    expect(a!.points.every((p) => p.sources.map((s) => s.url).join() === [frames.article.url, inline.article.url].join())).toBe(true);
    expect(b!.points).toEqual([]);
    expect(b!.shared.count).toBe(total);
  });

  it('counts the same page given twice once', () => {
    expect(makeBrief([first, first], { date: DAY }).articleCount).toBe(1);
  });
});

describe('makeBrief: grouping and ordering', () => {
  const zj = (title: string, date: string | null, source: string | null, tags: string[] = []) => ({ ...article({ title, date, source }), tags });
  const inputs = [
    zj('旧闻', '2024-04-01', '浙江日报', ['经济']),
    zj('无日期', null, '新华社', ['民生', '经济']),
    zj('新闻', '2024-05-01', '新华社'),
    zj('中间', '2024-04-15', null, ['民生']),
  ];
  const titles = (brief: ReturnType<typeof makeBrief>) => brief.groups.map((g) => [g.label, g.entries.map((e) => e.title)]);

  it('orders newest first by default, undated last, and groups in the order of their first article, the unnamed group last', () => {
    expect(titles(makeBrief(inputs, { date: DAY }))).toEqual([
      ['新华社', ['新闻', '无日期']],
      ['浙江日报', ['旧闻']],
      [null, ['中间']],
    ]);
  });

  it('orders oldest first when asked, and keeps the given order when asked', () => {
    expect(titles(makeBrief(inputs, { date: DAY, order: 'date-asc', groupBy: 'none' }))).toEqual([[null, ['旧闻', '中间', '新闻', '无日期']]]);
    expect(titles(makeBrief(inputs, { date: DAY, order: 'given', groupBy: 'none' }))).toEqual([[null, ['旧闻', '无日期', '新闻', '中间']]]);
  });

  it('groups by the first tag, untagged last', () => {
    expect(titles(makeBrief(inputs, { date: DAY, groupBy: 'tag', order: 'date-asc' }))).toEqual([
      ['经济', ['旧闻']],
      ['民生', ['中间', '无日期']],
      [null, ['新闻']],
    ]);
  });

  it('lists a shared point under whichever article the order puts first', () => {
    const older = article({ title: '早', date: '2024-01-01', points: [['甲', POINT_A]] });
    const newer = article({ title: '晚', date: '2024-02-01', points: [['乙', POINT_A_REPRINT]] });
    const listedUnder = (order: 'date-asc' | 'date-desc') =>
      makeBrief([older, newer], { date: DAY, order, groupBy: 'none' }).groups[0]!.entries.filter((e) => e.points.length).map((e) => e.title);
    expect(listedUnder('date-asc')).toEqual(['早']);
    expect(listedUnder('date-desc')).toEqual(['晚']);
  });

  it('counts sources and articles', () => {
    const brief = makeBrief(inputs, { date: DAY });
    expect([brief.articleCount, brief.sourceCount]).toEqual([4, 2]);
  });
});

describe('leads', () => {
  it('is the first sentence, without the dateline and the reporter credit', () => {
    expect(leadOf(['浙江在线02月10日讯（记者 李华 通讯员 王明）昨天，市委召开全会。会议指出……'])).toBe('昨天，市委召开全会。');
    expect(leadOf(['新华社杭州3月4日电 宁波要建设国际港口名城。其他'])).toBe('宁波要建设国际港口名城。');
    expect(leadOf(['', '　　没有句号的一段'])).toBe('没有句号的一段');
    expect(leadOf([])).toBeNull();
  });

  it('is cut at 90 characters', () => {
    const lead = leadOf(['长'.repeat(200)])!;
    expect([...lead]).toHaveLength(90);
    expect(lead.endsWith('…')).toBe(true);
  });

  it('is only there when asked', () => {
    const input = article({ text: '第一句。第二句。' });
    expect(makeBrief([input], { date: DAY }).groups[0]!.entries[0]!.lead).toBeNull();
    expect(makeBrief([input], { date: DAY, leads: true }).groups[0]!.entries[0]!.lead).toBe('第一句。');
  });
});

describe('formats', () => {
  const hostile = article({
    title: '标题<img src=x onerror=alert(1)>*星*',
    url: 'https://zjnews.zjol.com.cn/a.shtml',
    source: '浙江日报',
    points: [['要点<script>', POINT_A]],
  });
  const reprint = article({ title: '转载', url: 'javascript:alert(1)', source: '新华社', date: '2024-04-30', points: [['同一要点', POINT_A_REPRINT]] });
  const doc = briefDocument(makeBrief([hostile, reprint], { date: DAY }));

  it('titles the brief with its day and summarises it', () => {
    expect(doc.title).toBe('每日简报（2024-05-02）');
    expect(runsText((doc.blocks[1] as { runs: { text: string }[] }).runs)).toBe('共 2 篇文章，2 个来源，1 条要点');
  });

  it('Markdown: escaped text, links only to http(s), the other source named', () => {
    const md = briefMarkdown(doc);
    expect(md).toContain('# 每日简报（2024-05-02）');
    expect(md).toContain('## 浙江日报');
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>\\*星\\*');
    expect(md).toContain('](<https://zjnews.zjol.com.cn/a.shtml>)');
    expect(md).not.toContain('javascript:');
    expect(md).toMatch(/1\. 要点\\<script\\>（另见：《转载》 新华社 2024-04-30）/);
    expect(md).toContain('另有 1 条要点已见《标题');
  });

  it('HTML: a standalone page, sanitised, with no script and no unsafe link', () => {
    const window = new JSDOM('').window as unknown as Window;
    const html = briefHtml(doc, (h) => sanitizeToString(window, h));
    const page = new JSDOM(html).window.document;
    expect(page.title).toBe('每日简报（2024-05-02）');
    expect(page.querySelectorAll('script, img, iframe').length).toBe(0);
    expect([...page.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://zjnews.zjol.com.cn/a.shtml',
      'https://zjnews.zjol.com.cn/a.shtml',
    ]);
    expect(page.querySelector('h3')?.textContent).toBe('标题<img src=x onerror=alert(1)>*星*');
  });

  it('text: headings in brackets, numbered points', () => {
    const text = briefText(doc);
    expect(text.split('\n').slice(0, 3)).toEqual(['【每日简报（2024-05-02）】', '共 2 篇文章，2 个来源，1 条要点', '【浙江日报】']);
    expect(text).toContain('1. 要点<script>（另见：《转载》 新华社 2024-04-30）');
  });
});
