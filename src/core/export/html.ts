// HTML export: one standalone file that opens anywhere offline. The article (built by
// core/render and passed through the caller's sanitiser, DOMPurify) inside a page with the reader
// typography inlined, no scripts, and a Content-Security-Policy that would stop any script or
// remote resource other than images even if one slipped through.
import { articleHtml, escapeHtml } from '../render/article-html';
import { exportPageCss, type ReaderThemeChoice, type Typography } from '../render/reader-css';
import type { Article, Points } from '../types';
import { countCheck, DEFAULT_EXPORT_LABELS, type ExportLabels } from './labels';
import { markerIsNumber, outline, type OutlineGroup } from './points-outline';

export interface HtmlOptions {
  /** DOMPurify, bound to a window (src/common/sanitize.ts). Required: page content is untrusted. */
  sanitize: (html: string) => string;
  exportedAt: string;
  points?: Points | null;
  labels?: ExportLabels;
  theme?: ReaderThemeChoice;
  /** The reader's typography (size, family, measure, leading); defaults for what is not given. */
  typography?: Partial<Typography>;
}

const EXPORT_CSP = "default-src 'none'; img-src http: https:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

function pointsHtml(points: Points, labels: ExportLabels): string {
  const group = (node: OutlineGroup): string => {
    const { group: g } = node;
    const check = g.declaredCount !== null ? `（${escapeHtml(countCheck(labels, g.points.length, g.declaredCount))}）` : '';
    const intro = g.intro || check ? `<p>${escapeHtml(g.intro ?? '')}${check}</p>` : '';
    const items = g.points.map((p, i) => {
      const nested = (node.children.get(i) ?? []).map(group).join('');
      const marker = markerIsNumber(p.marker, i + 1) ? '' : `<strong>${escapeHtml(p.marker)}</strong> `;
      return `<li>${marker}${escapeHtml(p.headline)}${nested}</li>`;
    });
    return `${intro}<ol>${items.join('')}</ol>`;
  };
  return `<section class="zr-points"><h2>${escapeHtml(labels.summary)}</h2>${outline(points).map(group).join('')}</section>`;
}

export function toHtml(article: Article, options: HtmlOptions): string {
  const labels = options.labels ?? DEFAULT_EXPORT_LABELS;
  const appendix = options.points?.groups.length ? pointsHtml(options.points, labels) : '';
  const body = options.sanitize(articleHtml(article, { labels, appendix }));
  return [
    '<!doctype html>',
    `<html lang="zh-CN" data-theme="${escapeHtml(options.theme ?? 'light')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="zjol-reader">`,
    `<meta name="exported" content="${escapeHtml(options.exportedAt)}">`,
    `<title>${escapeHtml(article.title)}</title>`,
    `<style>${exportPageCss(options.theme ?? 'light', options.typography)}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}
