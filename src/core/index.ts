// The core pipeline, in order. Pure: a parsed Document and its URL in, plain data out; the
// document is only read. The CLI, the tests and the bench call `analyze`; the extension runs its
// two halves apart (scan.ts in the content script, read.ts in the page tools).
//
//   Document + URL
//        │
//   scan.ts (the content script, on every zjol page)
//        ├─ clean/findClutter ──► error fragments + ads (elements to hide, and to skip below)
//        └─ detect/detectPage ──► is it one article? which era? why (a reason code)
//
//   read.ts (the CLI; in the browser, the page tools when the article is asked for)
//        ├─ extract/extractArticle (skipping clutter) ──► Article: title, date, source, authors,
//        │                                                editor, channel, blocks, text, pages
//        └─ points/findPoints(article.blocks) ──► policy-point groups
//
//   merge/mergePages (several pages of one article, each read as above) ──► one Article, points over all
//   cite/cite ──► GB/T 7714, APA, BibTeX      export/docx/buildDocx ──► a Word document model
//
// Broken *frames* are not found here: whether a frame's document is an error page is only known
// inside that frame (frame script) or from its load status (background), see src/frame and
// src/background.
import { readArticle, type ReadOptions } from './read';
import { scanPage } from './scan';
import type { Article, ClutterItem, Detection, Points } from './types';

export type AnalyzeOptions = ReadOptions;

export interface Analysis {
  detection: Detection;
  article: Article | null;
  points: Points | null;
  clutter: ClutterItem[];
  /** The page element each article block came from (same order as `article.blocks`), for scrolling to a point. */
  sources: Element[];
}

/** The whole pipeline in one call: scan (clean + detect), then read (extract + points). */
export function analyze(doc: Document, url: string, options: AnalyzeOptions = {}): Analysis {
  const scan = scanPage(doc, url);
  return { ...readArticle(doc, url, scan, options), clutter: scan.clutter };
}

export type { Article, Block, ClutterItem, ClutterKind, Detection, Era, MergedPage, MergeInfo, PageRead, Points } from './types';
export { articlePages, mergePages, type BlockOrigin, type MergeOptions, type MergeResult } from './merge/index';
export { readPage } from './merge/read-page';
export { cite, CITATION_STYLES, type CitationStyle, type CiteOptions } from './cite/index';
export { buildDocx, DOCX_MIME, DOCX_STYLES, type DocxFile, type DocxImage, type DocxLib, type DocxOptions, type DocxStyleName } from './export/docx';
export { DEFAULT_EXPORT_LABELS, type ExportLabels } from './export/labels';
export { decodeHtml } from './decode';
export { isZjolHost } from './rules/hosts';
