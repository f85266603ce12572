// The data the core hands out. Everything here is plain, JSON-serialisable data: the core
// never returns DOM nodes except in `ClutterItem`, which the content script applies to the
// live page (hiding is the content script's job, never the core's).

/** The page families of zjol.com.cn described in TEMPLATES.md, plus `unknown` for anything else. */
export type Era = 'legacy' | 'trs' | 'modern' | 'epaper' | 'app' | 'unknown';

export interface Detection {
  /** True when the page is a single article we can rebuild. */
  isArticle: boolean;
  /** Whether the URL is on zjol.com.cn (any subdomain). */
  isZjol: boolean;
  era: Era;
  /** Why: a short stable code (`legacy-article`, `index-page`, `channel-root`, `home-page`, `bbs`, `no-body`, …). */
  reason: string;
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
  | { type: 'table'; rows: string[][] };

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
