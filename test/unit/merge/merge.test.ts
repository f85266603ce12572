// mergePages on hand-made pages: order, what a later page repeats (title, subtitle, lead byline, lead photo,
// footer line, pager line), a paragraph cut by a page break, metadata gaps filled, failed pages named, and a
// list that runs across a page break found as one list.
import { describe, expect, it } from 'vitest';
import { articlePages, mergePages } from '../../../src/core/index';
import type { Block, PageRead } from '../../../src/core/types';
import { article, para } from './article';

const URL1 = 'http://nb.zjol.com.cn/05nb/system/2007/03/30/008321467.shtml';
const URL2 = 'http://nb.zjol.com.cn/05nb/system/2007/03/30/008321467_01.shtml';
const URL3 = 'http://nb.zjol.com.cn/05nb/system/2007/03/30/008321467_02.shtml';

const page = (url: string, blocks: Block[], over = {}): PageRead => ({ url, article: article({ url, blocks, ...over }) });
const texts = (blocks: readonly Block[]) => blocks.map((b) => ('text' in b ? b.text : b.type === 'image' ? `[${b.src}]` : 'table'));

describe('page order', () => {
  it('puts every page of an article in page order, the one read first included', () => {
    expect(articlePages({ url: URL2, pages: [URL3, URL1] })).toEqual([URL1, URL2, URL3]);
    const trs = 'https://edu.zjol.com.cn/jyjsb/202202/t20220215_23856104';
    expect(articlePages({ url: `${trs}_2.shtml`, pages: [`${trs}.shtml`, `${trs}_1.shtml`] })).toEqual([`${trs}.shtml`, `${trs}_1.shtml`, `${trs}_2.shtml`]);
  });

  it('is the page itself alone for a single page', () => {
    expect(articlePages({ url: URL1 })).toEqual([URL1]);
  });
});

