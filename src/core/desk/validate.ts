// Checks that a value read from outside (an imported desk file, an old database row) really is an
// article model with its points, field by field. The first problem found is returned with the path
// of the field, so a refused file says where it is wrong.
import type { Article, Block, Points } from '../types';

export type Check<T> = { ok: true; value: T } | { ok: false; field: string };

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isStrArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
const isHttp = (v: unknown): v is string => isStr(v) && /^https?:\/\/[^\s/]+/i.test(v);

/** No article comes near these; a file that does is not ours. */
const MAX_BLOCKS = 20_000;
const MAX_TEXT = 5_000_000;

function blockProblem(b: unknown): string | null {
  if (!isObj(b)) return '';
  switch (b.type) {
    case 'paragraph':
      if (!isStr(b.text)) return '.text';
      return b.html === undefined || isStr(b.html) ? null : '.html';
    case 'subhead':
      return isStr(b.text) ? null : '.text';
    case 'image':
      if (!isStr(b.src)) return '.src';
      if (b.alt !== undefined && !isStr(b.alt)) return '.alt';
      return b.caption === undefined || isStr(b.caption) ? null : '.caption';
    case 'table':
      if (!Array.isArray(b.rows) || !b.rows.every(isStrArray)) return '.rows';
      if (b.header !== undefined && b.header !== true) return '.header';
      return b.caption === undefined || isStr(b.caption) ? null : '.caption';
    case 'pre':
      return isStr(b.text) ? null : '.text';
    case 'video':
      if (!(b.src === null || isHttp(b.src))) return '.src';
      if (b.poster !== undefined && !isHttp(b.poster)) return '.poster';
      return b.caption === undefined || isStr(b.caption) ? null : '.caption';
    default:
      return '.type';
  }
}

export function checkArticle(v: unknown, at = 'article'): Check<Article> {
  if (!isObj(v)) return { ok: false, field: at };
  const fields: [string, (x: unknown) => boolean][] = [
    ['url', isHttp],
    ['title', (x) => isStr(x) && x.trim().length > 0 && x.length <= 1000],
    ['subtitle', isStrOrNull],
    ['date', (x) => x === null || (isStr(x) && /^\d{4}-\d{2}-\d{2}/.test(x))],
    ['source', isStrOrNull],
    ['authors', isStrArray],
    ['editor', isStrOrNull],
    ['channel', isStrArray],
    ['text', (x) => isStr(x) && x.length <= MAX_TEXT],
    ['extractor', isStr],
  ];
  for (const [name, ok] of fields) if (!ok(v[name])) return { ok: false, field: `${at}.${name}` };
  if (v.pages !== undefined && !(isStrArray(v.pages) && v.pages.every(isHttp))) return { ok: false, field: `${at}.pages` };
  if (!Array.isArray(v.blocks) || v.blocks.length > MAX_BLOCKS) return { ok: false, field: `${at}.blocks` };
  for (let i = 0; i < v.blocks.length; i += 1) {
    const problem = blockProblem(v.blocks[i]);
    if (problem !== null) return { ok: false, field: `${at}.blocks[${i}]${problem}` };
  }
  const article: Article = {
    url: v.url as string,
    title: v.title as string,
    subtitle: v.subtitle as string | null,
    date: v.date as string | null,
    source: v.source as string | null,
    authors: v.authors as string[],
    editor: v.editor as string | null,
    channel: v.channel as string[],
    blocks: v.blocks as Block[],
    text: v.text as string,
    extractor: v.extractor as string,
    ...(v.pages ? { pages: v.pages as string[] } : {}),
  };
  return { ok: true, value: article };
}

export function checkPoints(v: unknown, blocks: number, at = 'points'): Check<Points | null> {
  if (v === null) return { ok: true, value: null };
  if (!isObj(v) || !Array.isArray(v.groups)) return { ok: false, field: at };
  for (let g = 0; g < v.groups.length; g += 1) {
    const group = v.groups[g] as unknown;
    const here = `${at}.groups[${g}]`;
    if (!isObj(group)) return { ok: false, field: here };
    if (!isStrOrNull(group.intro)) return { ok: false, field: `${here}.intro` };
    if (!(group.declaredCount === null || Number.isInteger(group.declaredCount))) return { ok: false, field: `${here}.declaredCount` };
    if (group.parent !== undefined && !isStr(group.parent)) return { ok: false, field: `${here}.parent` };
    if (!Array.isArray(group.points)) return { ok: false, field: `${here}.points` };
    for (let p = 0; p < group.points.length; p += 1) {
      const point = group.points[p] as unknown;
      const there = `${here}.points[${p}]`;
      if (!isObj(point)) return { ok: false, field: there };
      for (const name of ['marker', 'headline', 'text'] as const) if (!isStr(point[name])) return { ok: false, field: `${there}.${name}` };
      const block = point.block;
      if (!(Number.isInteger(block) && (block as number) >= 0 && (block as number) < Math.max(blocks, 1))) return { ok: false, field: `${there}.block` };
    }
  }
  return { ok: true, value: v as unknown as Points };
}
