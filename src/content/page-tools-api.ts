// The contract between the content script and the page tools: the reader view and the export
// builder, with DOMPurify and Turndown. The background injects them into the same isolated world
// only when first needed, so the content script that runs on every zjol page stays small.
import type { ArticleHtmlLabels } from '../core/render/article-html';
import type { Article } from '../core/types';
import type { ArticleRead, ReadOptions } from '../core/read';
import type { PageScan } from '../core/scan';
import type { ExportFile, ExportRequest } from '../common/export-article';
import type { WholeArticle } from './whole-article';
import type { ReaderTheme } from '../common/settings-schema';

export interface ReaderLabels extends ArticleHtmlLabels {
  toolbar: string;
  close: string;
  print: string;
  smaller: string;
  larger: string;
  themes: Record<ReaderTheme, string>;
}

export interface Appearance {
  theme: ReaderTheme;
  fontSize: number;
}

export interface ReaderViewCallbacks {
  /** The user closed the view from inside it (close button, Escape). */
  onClose(): void;
  /** The user changed theme or size from the toolbar; the content script stores it. */
  onAppearance(change: Partial<Appearance>): void;
}

export interface ReaderView {
  open(article: Article, appearance: Appearance, labels: ReaderLabels, callbacks: ReaderViewCallbacks): void;
  close(): void;
  isOpen(): boolean;
  setAppearance(appearance: Appearance): void;
  /** Scrolls to a block and highlights it; false when the block is not shown. */
  scrollToBlock(block: number): boolean;
}

export interface PageTools {
  /** Extraction and points for the page the content script scanned. */
  readArticle(doc: Document, url: string, scan: Pick<PageScan, 'detection' | 'skip' | 'lines'>, options: ReadOptions): ArticleRead;
  view: ReaderView;
  buildExport(req: ExportRequest): ExportFile;
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
