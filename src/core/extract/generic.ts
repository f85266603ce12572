// The generic body finder, tuned for Chinese pages. Each line gets a content score from its own statistics
// (characters outside links, clause punctuation, link share); an element's score is the sum over the lines it
// covers (a prefix-sum difference, so every element is scored in O(1)). The body container is the element with
// the highest sum: it takes in every paragraph of the article while leaving out the navigation, headline lists
// and footers around it, whose lines score negative. This is the "maximum-scoring subtree" reading of
// text-density extractors (CETD, GeneralNewsExtractor) and handles <br>-separated text, table layouts and
// ASP.NET pages wrapped in one <form> alike, because only lines and their nesting matter, not tag names.
import type { Line, Segmentation } from './lines';
import { findDates } from '../text/dates';

/** Every link line costs this much on top of its link text: a run of menu items adds up to a negative. */
export const LINE_COST = 8;
/** A plain-text line without clause punctuation costs this much: labels and footers are negative, while a table
 *  of short cells (CWCED's admissions table) stays near zero instead of cutting the body in two. */
export const PLAIN_LINE_COST = 2;
/** Lines whose text is mostly link text are navigation or headline lists. */
export const LINK_DENSITY_MAX = 0.5;
/** Text without clause punctuation (titles of other things, labels) counts for less than running text. */
export const NO_PUNCT_FACTOR = 0.4;
/** Weight of link characters in a link line's penalty. */
export const LINK_PENALTY = 1;
/** Short lines with a little punctuation are still mostly chrome; a real paragraph line reaches this length. */
export const MIN_PARAGRAPH_CHARS = 10;

export function lineScore(line: Line): number {
  if (line.image) return 0;
  const { chars, linkChars, punct } = line;
  if (chars === 0) return 0;
  if (linkChars / chars > LINK_DENSITY_MAX) return -(linkChars * LINK_PENALTY + LINE_COST);
  const plain = chars - linkChars;
  if (punct > 0 && plain >= MIN_PARAGRAPH_CHARS) return plain - LINE_COST;
  const value = plain * NO_PUNCT_FACTOR - PLAIN_LINE_COST;
  // Unpunctuated text adds to a run only inside <p> (blogs that separate phrases with spaces, Readability's
  // pixnet page), tables (cells of a data table: CWCED's admissions table) and preformatted text (a poem set
  // line by line); elsewhere it is headline feeds and labels (a gamersky page's "recommended" list), worth nothing.
  return line.table || line.pre || line.owner.localName === 'p' ? value : Math.min(0, value);
}

export interface Container {
  element: Element;
  /** The body is the run of lines [start, end): a run of the element's children, not always all of them. */
  start: number;
  end: number;
  score: number;
}

export interface Scored {
  scores: number[];
  /** prefix[i] = sum of scores of lines before i. */
  prefix: Float64Array;
}

/** Lines that open a comment or reply section (`# re: 标题`, `网友评论`, `共 11 篇评论`, `回复线索`). Text after
 *  one is readers' text, not the article: it counts for COMMENT_FACTOR of its value, and the marker itself is a
 *  barrier no run crosses cheaply. Forum threads and blogs in CWCED need this: their gold is the post alone. */
export const COMMENT_MARKER = /^(#\s*)?re\s*[:：]|^[|｜\s]*(网友|读者|最新|最热|热门|精彩|全部|相关)?(评论|留言|回复|跟帖)(列表|区|线索)?\s*[(（]?\s*\d*\s*[)）]?\s*[:：]?\s*$|^(feedback|comments?|\d+\s+comments?|responses?)\s*[:：]?\s*$|^共\s*\d+\s*(条|篇|个)(评论|回复|留言|跟帖)|^(以下是|下面是)?(网友|读者)?(评论|回复|留言)[:：]|^\[?\s*回复(本贴|此贴|本帖)/i;
export const COMMENT_FACTOR = 0.2;
/** Cost of crossing a comment marker. */
export const COMMENT_BARRIER = 400;
const COMMENT_MARKER_MAX_CHARS = 40;

export function scoreLines(lines: readonly Line[]): Scored {
  const scores = new Array<number>(lines.length);
  let inComments = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let score = lineScore(line);
    if (!line.image && line.chars <= COMMENT_MARKER_MAX_CHARS && COMMENT_MARKER.test(line.text.trim())) {
      // A marker that is a link (the site menu's 评论 channel, a share bar's 评论 count) still divides, but is
      // navigation, not the start of readers' text: what follows it keeps its score.
      if (line.linkChars * 2 <= line.chars) inComments = true;
      score = -COMMENT_BARRIER;
    } else if (inComments && score > 0) score *= COMMENT_FACTOR;
    scores[i] = score;
  }
  const prefix = new Float64Array(scores.length + 1);
  for (let i = 0; i < scores.length; i++) prefix[i + 1] = prefix[i]! + scores[i]!;
  return { scores, prefix };
}

