// The brief (每日简报 / 信息摘编) as plain data: articles in, this out. Renderers (document.ts and
// the formats built on it) turn it into Markdown, HTML or text; a Word writer can take the same
// neutral document (document.ts) without knowing how the brief was made.
import type { Article, Points } from '../types';

export type BriefGrouping = 'source' | 'tag' | 'none';
/** Newest first, oldest first, or the order the articles were given in. */
export type BriefOrder = 'date-desc' | 'date-asc' | 'given';

export interface BriefArticle {
  article: Article;
  points: Points | null;
  /** The desk's tags, in the order the user gave them (grouping by tag uses the first). */
  tags?: readonly string[];
}

export interface BriefOptions {
  /** The brief's own day (`YYYY-MM-DD`), given by the caller: the core reads no clock. */
  date: string;
  groupBy?: BriefGrouping;
  order?: BriefOrder;
  /** Add each article's one-line lead. */
  leads?: boolean;
}

/** An article a point was found in. */
export interface BriefSource {
  title: string;
  source: string | null;
  date: string | null;
  url: string;
}

export interface BriefPoint {
  headline: string;
  /** Every article that carries the point, the one it is listed under first. */
  sources: BriefSource[];
}

export interface BriefEntry extends BriefSource {
  lead: string | null;
  /** The points listed under this article (those no article before it carries). */
  points: BriefPoint[];
  /** Points of this article already listed under an earlier one: how many, and under which. */
  shared: { count: number; with: BriefSource[] };
}

export interface BriefGroup {
  /** The source or the tag; null for the articles that have none (and for `groupBy: 'none'`). */
  label: string | null;
  entries: BriefEntry[];
}

export interface Brief {
  date: string;
  groupBy: BriefGrouping;
  groups: BriefGroup[];
  articleCount: number;
  sourceCount: number;
  /** Distinct points, after de-duplication. */
  pointCount: number;
}
