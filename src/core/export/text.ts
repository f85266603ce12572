// Plain-text export: title, a meta line, the body text, and optionally the summary as an
// indented numbered outline. What a reader pastes into a chat or an email.
import { blocksText } from '../extract/blocks';
import { metaParts } from '../render/article-html';
import type { Article, Points } from '../types';
import { countCheck, DEFAULT_EXPORT_LABELS, type ExportLabels } from './labels';
import { markerIsNumber, outline, type OutlineGroup } from './points-outline';

export interface TextOptions {
  points?: Points | null;
  labels?: ExportLabels;
}

function outlineText(points: Points, labels: ExportLabels): string {
  const lines: string[] = [];
  const walk = (node: OutlineGroup, indent: string): void => {
    const { group } = node;
    const check = group.declaredCount !== null ? `（${countCheck(labels, group.points.length, group.declaredCount)}）` : '';
    if (group.intro || check) lines.push(`${indent}${group.intro ?? ''}${check}`);
    group.points.forEach((point, i) => {
      const marker = markerIsNumber(point.marker, i + 1) ? '' : `${point.marker} `;
      lines.push(`${indent}  ${i + 1}. ${marker}${point.headline}`);
      for (const child of node.children.get(i) ?? []) walk(child, `${indent}    `);
    });
  };
  for (const node of outline(points)) walk(node, '');
  return lines.join('\n');
}

/** The body as text, as Article.text, except that a video says it was there: `〔视频〕caption link`. */
function bodyText(article: Article, labels: ExportLabels): string {
  return article.blocks
    .map((block) => (block.type === 'video' ? [`〔${labels.video}〕${block.caption ?? ''}`, block.src].filter(Boolean).join(' ') : blocksText([block])))
    .filter((text) => text.length > 0)
    .join('\n');
}

export function toText(article: Article, options: TextOptions = {}): string {
  const labels = options.labels ?? DEFAULT_EXPORT_LABELS;
  const head = [article.title, article.subtitle, metaParts(article, labels).join(' · ')].filter(Boolean).join('\n');
  const parts = [head, bodyText(article, labels), article.url];
  if (options.points?.groups.length) parts.push(`${labels.summary}\n${outlineText(options.points, labels)}`);
  return `${parts.join('\n\n')}\n`;
}