export function rangeScore(s: Scored, start: number, end: number): number {
  return s.prefix[end]! - s.prefix[start]!;
}

/** Best run of an element's children (maximum subarray over its child subtrees and the loose lines between
 *  them), so a body whose paragraphs sit directly in a cell beside related links and music searches (a yahoo
 *  page in CWCED) is cut from the junk that shares its parent. */
function bestChildRun(el: Element, range: [number, number], seg: Segmentation, s: Scored): Container | null {
  let cursor = range[0];
  let best: Container | null = null;
  let runStart = cursor;
  let runSum = 0;
  const unit = (a: number, b: number): void => {
    if (b <= a) return;
    const v = rangeScore(s, a, b);
    if (runSum <= 0) {
      runStart = a;
      runSum = 0;
    }
    runSum += v;
    if (!best || runSum > best.score) best = { element: el, start: runStart, end: b, score: runSum };
  };
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const r = seg.ranges.get(child);
    if (!r) continue;
    const [cs, ce] = r;
    if (cs > cursor) unit(cursor, cs);
    if (ce > cursor) {
      unit(Math.max(cursor, cs), ce);
      cursor = ce;
    }
  }
  unit(cursor, range[1]);
  return best;
}

/** The element and run of its children whose lines sum highest. Ranges are visited children first, so on equal
 *  scores the tighter element is kept. */
export function chooseContainer(seg: Segmentation, s: Scored, within?: readonly [number, number]): Container | null {
  let best: Container | null = null;
  for (const [el, range] of seg.ranges) {
    if (range[1] <= range[0]) continue;
    if (within && (range[0] < within[0] || range[1] > within[1])) continue;
    const run = bestChildRun(el, range, seg, s);
    if (run && (!best || run.score > best.score)) best = run;
  }
  return best && best.score > 0 ? best : null;
}

/** A post's header or footer carries a short date-and-time line (`2005-06-14 03:25:55`, `发表于 2005-9-15 11:46:00`). */
const STAMP_MAX_CHARS = 48;
/** A record needs this much positive score (about this many characters of running text) to count as a post. */
const RECORD_MIN_SCORE = 40;

function isStamp(line: Line): boolean {
  if (line.image || line.chars > STAMP_MAX_CHARS || !/\d{1,2}\s*[:：]\s*\d{2}/.test(line.text)) return false;
  return findDates(line.text).some((d) => d.hasTime);
}

/** Blog front pages and forum threads list several posts, each with its own date-and-time stamp, as siblings;
 *  the page's subject is the first post (CWCED's blog pages list a dozen posts, its forum pages the replies after
 *  the post). When the chosen run splits at stamps into two or more parts with real text, keep the first. */
export function firstRecord(c: Container, seg: Segmentation, s: Scored): Container {
  const units: [number, number][] = [];
  let cursor = c.start;
  for (let child = c.element.firstElementChild; child; child = child.nextElementSibling) {
    const r = seg.ranges.get(child);
    if (!r || r[1] <= c.start || r[0] >= c.end) continue;
    if (r[0] > cursor) units.push([cursor, r[0]]);
    if (r[1] > cursor) {
      units.push([Math.max(cursor, r[0]), r[1]]);
      cursor = r[1];
    }
  }
  if (cursor < c.end) units.push([cursor, c.end]);
  if (units.length < 2) return c;
  // Records start at a stamped unit; text before the first stamp is the page's own header. A record's content
  // is its positive lines other than stamp lines, so a title above the date line is not mistaken for a post.
  const records: { start: number; end: number; content: number }[] = [];
  let cur: { start: number; end: number; content: number } | null = null;
  for (const [a, b] of units) {
    let stamped = false;
    let positive = 0;
    for (let i = a; i < b; i++) {
      if (isStamp(seg.lines[i]!)) stamped = true;
      else if (s.scores[i]! > 0) positive += s.scores[i]!;
    }
    if (stamped && (!cur || cur.content >= RECORD_MIN_SCORE)) {
      if (cur) records.push(cur);
      cur = { start: a, end: a, content: 0 };
    }
    if (cur) {
      cur.content += positive;
      cur.end = b;
    }
  }
  if (cur) records.push(cur);
  const real = records.filter((g) => g.content >= RECORD_MIN_SCORE);
  if (real.length < 2) return c;
  const first = real[0]!;
  return { element: c.element, start: c.start, end: first.end, score: rangeScore(s, c.start, first.end) };
}

