// The data the core hands out. Everything here is plain, JSON-serialisable data: the core
// never returns DOM nodes except in `ClutterItem`, which the content script applies to the
// live page (hiding is the content script's job, never the core's).

/** The page families of zjol.com.cn described in docs/zjol-templates.md, plus `unknown` for anything else. */
export type Era = 'legacy' | 'trs' | 'modern' | 'epaper' | 'app' | 'unknown';

/** Why a page is an article: the era rule that recognised it, or the generic body finder. */
export const ARTICLE_REASONS = ['legacy-article', 'trs-article', 'modern-article', 'epaper-article', 'app-article', 'generic-article'] as const;
/** Why a page is not one: its URL (rules/pages.ts), or a body that is missing or not article-shaped. */
export const NOT_ARTICLE_REASONS = [
  'no-body', 'not-article-shaped', 'bbs', 'home-page', 'index-page', 'topic-page', 'live-page', 'link-page', 'comment-page', 'channel-root',
] as const;
export type DetectionReason = (typeof ARTICLE_REASONS)[number] | (typeof NOT_ARTICLE_REASONS)[number];

export interface Detection {
  /** True when the page is a single article we can rebuild. */
  isArticle: boolean;
  /** Whether the URL is on zjol.com.cn (any subdomain). */
  isZjol: boolean;
  era: Era;
  /** Why: a short stable code; each has a message in both locales (`reason_<code>`). */
  reason: DetectionReason;
}

export type Block =
  | {
      type: 'paragraph';
      text: string;
      /** Inline markup (a, strong, em, b, i, br, sup, sub) when the paragraph has any; attribute-free except absolute `href`. */
      html?: string;
    }
  | { type: 'subhead'; text: string }
  | { type: 'image'; src: string; alt?: string; caption?: string }
  | {
      type: 'table';
      rows: string[][];
      /** The first row holds the column headings (<th> cells or a <thead> on the page); absent when it is data. */
      header?: true;
      /** The table's own title (its <caption>). */
      caption?: string;
    }
  /** Preformatted text (a poem, a quoted error page, code): `text` keeps its line breaks. */
  | { type: 'pre'; text: string }
  /** A video: its stream (absolute http(s) URL) when the page names one, its poster image, the caption under it. */
  | { type: 'video'; src: string | null; poster?: string; caption?: string };

export interface Article {
  url: string;
  title: string;
  subtitle: string | null;
  /** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM(:SS)+08:00`. */
  date: string | null;
  source: string | null;
  authors: string[];
  editor: string | null;
  /** Breadcrumb labels below the site root, outermost first (`['浙江新闻', '浙江纵横', '杭州']`). */
  channel: string[];
  blocks: Block[];
  /** The body as plain text: blocks joined by "\n", leading full-width indents removed. */
  text: string;
  /** `rule:<name>` or `generic`. */
  extractor: string;
  /** Absolute URLs of the other pages of a multi-page article, in order; absent for single pages. */
  pages?: string[];
  /** Set on an article merged from its pages (core/merge): every page in order, and why any was not read. */
  merged?: MergeInfo;
}

/** One page of a multi-page article as the merge receives it: read, or failed with the reason. */
export type PageRead = { url: string; article: Article } | { url: string; error: string };

export interface MergedPage {
  url: string;
  /** 1-based page number, in page order. */
  n: number;
  /** Why the page could not be read (`HTTP 404`, `no article`…); absent when it was merged. */
  error?: string;
}

export interface MergeInfo {
  pages: MergedPage[];
}

export type ClutterKind = 'broken-frame' | 'error-fragment' | 'ad';

export interface ClutterItem {
  element: Element;
  kind: ClutterKind;
  /** Which rule matched (a selector or a named heuristic), for the popup and for debugging. */
  reason: string;
  /**
   * Items that are pieces of one thing share it (the pieces of one pasted error document that has
   * no wrapper of its own), so counts say "1 error fragment", not 4. Absent: the item is its own unit.
   */
  unit?: Element;
}

export interface Point {
  marker: string;
  headline: string;
  text: string;
  /** Index into `Article.blocks` of the block the point starts in. */
  block: number;
}

export interface PointGroup {
  intro: string | null;
  declaredCount: number | null;
  /** "G.P": 0-based index of the parent group, 1-based position of the parent point (as in ../common/points). */
  parent?: string;
  points: Point[];
  /** Set when the lead-in declares a count that differs from the points found. */
  countMismatch?: { declared: number; found: number };
}

export interface Points {
  groups: PointGroup[];
}
