// The article model as HTML: one builder for reader mode and the HTML export, so both show the
// same thing. Every piece of page text is escaped here; the caller still passes the result
// through DOMPurify (src/common/sanitize.ts) before it reaches a DOM, because a paragraph's
// inline `html` comes from the page.
import type { Article, Block } from '../types';

export interface ArticleHtmlLabels {
  source: string;
  authors: string;
  editor: string;
  original: string;
  video: string;
}

export interface ArticleHtmlOptions {
  labels: ArticleHtmlLabels;
  /** Extra HTML appended after the body (the policy-point summary in exports). Already escaped by its builder. */
  appendix?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Only http(s) URLs leave the model as links or image sources; anything else is dropped. */
export function safeUrl(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}

/** `2010-02-05T07:30:45+08:00` → `2010-02-05 07:30`: what a reader wants to see. */
export function displayDate(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!m) return iso;
  return m[2] ? `${m[1]} ${m[2]}` : (m[1] ?? iso);
}

export function metaParts(article: Article, labels: ArticleHtmlLabels): string[] {
  const parts: string[] = [];
  if (article.date) parts.push(displayDate(article.date));
  if (article.source) parts.push(`${labels.source}：${article.source}`);
  if (article.authors.length) parts.push(`${labels.authors}：${article.authors.join('、')}`);
  if (article.editor) parts.push(`${labels.editor}：${article.editor}`);
  return parts;
}

function blockHtml(block: Block, index: number, labels: ArticleHtmlLabels): string {
  const at = `data-block="${index}"`;
  switch (block.type) {
    case 'paragraph':
      return `<p ${at}>${block.html ?? escapeHtml(block.text)}</p>`;
    case 'subhead':
      return `<h2 ${at}>${escapeHtml(block.text)}</h2>`;
    case 'image': {
      const src = safeUrl(block.src);
      const caption = block.caption ? `<figcaption>${escapeHtml(block.caption)}</figcaption>` : '';
      const img = src ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(block.alt ?? block.caption ?? '')}" loading="lazy">` : '';
      return img || caption ? `<figure ${at}>${img}${caption}</figure>` : '';
    }
    case 'table': {
      const row = (cells: string[], tag: 'td' | 'th'): string =>
        `<tr>${cells.map((cell) => `<${tag}${tag === 'th' ? ' scope="col"' : ''}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`;
      const [first = [], ...rest] = block.rows;
      const head = block.header ? `<thead>${row(first, 'th')}</thead>` : '';
      const body = (block.header ? rest : block.rows).map((cells) => row(cells, 'td'));
      const caption = block.caption ? `<caption>${escapeHtml(block.caption)}</caption>` : '';
      return `<div class="zr-table" ${at}><table>${caption}${head}<tbody>${body.join('')}</tbody></table></div>`;
    }
    case 'pre':
      return `<pre ${at}>${escapeHtml(block.text)}</pre>`;
    case 'video':
      return videoHtml(block, at, labels);
  }
}

/** A video as its poster and a link to the stream: readers and exports say a video was there without
 *  playing anything from the page inside them. */
function videoHtml(block: Block & { type: 'video' }, at: string, labels: ArticleHtmlLabels): string {
  const src = block.src ? safeUrl(block.src) : null;
  const poster = block.poster ? safeUrl(block.poster) : null;
  const label = `▶ ${escapeHtml(labels.video)}`;
  const picture = poster ? `<img src="${escapeHtml(poster)}" alt="${escapeHtml(block.caption ?? labels.video)}" loading="lazy">` : '';
  const link = src ? `<a href="${escapeHtml(src)}" rel="noopener noreferrer">${picture}<span class="zr-video-label">${label}</span></a>` : `${picture}<span class="zr-video-label">${label}</span>`;
  const caption = block.caption ? `<figcaption>${escapeHtml(block.caption)}</figcaption>` : '';
  return `<figure class="zr-video" ${at}>${link}${caption}</figure>`;
}

export function articleHtml(article: Article, options: ArticleHtmlOptions): string {
  const { labels } = options;
  const date = article.date ? `<time datetime="${escapeHtml(article.date)}">` : '';
  const meta = metaParts(article, labels).map((part, i) =>
    i === 0 && date ? `${date}${escapeHtml(part)}</time>` : `<span>${escapeHtml(part)}</span>`,
  );
  const original = safeUrl(article.url);
  return [
    '<article class="zr-article" lang="zh-CN">',
    '<header class="zr-header">',
    `<h1 class="zr-title">${escapeHtml(article.title)}</h1>`,
    article.subtitle ? `<p class="zr-subtitle">${escapeHtml(article.subtitle)}</p>` : '',
    meta.length ? `<p class="zr-meta">${meta.join('<span class="zr-sep"> · </span>')}</p>` : '',
    '</header>',
    `<div class="zr-body">${article.blocks.map((block, i) => blockHtml(block, i, labels)).join('')}</div>`,
    options.appendix ?? '',
    original
      ? `<footer class="zr-footer"><a href="${escapeHtml(original)}" rel="noopener noreferrer">${escapeHtml(labels.original)}</a></footer>`
      : '',
    '</article>',
  ].join('');
}
