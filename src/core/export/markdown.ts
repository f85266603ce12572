// Markdown export: YAML front matter with the article's metadata, then the body (subheads,
// images as Markdown images with their captions, tables as pipe tables) and, when asked, the
// policy-point summary. Inline markup of a paragraph (links, bold) goes through Turndown, which
// also escapes page text that would otherwise read as Markdown syntax.
import TurndownService from 'turndown';
import { escapeHtml, safeUrl } from '../render/article-html';
import type { Article, Block, Points } from '../types';
import { countCheck, DEFAULT_EXPORT_LABELS, type ExportLabels } from './labels';
import { escapeMarkdownInline, outlineMarkdown } from './points-outline';

/** Parses a paragraph's inline html into a node Turndown can read. The caller's environment supplies
 *  it (the page's or popup's DOMParser, jsdom in the CLI): the core uses no global parser. */
export type HtmlFragmentParser = (html: string) => Node;

export interface MarkdownOptions {
  /** When the export was made (ISO date or date-time), given by the caller: the core reads no clock. */
  exportedAt: string;
  parseFragment: HtmlFragmentParser;
  points?: Points | null;
  labels?: ExportLabels;
}

let turndown: TurndownService | null = null;

function inlineMarkdown(html: string, parse: HtmlFragmentParser): string {
  if (!turndown) {
    const service = new TurndownService({ headingStyle: 'atx', emDelimiter: '*', strongDelimiter: '**', linkStyle: 'inlined' });
    // Turndown escapes Markdown syntax but not '<': page text reading `<img onerror=…>` would be raw
    // HTML to a Markdown viewer. Escaped, it shows as the text it is.
    const escape = service.escape.bind(service);
    service.escape = (text: string) => escape(text).replace(/</g, '\\<');
    turndown = service;
  }
  return turndown.turndown(parse(html) as HTMLElement).trim();
}

/** A fenced code block whose fence is longer than any backtick run in the text. */
function fenced(text: string): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text}\n${fence}`;
}

function yamlValue(value: string | string[] | null): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  return JSON.stringify(value);
}

/** A pipe table. Its first line is always the heading row (GFM has no table without one): the
 *  page's headings when it had them, else empty cells, so a data row never turns into a heading. */
function tableMarkdown(rows: string[][], header: boolean): string {
  const width = Math.max(...rows.map((r) => r.length));
  const cell = (text: string | undefined): string => escapeMarkdownInline((text ?? '').replace(/\s+/g, ' ').trim());
  const line = (row: string[]): string => `| ${Array.from({ length: width }, (_, i) => cell(row[i])).join(' | ')} |`;
  const [head = [], ...body] = header ? rows : [[], ...rows];
  return [line(head), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...body.map(line)].join('\n');
}

function blockMarkdown(block: Block, parse: HtmlFragmentParser, labels: ExportLabels): string {
  switch (block.type) {
    case 'paragraph':
      return inlineMarkdown(block.html ?? escapeHtml(block.text), parse);
    case 'subhead':
      return `## ${escapeMarkdownInline(block.text)}`;
    case 'image': {
      const src = safeUrl(block.src);
      const caption = block.caption ? escapeMarkdownInline(block.caption) : '';
      if (!src) return caption ? `*${caption}*` : '';
      const image = `![${caption || escapeMarkdownInline(block.alt ?? '')}](<${src}>)`;
      return caption ? `${image}\n*${caption}*` : image;
    }
    case 'table': {
      const caption = block.caption ? `*${escapeMarkdownInline(block.caption)}*\n\n` : '';
      return block.rows.length ? `${caption}${tableMarkdown(block.rows, block.header === true)}` : caption.trim();
    }
    case 'pre':
      return fenced(block.text);
    case 'video': {
      const src = block.src ? safeUrl(block.src) : null;
      const poster = block.poster ? safeUrl(block.poster) : null;
      const caption = block.caption ? escapeMarkdownInline(block.caption) : '';
      const label = `▶ ${escapeMarkdownInline(labels.video)}${caption ? `：${caption}` : ''}`;
      const picture = poster ? `![${label}](<${poster}>)` : label;
      return src ? `[${picture}](<${src}>)${poster ? `\n*${label}*` : ''}` : picture;
    }
  }
}

export function toMarkdown(article: Article, options: MarkdownOptions): string {
  const labels = options.labels ?? DEFAULT_EXPORT_LABELS;
  const front = [
    '---',
    `title: ${yamlValue(article.title)}`,
    `date: ${yamlValue(article.date)}`,
    `source: ${yamlValue(article.source)}`,
    `authors: ${yamlValue(article.authors)}`,
    `editor: ${yamlValue(article.editor)}`,
    `channel: ${yamlValue(article.channel)}`,
    `url: ${yamlValue(article.url)}`,
    `exported: ${yamlValue(options.exportedAt)}`,
    '---',
  ].join('\n');
  const parts = [front, `# ${escapeMarkdownInline(article.title)}`];
  if (article.subtitle) parts.push(`*${escapeMarkdownInline(article.subtitle)}*`);
  parts.push(...article.blocks.map((block) => blockMarkdown(block, options.parseFragment, labels)).filter((text) => text.length > 0));
  if (options.points?.groups.length) {
    parts.push(`## ${escapeMarkdownInline(labels.summary)}`, outlineMarkdown(options.points, (f, d) => countCheck(labels, f, d)));
  }
  return `${parts.join('\n\n')}\n`;
}
