// For long articles: the reading time in the header (字数 and minutes, core/render/reading) and a
// table of contents from the subheads, in a panel the 目录 button opens; a click on an entry
// scrolls to that subhead.
import { isLongArticle, readingStats, tableOfContents, type Article } from '../core/index';
import type { ReaderLabels } from './page-tools-api';
import { button, el } from './reader-dom';
import { panelBehaviour, type Panel } from './reader-settings-panel';

export interface Contents {
  /** The contents panel, or null when the article is short or has too few subheads. */
  panel: Panel | null;
  /** "2,397 字 · 约 6 分钟", or null for a short article. */
  stats: string | null;
}

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

export function buildContents(doc: Document, article: Article, labels: ReaderLabels, onJump: (block: number) => void): Contents {
  const stats = readingStats(article);
  if (!isLongArticle(stats)) return { panel: null, stats: null };
  const statsText = labels.stats.replace('{characters}', grouped(stats.characters)).replace('{minutes}', String(stats.minutes));
  const entries = tableOfContents(article);
  if (entries.length === 0) return { panel: null, stats: statsText };

  const element = el(doc, 'nav', { class: 'zr-panel zr-toc-panel', 'aria-label': labels.contents, 'data-reader': 'contents-panel' });
  element.hidden = true;
  const list = el(doc, 'ol', { class: 'zr-toc-list' });
  const panel = panelBehaviour(element, () => list.querySelector('button'));
  for (const entry of entries) {
    const item = el(doc, 'li');
    item.append(
      button(doc, entry.text, 'toc-entry', () => {
        panel.close(false);
        onJump(entry.block);
      }, { 'data-toc-block': String(entry.block) }),
    );
    list.append(item);
  }
  element.append(el(doc, 'h2', {}, labels.contents), list);
  return { panel, stats: statsText };
}

/** Puts the reading time at the end of the article's meta line (or as its own line when there is none). */
export function showStats(article: HTMLElement, stats: string): void {
  const doc = article.ownerDocument;
  let meta = article.querySelector('.zr-meta');
  if (!meta) {
    meta = el(doc, 'p', { class: 'zr-meta' });
    article.querySelector('.zr-header')?.append(meta);
  } else {
    meta.append(el(doc, 'span', { class: 'zr-sep' }, ' · '));
  }
  meta.append(el(doc, 'span', { class: 'zr-stats', 'data-reader': 'stats' }, stats));
}
