// The daily brief as a Word document, in the same two looks as the article export: the brief's neutral document
// (core/brief/document.ts) mapped piece by piece. Title and summary line centred like an article's head; a group
// heading (a source or a tag) as a first-level heading, each article's title, linked to the page, as a second
// level (楷体 in the 公文 look, as GB/T 9704 sets 二级标题); its source line, lead, points as a numbered list
// (restarting for each article) and the note on points listed under an earlier report.
import type { ParagraphChild, Paragraph } from 'docx';
import type { BriefDocument, DocBlock, Run } from '../brief/document';
import { wordDocument, type DocxFile } from './docx-document';
import { POINTS_NUMBERING } from './docx-outline';
import { CENTER, JUSTIFIED, LEFT, linkRun, paragraphLook, runLook, type Align, type DocxLib } from './docx-parts';
import { docxStyle, type DocxStyleName, type ParagraphLook } from './docx-style';

export interface BriefDocxOptions {
  style: DocxStyleName;
  /** When the brief was made (ISO date or date-time), given by the caller: the core reads no clock. */
  exportedAt: string;
}

function runs(D: DocxLib, list: readonly Run[], look: ParagraphLook, linkColour: string | undefined): ParagraphChild[] {
  return list.map((run) =>
    run.link
      ? linkRun(D, run.text, run.link, { ...look, ...(linkColour ? { color: linkColour } : {}) })
      : new D.TextRun({ text: run.text, ...runLook(look), ...(run.bold ? { bold: true } : {}) }),
  );
}

export function buildBriefDocx(D: DocxLib, doc: BriefDocument, options: BriefDocxOptions): DocxFile {
  const style = docxStyle(options.style);
  const linkColour = style.link.color;
  const paragraph = (list: readonly Run[], look: ParagraphLook, align: Align, indent: boolean, extra: object = {}): Paragraph =>
    new D.Paragraph({ ...paragraphLook(look, align, indent), ...extra, children: runs(D, list, look, linkColour) });
  // In the 公文 look indented two characters like the first-level heading; the modern look indents no heading.
  const indent = style.subhead.firstLineChars;
  const articleHeading: ParagraphLook = { ...style.subtitle, size: style.body.size, ...(style.subhead.before ? { before: style.subhead.before } : {}), ...(indent ? { firstLineChars: indent } : {}) };
  let lists = 0;
  const blockParagraphs = (block: DocBlock): Paragraph[] => {
    switch (block.type) {
      case 'heading':
        if (block.level === 1) return [paragraph(block.runs, style.title, CENTER, false, { outlineLevel: 0, keepNext: true })];
        if (block.level === 2) return [paragraph(block.runs, style.subhead, LEFT, true, { outlineLevel: 1, keepNext: true })];
        return [paragraph(block.runs, articleHeading, LEFT, true, { outlineLevel: 2, keepNext: true })];
      case 'paragraph':
        if (block.role === 'summary') return [paragraph(block.runs, style.meta, CENTER, false)];
        if (block.role === 'meta') return [paragraph(block.runs, style.caption, LEFT, false, { keepNext: true })];
        if (block.role === 'note') return [paragraph(block.runs, style.caption, LEFT, false)];
        return [paragraph(block.runs, style.body, JUSTIFIED, true)];
      case 'list': {
        lists += 1;
        const instance = lists;
        return block.items.map((item) => paragraph(item, style.body, JUSTIFIED, false, { numbering: { reference: POINTS_NUMBERING, level: 0, instance } }));
      }
    }
  };
  return wordDocument(D, style, { title: doc.title, creator: '', description: '', exportedAt: options.exportedAt }, doc.blocks.flatMap(blockParagraphs));
}
