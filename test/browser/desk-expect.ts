// What the reading-desk tests (Chromium and Firefox) expect of the three fixture articles they
// put on the desk: their titles and points (from the goldens), the brief the core makes of them,
// and the files a desk import must refuse.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeBrief, type Article, type Points } from '../../src/core/index';

const PAGES = join(import.meta.dirname, '..', 'pages');

/** Two pages of one report (same points: the brief must list them once with both sources) and a Xinhua report. */
export const DESK_SLUGS = ['legacy-seed-frames', 'legacy-seed-inline', 'trs-article'] as const;

export interface DeskFixture {
  slug: string;
  article: Article;
  points: Points;
  pointsCount: number;
}

export function deskFixture(slug: string): DeskFixture {
  const { article, points } = JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as { article: Article; points: Points };
  return { slug, article, points, pointsCount: points.groups.reduce((n, g) => n + g.points.length, 0) };
}

export const DESK_FIXTURES = DESK_SLUGS.map(deskFixture);

/** The distinct points of the three: the two seed pages share all theirs. */
export const BRIEF_POINTS = makeBrief(
  DESK_FIXTURES.map((f) => ({ article: f.article, points: f.points })),
  { date: '2000-01-01' },
).pointCount;

/** A query only the seed pages' bodies hold, and one only the Xinhua report's. */
export const SEED_QUERY = '自主创新';
export const TRS_QUERY = '国际港口名城';

/** Files a desk import refuses, with (part of) the English reason the desk gives. */
export const BAD_FILES = [
  { name: 'truncated.json', text: '{"format":"zjol-reader-desk","version":1,"entries":[{"url":', reason: 'it is not valid JSON' },
  {
    name: 'damaged.json',
    text: JSON.stringify({
      format: 'zjol-reader-desk',
      version: 1,
      exportedAt: '2024-01-01T00:00:00.000Z',
      entries: [{ url: 'https://x.zjol.com.cn/a', addedAt: '2024-01-01T00:00:00.000Z', tags: [], note: '', article: { url: 'https://x.zjol.com.cn/a', title: '' }, points: null }],
    }),
    reason: '(entry 1, field article.title)',
  },
];
