// The article title. Candidates: the era rule's selector, headings and title-classed elements, og:title, and the
// <title> with its site suffixes cut (`标题_栏目_频道_浙江在线`, `标题-浙江新闻-浙江在线`). A heading that
// matches the start of <title> is the title; otherwise the first <title> segment is.
// zjol's legacy template prints part of the title twice ("不断谋求新突破推动杭州率先发展 推动杭州率先发展", the
// seed page): a trailing repeat of the end of the title is removed.
import { compact, normalizeText } from '../text/chars';
import { findDates } from '../text/dates';
import type { Line } from './lines';
import { selectFirst } from '../select';

/** Separators between the title and the site/channel names in <title>. */
const TITLE_SEPARATORS = /\s*(?:_|\||｜|--|—+|–|-{1}(?=[^\d])|::|·(?=[^·]*(?:网|在线|频道|新闻|报)))\s*/;
const TITLE_CLASS = /(^|[\s_-])(title|tit|headline|art_?title|article_?title|news_?title|contTit|post-?title|h_?title|bt)([\s_-]|$)/i;
/** Titles are short; a "heading" longer than this is a paragraph in a heading tag. */
const MAX_TITLE_CHARS = 120;

/** Remove a repeated part: "X Y" where Y is the end (or start) of X, and "XX"; a date line printed in the same
 *  element (`标题 2005-09-11 18:04:42 楼主`) is cut off. */
export function dedupeTitle(raw: string): string {
  let t = normalizeText(raw);
  const d = findDates(t)[0];
  if (d && d.index >= 4) t = t.slice(0, d.index).trim();
  const parts = t.split(' ');
  if (parts.length >= 2) {
    const last = parts[parts.length - 1]!;
    const head = parts.slice(0, -1).join(' ');
    if (last.length >= 2 && compact(head).length > last.length && (compact(head).endsWith(last) || compact(head).startsWith(last))) return head;
  }
  const c = compact(t);
  // "标题标题": the same text printed twice with no space.
  if (c.length % 2 === 0 && c.length >= 4 && c.slice(0, c.length / 2) === c.slice(c.length / 2)) return c.slice(0, c.length / 2);
  return t;
}

export function titleSegments(docTitle: string): string[] {
  return normalizeText(docTitle).split(TITLE_SEPARATORS).map((s) => s.trim()).filter(Boolean);
}

/** Site and channel names in <title>: `浙江在线`, `浙江新闻`, `新浪网`, `中央人民政府门户网站`. */
const SITE_NAME = /(网|网站|在线|频道|门户|官网|首页|日报|晚报|早报|新闻|论坛|社区|博客|\.com|\.cn|china)$/i;

/** The title's own segment of <title>: the longer of the first two that is not a site name (the first is a
 *  column label in `书记市长这一周 | 标题` and `图说洛阳| 标题`, the title in `标题_栏目_频道_浙江在线`). */
function mainSegment(segments: readonly string[]): string | null {
  const firstTwo = segments.slice(0, 2).filter((s) => !SITE_NAME.test(s) || segments.length === 1);
  if (!firstTwo.length) return segments[0] ?? null;
  return firstTwo.reduce((a, b) => (compact(b).length > compact(a).length ? b : a));
}

function candidates(doc: Document, selectors: readonly string[] | undefined): Element[] {
  const out: Element[] = [];
  for (const sel of selectors ?? []) {
    const el = selectFirst(doc, sel);
    if (el) out.push(el);
  }
  return out;
}

/** The text of the first line that starts inside `el`, or null when none does. */
function firstLineIn(el: Element, lines: readonly Line[]): string | null {
  for (const line of lines) {
    const first = line.nodes[0];
    if (!line.image && first && el.contains(first)) return line.text;
  }
  return null;
}

export interface TitleResult {
  title: string;
  element: Element | null;
}

/** Title candidates are lines (lines.ts) in a heading or in an element whose class/id says title; reading them
 *  from the lines keeps this linear (no textContent per element). */
function headingOf(line: Line): Element | null {
  if (line.heading >= 1 && line.heading <= 3) return line.owner;
  for (let el: Element | null = line.owner, depth = 0; el && depth < 3; el = el.parentElement, depth++) {
    const name = el.localName;
    if (name === 'body' || name === 'html') break;
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id');
    if ((cls && TITLE_CLASS.test(cls)) || (id && TITLE_CLASS.test(id))) return el;
  }
  return null;
}

export function findTitle(doc: Document, lines: readonly Line[], ruleSelectors?: readonly string[], skip?: ReadonlySet<Element>): TitleResult {
  const docTitle = normalizeText(doc.querySelector('title')?.textContent ?? '');
  const segments = titleSegments(docTitle);
  const main = mainSegment(segments);
  const docMain = compact(main ?? docTitle);
  const docAll = compact(docTitle);
  const ok = (el: Element): boolean => !skip || !Array.from(skip).some((s) => s.contains(el));

  for (const found of candidates(doc, ruleSelectors)) {
    // A title box that holds headings (TRS `div.contTit` with `<h1>` title and `<h2 class="subTit">`) is
    // titled by its first heading; the rest is the subtitle's.
    const el = /^h[1-6]$/.test(found.localName) ? found : (found.querySelector('h1, h2, h3') ?? found);
    // A title box left open by a broken template holds the body too: its title is its first line.
    const open = el.querySelector('p, div, table, ul, ol') !== null;
    const t = dedupeTitle((open ? firstLineIn(el, lines) : null) ?? el.textContent ?? '');
    if (t && t.length <= MAX_TITLE_CHARS && ok(el)) return { title: t, element: el };
  }

  // Heading lines and title-classed lines, scored by agreement with <title>.
  let best: { el: Element; text: string; score: number } | null = null;
  let order = 0;
  for (const line of lines) {
    if (line.image || line.chars < 2 || line.chars > MAX_TITLE_CHARS) continue;
    const el = headingOf(line);
    if (!el) continue;
    const text = dedupeTitle(line.text);
    const c = compact(text);
    if (c.length < 2) continue;
    order++;
    let score: number;
    if (docMain && (c === docMain || dedupeTitle(c) === docMain)) score = 100;
    else if (docMain && c.length >= 4 && (docMain.includes(c) || c.includes(docMain))) score = 60 + (Math.min(c.length, docMain.length) / Math.max(c.length, docMain.length)) * 20;
    else if (c.length >= 4 && docAll.includes(c)) score = 50;
    else score = line.heading === 1 ? 20 : 0;
    if (score > 0) score -= order * 0.01;
    if (score > 0 && (!best || score > best.score)) best = { el, text, score };
  }
  if (best && best.score >= 50) return { title: best.text, element: best.el };

  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  if (og && normalizeText(og)) return { title: dedupeTitle(og), element: null };
  if (main) return { title: dedupeTitle(main), element: null };
  if (best) return { title: best.text, element: best.el };
  return { title: '', element: null };
}
