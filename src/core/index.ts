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

export type { Article, Block, ClutterItem, ClutterKind, Detection, Era, Points } from './types';

// The reading desk, the brief and search (used by src/desk, src/common/desk-*, the CLI).
export * from './desk/entry';
export { DESK_FILE_FORMAT, DESK_FILE_VERSION, readDeskFile, toDeskFile, type DeskFileProblem, type DeskFileProblemCode, type DeskFileRead } from './desk/file';
export { checkArticle, checkPoints } from './desk/validate';
export * from './brief/index';
export * from './search/index';
export { articleHtml, displayDate, escapeHtml, metaParts, type ArticleHtmlLabels } from './render/article-html';
export { ARTICLE_CSS, READER_THEMES, themeVariables, type ReaderThemeName } from './render/reader-css';
export { toJsonValue } from './export/json';
export { readArticle, type ArticleRead, type ReadOptions } from './read';
export { fileName } from './export/file-name';
