// Hand-made article models for the merge and citation tests: only what a test sets differs from a plain page.
import type { Article, Block } from '../../../src/core/types';

export const para = (text: string, html?: string): Block => (html === undefined ? { type: 'paragraph', text } : { type: 'paragraph', text, html });

export function article(over: Partial<Article> = {}): Article {
  const blocks = over.blocks ?? [para('第一段。')];
  return {
    url: 'http://zjnews.zjol.com.cn/system/2010/02/10/016298873.shtml',
    title: '标题',
    subtitle: null,
    date: '2010-02-10',
    source: null,
    authors: [],
    editor: null,
    channel: [],
    text: blocks.map((b) => ('text' in b ? b.text : '')).join('\n'),
    extractor: 'generic',
    ...over,
    blocks,
  };
}
