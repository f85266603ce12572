// The brief as a neutral document: headings, paragraphs of runs (text, bold, link) and lists.
// Markdown, HTML and text are rendered from it, and a Word (.docx) writer can take it as it is:
// it says what each piece is, never how it looks.
import { displayDate } from '../render/article-html';
import { fill, DEFAULT_BRIEF_LABELS, type BriefLabels } from './labels';
import type { Brief, BriefEntry, BriefSource } from './types';

export interface Run {
  text: string;
  bold?: boolean;
  /** An http(s) address. */
  link?: string;
}

export type DocBlock =
  | { type: 'heading'; level: 1 | 2 | 3; runs: Run[] }
  /** `meta`: source, date and link of an article; `lead`: its lead; `note`: remarks such as shared points. */
  | { type: 'paragraph'; role: 'summary' | 'meta' | 'lead' | 'note'; runs: Run[] }
  | { type: 'list'; ordered: true; items: Run[][] };

export interface BriefDocument {
  title: string;
  blocks: DocBlock[];
}

const httpOnly = (url: string): string | undefined => (/^https?:\/\//i.test(url) ? url : undefined);

function link(text: string, url: string): Run {
  const href = httpOnly(url);
  return href ? { text, link: href } : { text };
}

function cite(source: BriefSource): string {
  return [`《${source.title}》`, source.source, source.date ? displayDate(source.date).slice(0, 10) : null].filter(Boolean).join(' ');
}

function entryBlocks(entry: BriefEntry, labels: BriefLabels): DocBlock[] {
  const blocks: DocBlock[] = [{ type: 'heading', level: 3, runs: [link(entry.title, entry.url)] }];
  const meta: Run[] = [];
  if (entry.source) meta.push({ text: `${labels.source}：${entry.source}` });
  if (entry.date) meta.push({ text: `${meta.length ? ' · ' : ''}${displayDate(entry.date)}` });
  if (httpOnly(entry.url)) meta.push({ text: meta.length ? ' · ' : '' }, link(labels.original, entry.url));
  blocks.push({ type: 'paragraph', role: 'meta', runs: meta.filter((r) => r.text) });
  if (entry.lead) blocks.push({ type: 'paragraph', role: 'lead', runs: [{ text: `${labels.lead}：`, bold: true }, { text: entry.lead }] });
  if (entry.points.length) {
    blocks.push({
      type: 'list',
      ordered: true,
      items: entry.points.map((point) => {
        const runs: Run[] = [{ text: point.headline }];
        const others = point.sources.slice(1);
        if (others.length) {
          // Each other report as a link to it: `（另见：《甲》 新华社 2024-05-01；《乙》）`.
          const [before = '', after = ''] = fill(labels.alsoIn, { list: '\u0000' }).split('\u0000');
          runs.push({ text: `（${before}` });
          others.forEach((source, i) => runs.push(...(i ? [{ text: '；' }] : []), link(cite(source), source.url)));
          runs.push({ text: `${after}）` });
        }
        return runs;
      }),
    });
  }
  if (entry.shared.count) {
    const titles = entry.shared.with.map((s) => s.title).join('》《');
    blocks.push({ type: 'paragraph', role: 'note', runs: [{ text: fill(labels.shared, { count: entry.shared.count, titles }) }] });
  }
  return blocks;
}

export function briefDocument(brief: Brief, labels: BriefLabels = DEFAULT_BRIEF_LABELS): BriefDocument {
  const title = fill(labels.heading, { title: labels.title, date: brief.date });
  const blocks: DocBlock[] = [
    { type: 'heading', level: 1, runs: [{ text: title }] },
    {
      type: 'paragraph',
      role: 'summary',
      runs: [{ text: fill(labels.summary, { articles: brief.articleCount, sources: brief.sourceCount, points: brief.pointCount }) }],
    },
  ];
  for (const group of brief.groups) {
    if (brief.groupBy !== 'none') {
      const label = group.label ?? (brief.groupBy === 'source' ? labels.noSource : labels.untagged);
      blocks.push({ type: 'heading', level: 2, runs: [{ text: label }] });
    }
    for (const entry of group.entries) blocks.push(...entryBlocks(entry, labels));
  }
  return { title, blocks };
}

/** A document's plain text, runs joined (for tests and the text export). */
export function runsText(runs: readonly Run[]): string {
  return runs.map((r) => r.text).join('');
}
