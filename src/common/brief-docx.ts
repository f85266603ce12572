// The brief as a Word file for the desk: the core maps the brief's document to a docx model in the chosen look,
// docx packs it. Its own module so the desk loads docx only when a Word brief is asked for.
import * as docx from 'docx';
import { buildBriefDocx, DOCX_MIME, fileName, type BriefDocument, type DocxStyleName } from '../core/index';
import type { ExportFile } from './export-article';

export async function briefDocxFile(doc: BriefDocument, day: string, title: string, style: DocxStyleName, exportedAt: string): Promise<ExportFile> {
  const file = buildBriefDocx(docx, doc, { style, exportedAt });
  return {
    content: await docx.Packer.toBase64String(file.document, false, file.overrides),
    encoding: 'base64',
    mime: DOCX_MIME,
    filename: fileName('{date} {title}.{ext}', { date: day, title, source: null, ext: 'docx' }),
  };
}
