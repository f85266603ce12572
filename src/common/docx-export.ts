// The Word export, whatever asked for it (popup, keyboard command, context menu): the core builds the document
// model, docx packs it here (in the page's isolated world, inside the docx tools), and the bytes travel as
// base64 to whoever saves the file.
import * as docx from 'docx';
import { buildDocx, DOCX_MIME, fileName, type DocxImage } from '../core/index';
import type { ExportFile, ExportRequest } from './export-article';

export interface DocxExportRequest extends ExportRequest<'docx'> {
  /** Image bytes by block `src`, for the images the page already loaded. */
  images: ReadonlyMap<string, DocxImage>;
}

export async function buildDocxExport(req: DocxExportRequest): Promise<ExportFile> {
  const file = buildDocx(docx, req.article, {
    style: req.settings.docxStyle,
    exportedAt: req.exportedAt,
    points: req.settings.includeSummary ? req.points : null,
    labels: req.labels,
    images: req.images,
  });
  return {
    content: await docx.Packer.toBase64String(file.document, false, file.overrides),
    encoding: 'base64',
    mime: DOCX_MIME,
    filename: fileName(req.settings.fileNameTemplate, { date: req.article.date, title: req.article.title, source: req.article.source, ext: 'docx' }),
  };
}
