// The brief document (document.ts) as Markdown, standalone HTML and plain text. Every run's text
// is escaped for its format; links are http(s) only (document.ts drops the rest). The HTML still
// goes through the caller's sanitiser (DOMPurify), as every HTML file we write does.
import { escapeHtml } from '../render/article-html';
import { escapeMarkdownInline } from '../export/points-outline';
import type { BriefDocument, DocBlock, Run } from './document';

function mdRuns(runs: readonly Run[]): string {
  return runs
    .map((r) => {
      const text = escapeMarkdownInline(r.text);
      const bold = r.bold && text.trim() ? `**${text}**` : text;
      return r.link ? `[${bold}](<${r.link}>)` : bold;
    })
    .join('');
}

function mdBlock(block: DocBlock): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${mdRuns(block.runs)}`;
    case 'paragraph':
      return block.role === 'note' || block.role === 'meta' ? `*${mdRuns(block.runs)}*` : mdRuns(block.runs);
    case 'list':
      return block.items.map((item, i) => `${i + 1}. ${mdRuns(item)}`).join('\n');
  }
}

export function briefMarkdown(doc: BriefDocument): string {
  return `${doc.blocks.map(mdBlock).filter(Boolean).join('\n\n')}\n`;
}

function htmlRuns(runs: readonly Run[]): string {
  return runs
    .map((r) => {
      const text = escapeHtml(r.text);
      const bold = r.bold ? `<strong>${text}</strong>` : text;
      return r.link ? `<a href="${escapeHtml(r.link)}" rel="noopener noreferrer">${bold}</a>` : bold;
    })
    .join('');
}

function htmlBlock(block: DocBlock): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${htmlRuns(block.runs)}</h${block.level}>`;
    case 'paragraph':
      return `<p class="zr-brief-${block.role}">${htmlRuns(block.runs)}</p>`;
    case 'list':
      return `<ol>${block.items.map((item) => `<li>${htmlRuns(item)}</li>`).join('')}</ol>`;
  }
}

/** The brief's body, as a fragment (the desk's preview shows it through DOMPurify too). */
export function briefHtmlFragment(doc: BriefDocument): string {
  return `<article class="zr-brief" lang="zh-CN">${doc.blocks.map(htmlBlock).join('')}</article>`;
}

export const BRIEF_CSS = `
.zr-brief{max-width:42em;margin:0 auto;padding:2em 1.25em 3em;font-family:"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",system-ui,sans-serif;
  line-height:1.75;color:#1f1f1f}
.zr-brief h1{font-family:"Songti SC","Noto Serif CJK SC","SimSun",serif;font-size:1.6em;text-align:center;margin:0 0 .3em}
.zr-brief h2{font-size:1.15em;border-bottom:1px solid #ddd;padding-bottom:.2em;margin:1.6em 0 .6em}
.zr-brief h3{font-size:1.02em;margin:1.2em 0 .2em}
.zr-brief a{color:#1a5fb4}
.zr-brief-summary{text-align:center;color:#666;margin:0 0 1.5em}
.zr-brief-meta,.zr-brief-note{color:#666;font-size:.88em;margin:.1em 0 .4em}
.zr-brief-lead{margin:.3em 0}
.zr-brief ol{margin:.3em 0 .6em;padding-left:2em}
@media print{.zr-brief{max-width:none}}`;

const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

/** A standalone HTML file. `sanitize` is DOMPurify bound to a window (src/common/sanitize.ts). */
export function briefHtml(doc: BriefDocument, sanitize: (html: string) => string): string {
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="zjol-reader">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${BRIEF_CSS}</style>`,
    '</head>',
    `<body>${sanitize(briefHtmlFragment(doc))}</body>`,
    '</html>',
    '',
  ].join('\n');
}

function textBlock(block: DocBlock): string {
  const text = (runs: readonly Run[]) => runs.map((r) => r.text).join('');
  switch (block.type) {
    case 'heading':
      return block.level === 3 ? text(block.runs) : `【${text(block.runs)}】`;
    case 'paragraph':
      return text(block.runs);
    case 'list':
      return block.items.map((item, i) => `${i + 1}. ${text(item)}`).join('\n');
  }
}

/** Plain text, for the clipboard: pastes cleanly into a word processor or a chat. */
export function briefText(doc: BriefDocument): string {
  return `${doc.blocks.map(textBlock).join('\n')}\n`;
}
