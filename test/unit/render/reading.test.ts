import { describe, expect, it } from 'vitest';
import { countWords, isLongArticle, LONG_ARTICLE_CHARS, readingStats, tableOfContents } from '../../../src/core/render/reading';
import type { Block } from '../../../src/core/types';

describe('countWords (字数)', () => {
  it('counts each Chinese character and full-width sign, each Latin or digit run once, no spaces', () => {
    expect(countWords('浙江在线')).toBe(4);
    expect(countWords('浙江，在线。')).toBe(6);
    expect(countWords('GDP 增长 9.1%')).toBe(5); // GDP, 增, 长, 9, 1
    expect(countWords('“后危机”')).toBe(5);
    expect(countWords('  \n\u3000')).toBe(0); // spaces, the ideographic one included, are not words
  });
});

describe('readingStats', () => {
  const paragraph = (n: number): Block => ({ type: 'paragraph', text: '字'.repeat(n) });

  it('counts paragraphs, subheads, captions and table cells, at 400 characters a minute', () => {
    const stats = readingStats({
      blocks: [paragraph(1_990), { type: 'subhead', text: '小标题' }, { type: 'image', src: 'http://a/b.jpg', caption: '图注文字' }, { type: 'table', rows: [['甲', '乙']] }],
    });
    expect(stats).toEqual({ characters: 1_990 + 3 + 4 + 2, minutes: 5 });
  });

  it('says at least a minute, and calls an article long from LONG_ARTICLE_CHARS on', () => {
    expect(readingStats({ blocks: [paragraph(10)] }).minutes).toBe(1);
    expect(isLongArticle(readingStats({ blocks: [paragraph(LONG_ARTICLE_CHARS - 1)] }))).toBe(false);
    expect(isLongArticle(readingStats({ blocks: [paragraph(LONG_ARTICLE_CHARS)] }))).toBe(true);
  });
});

describe('tableOfContents', () => {
  it('lists the subheads with their block index, from three on', () => {
    const blocks: Block[] = [
      { type: 'subhead', text: '一、总体要求' },
      { type: 'paragraph', text: '正文' },
      { type: 'subhead', text: ' 二、重点任务 ' },
      { type: 'subhead', text: '三、保障措施' },
    ];
    expect(tableOfContents({ blocks })).toEqual([
      { block: 0, text: '一、总体要求' },
      { block: 2, text: '二、重点任务' },
      { block: 3, text: '三、保障措施' },
    ]);
    expect(tableOfContents({ blocks: blocks.slice(0, 3) })).toEqual([]);
  });
});
