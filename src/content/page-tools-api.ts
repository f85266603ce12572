// The contract between the content script and the page tools: the reader view and the export
// builder, with DOMPurify and Turndown. The background injects them into the same isolated world
// only when first needed, so the content script that runs on every zjol page stays small.
import type { ReaderLabels } from '../common/reader-labels';
import type { Article, ArticleRead, ReadOptions, PageScan } from '../core/index';
import type { ExportFile, ExportRequest } from '../common/export-article';
import type { Point, Typography } from '../core/index';
import type { WholeArticle } from './whole-article';
import type { ReaderTheme } from '../common/settings-schema';

export type { ReaderLabels };

/** How the article looks: the theme and the reader's typography. */
export interface Appearance extends Typography {
  theme: ReaderTheme;
}

/** Where the reader was: the block at the top of the view and how far into it (0–1 of its height). */
export interface ReadingPosition {
  block: number;
  offset: number;
}

export interface ReaderViewCallbacks {
  /** The user closed the view from inside it (exit button, Escape). */
  onClose(): void;
  /** The user changed the appearance in the view (toolbar, settings panel, keys); the content script stores it. */
  onAppearance(change: Partial<Appearance>): void;
  /** The reading position changed (after scrolling settles, and on close). */
  onPosition(position: ReadingPosition): void;
}

export interface ReaderView {
  open(
    article: Article,
    appearance: Appearance,
    labels: ReaderLabels,
    callbacks: ReaderViewCallbacks,
    position?: ReadingPosition | null,
  ): void;
  close(): void;
  isOpen(): boolean;
  setAppearance(appearance: Appearance): void;
  /**
   * Scrolls to a block and highlights it: only the point's sentence when a point is given and
   * found there, else the block. `found` is false when the block is not shown.
   */
  scrollToBlock(block: number, point?: Pick<Point, 'marker' | 'headline'>): { found: boolean; sentence: boolean };
}

export interface PageTools {
  /** Extraction and points for the page the content script scanned. */
  readArticle(scan: Pick<PageScan, 'detection' | 'context'>, options: ReadOptions): ArticleRead;
  view: ReaderView;
  buildExport(req: ExportRequest): ExportFile;
  /** Scrolls the page to a point's sentence in an element and highlights it; false when it cannot. */
  highlightInPage(element: Element, point: Pick<Point, 'marker' | 'headline'>): boolean;
  /** The other pages of a multi-page article fetched from this page's host, read and merged with this one. */
  readWholeArticle(page: ArticleRead): Promise<WholeArticle>;
}

/** The Word export, in a bundle of its own (the docx package is large): injected only when a Word file is asked for. */
export interface DocxTools {
  buildDocx(req: ExportRequest<'docx'>): Promise<ExportFile>;
}

export const READER_ROOT_ID = 'zjol-reader-root';

/** Where the page tools register in the isolated world (read with ownGlobal: a page id cannot fake it). */
export const PAGE_TOOLS_KEY = '__zjolPageTools';
export const DOCX_TOOLS_KEY = '__zjolDocxTools';
