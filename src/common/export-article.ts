// One export, whatever asked for it (popup button, keyboard command, context menu): the file's
// content, type and name. Needs a window for DOMPurify (HTML) and Turndown (Markdown): the
// popup's own, or the page's in the injected page tools.
import { toHtml, toJson, toMarkdown, toText, fileName, type ExportLabels, type Article, type Points } from '../core/index';
import { fragmentParser } from './fragment-parser';
import { sanitizeToString } from './sanitize';
import { readerTypography, type ExportFormat, type Settings } from './settings-schema';

export interface ExportFile {
  /** The text, or for a binary file (Word) its bytes in base64, so it can travel in a message. */
  content: string;
  encoding?: 'base64';
  mime: string;
  filename: string;
}

/** The formats made here; a Word file is built by the docx tools (docx-export.ts). */
export type TextFormat = Exclude<ExportFormat, 'docx'>;

export interface ExportRequest<F extends ExportFormat = TextFormat> {
  format: F;
  article: Article;
  points: Points | null;
  settings: Settings;
  labels: ExportLabels;
  /** ISO time of the export (the caller's clock). */
  exportedAt: string;
}

const MIME: Record<TextFormat, string> = {
  md: 'text/markdown',
  txt: 'text/plain',
  html: 'text/html',
  json: 'application/json',
};

/** The body of an export, without a file name (also what "copy" puts on the clipboard). */
export function exportContent(win: Window, req: ExportRequest): string {
  const points = req.settings.includeSummary ? req.points : null;
  const day = req.exportedAt.slice(0, 10);
  switch (req.format) {
    case 'md':
      return toMarkdown(req.article, { exportedAt: day, points, labels: req.labels, parseFragment: fragmentParser(win) });
    case 'txt':
      return toText(req.article, { points, labels: req.labels });
    case 'html':
      return toHtml(req.article, {
        exportedAt: day,
        points,
        labels: req.labels,
        theme: req.settings.readerTheme,
        typography: readerTypography(req.settings),
        sanitize: (html) => sanitizeToString(win, html),
      });
    case 'json':
      // The JSON export always carries the points: it is the data, not a document for reading.
      return toJson(req.article, { points: req.points, exportedAt: req.exportedAt });
  }
}

export function buildExport(win: Window, req: ExportRequest): ExportFile {
  return {
    content: exportContent(win, req),
    mime: `${MIME[req.format]};charset=utf-8`,
    filename: fileName(req.settings.fileNameTemplate, {
      date: req.article.date,
      title: req.article.title,
      source: req.article.source,
      ext: req.format,
    }),
  };
}
