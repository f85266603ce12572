// The brief's text files: one writer per format, each taking the neutral brief document
// (core/brief/document.ts). The Word file is made from the same document in brief-docx.ts.
import { briefHtml, briefMarkdown, briefText, fileName, type BriefDocument } from '../core/index';
import type { ExportFile } from './export-article';
import { sanitizeToString } from './sanitize';

export interface BriefWriter {
  ext: string;
  mime: string;
  write(doc: BriefDocument, win: Window): string;
}

export const BRIEF_WRITERS = {
  md: { ext: 'md', mime: 'text/markdown', write: (doc) => briefMarkdown(doc) },
  html: { ext: 'html', mime: 'text/html', write: (doc, win) => briefHtml(doc, (html) => sanitizeToString(win, html)) },
  txt: { ext: 'txt', mime: 'text/plain', write: (doc) => briefText(doc) },
} satisfies Record<string, BriefWriter>;

export type BriefFormat = keyof typeof BRIEF_WRITERS;

/** `2024-05-02 每日简报.md`, through the same file-name rules as article exports. */
export function briefFile(format: BriefFormat, doc: BriefDocument, day: string, title: string, win: Window): ExportFile {
  const writer: BriefWriter = BRIEF_WRITERS[format];
  return {
    content: writer.write(doc, win),
    mime: `${writer.mime};charset=utf-8`,
    filename: fileName('{date} {title}.{ext}', { date: day, title, source: null, ext: writer.ext }),
  };
}