/** A repeat must cover this many text lines, and this many characters, to be taken for a second copy of
 *  the body: a government notice prints its short metadata table twice (CWCED e8847578), which is not it. */
const MIN_REPEATED_LINES = 3;
const MIN_REPEATED_CHARS = 300;

/**
 * A page whose body was printed twice (a failed include that includes the page itself) makes the best
 * run span both copies and the chrome between them. When the run's first text lines come again, in
 * order, later in the run, the body is the first copy: the lines before the repeat that match it.
 */
export function firstCopy(c: Container, seg: Segmentation, s: Scored): Container {
  const texts: { index: number; text: string }[] = [];
  for (let i = c.start; i < c.end; i++) {
    const line = seg.lines[i]!;
    if (!line.image && s.scores[i]! > 0) texts.push({ index: i, text: line.text.replace(/\s+/g, '') });
  }
  const first = texts[0]?.text;
  const again = first === undefined ? -1 : texts.findIndex((t, k) => k > 0 && t.text === first);
  if (again < 0) return c;
  let matched = 0;
  let chars = 0;
  while (again + matched < texts.length && matched < again && texts[again + matched]!.text === texts[matched]!.text) {
    chars += texts[matched]!.text.length;
    matched++;
  }
  if (matched < MIN_REPEATED_LINES || chars < MIN_REPEATED_CHARS) return c;
  // The body is then chosen again, among the elements inside the first copy.
  const end = texts[matched - 1]!.index + 1;
  return chooseContainer(seg, s, [c.start, end]) ?? { element: c.element, start: c.start, end, score: rangeScore(s, c.start, end) };
}

/** Lines of picture navigation (`上一张 1/1 下一张`) a gallery sets between its picture and its text. */
const PICTURE_GAP_LINES = 3;
const PICTURE_GAP_MAX_CHARS = 20;
const PICTURE_PARENT_LEVELS = 2;
/** A story's picture is drawn at least this wide when its width is given. */
const MIN_PICTURE_WIDTH = 200;

/**
 * A gallery or photo story sets its picture above the text, often with a short navigation line
 * between (`上一张 1/1 下一张`), which no positive run crosses. Pictures right above the chosen run,
 * inside the same element and past at most a few short lines that score nothing, belong to it.
 */
/** A picture of the page itself: drawn large (its width given: an icon or a logo is not) and not linked
 *  to another page (banners and related thumbnails are). */
function isOwnPicture(img: Element): boolean {
  if (img.localName !== 'img') return false;
  const width = parseInt(img.getAttribute('width') ?? '', 10);
  if (!(width >= MIN_PICTURE_WIDTH)) return false;
  const href = img.closest('a')?.getAttribute('href')?.trim();
  return !href || href.startsWith('#') || /\.(?:jpe?g|png|gif|webp)(?:[?#]|$)/i.test(href);
}

export function withPicturesAbove(c: Container, seg: Segmentation, s: Scored): Container {
  // The run may be a whole element of its own (the gallery's text box): look in its parents too.
  for (let el: Element | null = c.element, depth = 0; el && depth <= PICTURE_PARENT_LEVELS; el = el.parentElement, depth++) {
    const range = seg.ranges.get(el);
    if (!range || range[0] >= c.start) continue;
    let start = c.start;
    let gap = 0;
    for (let i = c.start - 1; i >= range[0]; i--) {
      const line = seg.lines[i]!;
      if (line.image && isOwnPicture(line.image)) {
        start = i;
        gap = 0;
      } else if (line.chars <= PICTURE_GAP_MAX_CHARS && s.scores[i]! <= 0 && ++gap <= PICTURE_GAP_LINES) {
        continue;
      } else break;
    }
    if (start < c.start) return { element: el, start, end: c.end, score: rangeScore(s, start, c.end) };
  }
  return c;
}