describe('mergePages', () => {
  it('joins the blocks of every page in order and reads the text again', () => {
    const merged = mergePages([page(URL1, [para('甲。'), para('乙。')]), page(URL2, [para('丙。')]), page(URL3, [para('丁。')])])!;
    expect(texts(merged.article.blocks)).toEqual(['甲。', '乙。', '丙。', '丁。']);
    expect(merged.article.text).toBe('甲。\n乙。\n丙。\n丁。');
    expect(merged.origins).toEqual([{ page: 0, block: 0 }, { page: 0, block: 1 }, { page: 1, block: 0 }, { page: 2, block: 0 }]);
    expect(merged.article.pages).toEqual([URL2, URL3]);
    expect(merged.article.merged?.pages).toEqual([{ url: URL1, n: 1 }, { url: URL2, n: 2 }, { url: URL3, n: 3 }]);
    expect(merged.failed).toEqual([]);
  });

  it('drops what a later page repeats at its top: the title, the subtitle, the first page\'s lead byline', () => {
    const head = { title: '毛光烈参加审议', subtitle: '副题在此' };
    const merged = mergePages([
      page(URL1, [para('宁波日报记者 卢磊 陈敏'), para('正文一。')], head),
      page(URL2, [para('毛光烈参加审议'), para('副题在此'), para('宁波日报记者　卢磊　陈敏'), para('正文二。')], head),
    ])!;
    expect(texts(merged.article.blocks)).toEqual(['宁波日报记者 卢磊 陈敏', '正文一。', '正文二。']);
  });

  it('keeps a repeated sentence far from the top of a page: only the head of a page is chrome', () => {
    const body = [para('一。'), para('二。'), para('三。'), para('四。'), para('正文一。'), para('五。')];
    const merged = mergePages([page(URL1, [para('正文一。'), para('其他。'), para('再一段。'), para('末段。')]), page(URL2, body)])!;
    expect(texts(merged.article.blocks).filter((t) => t === '正文一。')).toHaveLength(2);
  });

  it('keeps a photo printed on every page once', () => {
    const photo: Block = { type: 'image', src: 'http://nb.zjol.com.cn/a.jpg', caption: '图' };
    const merged = mergePages([page(URL1, [photo, para('甲。')]), page(URL2, [photo, para('乙。')])])!;
    expect(merged.article.blocks.filter((b) => b.type === 'image')).toHaveLength(1);
  });

  it('drops pager lines on any page and a footer line that repeats the first page\'s last block', () => {
    const merged = mergePages([
      page(URL1, [para('甲。'), para('（完）'), para('共3页 [1] [2] [3] 下一页')]),
      page(URL2, [para('乙。'), para('上一页 1 2 3 下一页'), para('（完）')]),
    ])!;
    expect(texts(merged.article.blocks)).toEqual(['甲。', '（完）', '乙。']);
  });

  it('joins a paragraph that a page break cut mid-sentence, inline markup included', () => {
    const merged = mergePages([
      page(URL1, [para('着力加快实施创新驱动发展战略、打造一流的创新型城市，')]),
      page(URL2, [para('着力加快经济转型升级、打造一流的现代产业体系。', '着力加快<strong>经济转型升级</strong>、打造一流的现代产业体系。'), para('下一段。')]),
    ])!;
    expect(texts(merged.article.blocks)).toEqual(['着力加快实施创新驱动发展战略、打造一流的创新型城市，着力加快经济转型升级、打造一流的现代产业体系。', '下一段。']);
    expect(merged.article.blocks[0]).toMatchObject({ html: '着力加快实施创新驱动发展战略、打造一流的创新型城市，着力加快<strong>经济转型升级</strong>、打造一流的现代产业体系。' });
    expect(merged.origins).toEqual([{ page: 0, block: 0 }, { page: 1, block: 1 }]);
  });

  it('does not join a paragraph that ended its sentence, nor a list lead-in ending in a colon', () => {
    for (const end of ['要做好五方面工作：', '这五道题分别是——', '全文完。', '他说：“好。”']) {
      const merged = mergePages([page(URL1, [para(end)]), page(URL2, [para('一是打响“港口牌”。')])])!;
      expect(merged.article.blocks, end).toHaveLength(2);
    }
  });

  it('finds a list that runs across a page break as one list', () => {
    const merged = mergePages([
      page(URL1, [para('他说，必须全力做好三方面工作：一是打响“港口牌”。港口发展要延伸产业链。')]),
      page(URL2, [para('二是种好“高产田”。加快人才引进步伐。三是谱好“环保曲”。加强环境保护。')]),
    ])!;
    expect(merged.points?.groups).toHaveLength(1);
    expect(merged.points?.groups[0]?.points.map((p) => p.marker)).toEqual(['一是', '二是', '三是']);
    expect(merged.points?.groups[0]?.declaredCount).toBe(3);
  });

  it('takes the first page\'s metadata and fills its gaps from later pages', () => {
    const merged = mergePages([
      page(URL1, [para('甲。')], { title: '标题一', date: null, source: '宁波日报', authors: [], editor: null }),
      page(URL2, [para('乙。')], { title: '标题二', date: '2007-03-30', source: '别的', authors: ['卢磊'], editor: '周舸' }),
    ])!;
    expect(merged.article).toMatchObject({ url: URL1, title: '标题一', date: '2007-03-30', source: '宁波日报', authors: ['卢磊'], editor: '周舸' });
  });

  it('names the pages that could not be read and keeps what was read', () => {
    const merged = mergePages([page(URL1, [para('甲。')]), { url: URL2, error: 'HTTP 404' }, page(URL3, [para('丙。')])])!;
    expect(texts(merged.article.blocks)).toEqual(['甲。', '丙。']);
    expect(merged.failed).toEqual([{ url: URL2, n: 2, error: 'HTTP 404' }]);
    expect(merged.article.merged?.pages[1]).toEqual({ url: URL2, n: 2, error: 'HTTP 404' });
    expect(merged.origins).toEqual([{ page: 0, block: 0 }, { page: 2, block: 0 }]);
  });

  it('takes its metadata from the first page read when page 1 failed', () => {
    const merged = mergePages([{ url: URL1, error: 'HTTP 500' }, page(URL2, [para('乙。')], { title: '二' })])!;
    expect(merged.article.url).toBe(URL2);
    expect(merged.article.title).toBe('二');
    expect(merged.article.pages).toEqual([URL1]);
  });

  it('is null when no page was read', () => {
    expect(mergePages([{ url: URL1, error: 'HTTP 404' }])).toBeNull();
    expect(mergePages([])).toBeNull();
  });

  it('never changes the pages it is given', () => {
    const pages = [page(URL1, [para('着力甲，')]), page(URL2, [para('着力乙。')])];
    const before = JSON.stringify(pages);
    mergePages(pages);
    expect(JSON.stringify(pages)).toBe(before);
  });
});
