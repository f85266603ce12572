// Articles in, the brief out. In order:
//   1. order the articles (by date, newest or oldest first, or as given; ties keep the given order)
//   2. group them (by source, by first tag, or not at all); groups in the order of their first
//      article, the group of articles without a source or tag last
//   3. walk the entries in that final order: each point is listed under the first article that
//      carries it, with every article that carries it as its sources; a later article says how
//      many of its points were listed earlier, and where
import { leadOf } from './lead';
import { PointMatcher, pointKey } from './similar';
import type { Brief, BriefArticle, BriefEntry, BriefGroup, BriefOptions, BriefPoint, BriefSource } from './types';

function sourceOf(input: BriefArticle): BriefSource {
  const { title, source, date, url } = input.article;
  return { title, source, date, url };
}

/** Dates compare as written (`YYYY-MM-DD…`); an article without a date sorts after those with one. */
function ordered(inputs: readonly BriefArticle[], order: BriefOptions['order']): BriefArticle[] {
  const indexed = inputs.map((input, index) => ({ input, index }));
  if (order === 'given') return inputs.slice();
  const sign = order === 'date-asc' ? 1 : -1;
  indexed.sort((a, b) => {
    const x = a.input.article.date;
    const y = b.input.article.date;
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return x < y ? -sign : sign;
    }
    return a.index - b.index;
  });
  return indexed.map((i) => i.input);
}

function groupLabel(input: BriefArticle, groupBy: Brief['groupBy']): string | null {
  if (groupBy === 'source') return input.article.source?.trim() || null;
  if (groupBy === 'tag') return input.tags?.[0] ?? null;
  return null;
}

function grouped(inputs: readonly BriefArticle[], groupBy: Brief['groupBy']): { label: string | null; inputs: BriefArticle[] }[] {
  const groups = new Map<string | null, BriefArticle[]>();
  for (const input of inputs) {
    const label = groupLabel(input, groupBy);
    const list = groups.get(label) ?? [];
    list.push(input);
    groups.set(label, list);
  }
  const named = [...groups].filter(([label]) => label !== null);
  const rest = groups.get(null);
  return [...named.map(([label, list]) => ({ label, inputs: list })), ...(rest ? [{ label: null, inputs: rest }] : [])];
}

function headlinesOf(input: BriefArticle): { headline: string; key: string }[] {
  const out: { headline: string; key: string }[] = [];
  for (const group of input.points?.groups ?? []) {
    for (const point of group.points) {
      const headline = (point.headline || point.text).trim();
      const key = pointKey(point.text || point.headline);
      if (headline && key) out.push({ headline, key });
    }
  }
  return out;
}

function firstParagraphs(input: BriefArticle): string[] {
  const out: string[] = [];
  for (const block of input.article.blocks) {
    if (block.type === 'paragraph') out.push(block.text);
    if (out.length === 3) break;
  }
  return out;
}

export function makeBrief(inputs: readonly BriefArticle[], options: BriefOptions): Brief {
  const groupBy = options.groupBy ?? 'source';
  // The same page given twice is one article.
  const seen = new Set<string>();
  const unique = inputs.filter((input) => !seen.has(input.article.url) && seen.add(input.article.url));
  const plan = grouped(ordered(unique, options.order ?? 'date-desc'), groupBy);

  const matcher = new PointMatcher();
  const points = new Map<number, BriefPoint>();
  const groups: BriefGroup[] = [];
  for (const { label, inputs: members } of plan) {
    const entries: BriefEntry[] = [];
    for (const input of members) {
      const me = sourceOf(input);
      const entry: BriefEntry = {
        ...me,
        lead: options.leads ? leadOf(firstParagraphs(input)) : null,
        points: [],
        shared: { count: 0, with: [] },
      };
      const mine = new Set<number>();
      for (const { headline, key } of headlinesOf(input)) {
        const id = matcher.idOf(key, points.size);
        if (mine.has(id)) continue; // the article repeats its own point (a summary at the end)
        mine.add(id);
        const known = points.get(id);
        if (!known) {
          const point: BriefPoint = { headline, sources: [me] };
          points.set(id, point);
          entry.points.push(point);
          continue;
        }
        known.sources.push(me);
        entry.shared.count += 1;
        const where = known.sources[0]!;
        if (!entry.shared.with.includes(where)) entry.shared.with.push(where);
      }
      entries.push(entry);
    }
    groups.push({ label, entries });
  }
  const sources = new Set(unique.map((i) => i.article.source?.trim() || null).filter((s) => s !== null));
  return { date: options.date, groupBy, groups, articleCount: unique.length, sourceCount: sources.size, pointCount: points.size };
}
