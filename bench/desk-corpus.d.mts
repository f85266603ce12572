// Types of desk-corpus.mjs for the TypeScript tests (the .mjs carries the same JSDoc; keep them in step).
import type { Article, Points } from '../src/core/index';

export const DESK_ARTICLES: number;
export const DESK_QUERIES: string[];
export function fixtureArticles(pagesDir: string): { article: Article; points: Points | null }[];
export function syntheticArticles(
  bases: { article: Article; points: Points | null }[],
  count?: number,
): { article: Article; points: Points | null; addedAt: string; tags: string[] }[];
