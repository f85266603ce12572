// The core's one entry: code outside src/core imports it from here only (lint enforces it). Pure: a
// parsed Document and its URL in, plain data out; the document is only read.
//
//   Document + URL
//        │
//   scanPage (the content script, on every zjol page)
//        ├─ clean/findClutter ──► error fragments + ads (elements to hide, and to skip below)
//        ├─ pageContext ────────► URL class, era rule, scored lines, body: one page state
//        └─ detect/detectPage ──► is it one article? which era? why (a reason code)
//
//   readArticle (the CLI; in the browser, the page tools when the article is asked for)
//        ├─ extract/extractArticle (same page state) ──► Article: title, date, source, authors,
//        │                                               editor, channel, blocks, text, pages
//        └─ points/findPoints(article.blocks) ──► policy-point groups
//
//   analyze = scanPage + readArticle, for the CLI, the tests and the bench.
//   merge/mergePages (several pages of one article, each read as above) ──► one Article, points over all
//   cite/cite ──► GB/T 7714, APA, BibTeX      export/docx/buildDocx ──► a Word document model
//
// Broken *frames* are not found here: whether a frame's document is an error page is only known
// inside that frame (recogniseErrorDocument, run by the frame script) or from its load status.
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
  return { ...readArticle(scan, options), clutter: scan.clutter };
}

export { scanPage, type PageScan } from './scan';
export { readArticle, type ArticleRead, type ReadOptions } from './read';
export { findClutter, frameWrapper, recogniseErrorDocument } from './clean/index';
export { EARLY_HIDE_SELECTORS } from './rules/ads';
export { decodeHtml } from './decode';
export { fileName } from './export/file-name';
export { toHtml } from './export/html';
export { toJson, toJsonValue } from './export/json';
export { countCheck, type ExportLabels } from './export/labels';
export { toMarkdown, type HtmlFragmentParser } from './export/markdown';
export { outline, outlineMarkdown, type OutlineGroup } from './export/points-outline';
export { toText } from './export/text';
export { articleHtml, displayDate, metaParts, type ArticleHtmlLabels } from './render/article-html';
export type { Article, ClutterItem, ClutterKind, Detection, MergedPage, PageRead, Point, Points } from './types';
export { pointSentence } from './points/sentence-span';
export { shorten } from './text/shorten';
export { isLongArticle, readingStats, tableOfContents } from './render/reading';
export {
  ARTICLE_CSS,
  FONT_FAMILIES,
  themeCss,
  typographyVariables,
  type ReaderFontFamily,
  type ReaderThemeChoice,
  type Typography,
} from './render/reader-css';
export { markerIsNumber } from './export/points-outline';
export { articlePages, mergePages, type MergeResult } from './merge/index';
export { readPage } from './merge/read-page';
export { cite, CITATION_STYLES, type CitationStyle } from './cite/index';
export { buildDocx, DOCX_MIME, DOCX_STYLES, type DocxFile, type DocxImage, type DocxStyleName } from './export/docx';
export { buildBriefDocx } from './export/docx-brief';
export { isZjolHost } from './rules/hosts';

// The reading desk, the brief and search (used by src/desk, src/common/desk-*, the CLI).
export * from './desk/entry';
export { DESK_FILE_FORMAT, readDeskFile, toDeskFile, type DeskFileProblem } from './desk/file';
export { checkArticle, checkPoints } from './desk/validate';
export * from './brief/index';
export * from './search/index';

