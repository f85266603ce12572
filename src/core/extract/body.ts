// Which lines of the container are the article body. Inside the container, lines that are chrome (toolbars,
// share bars, copyright, comment prompts: rules/chrome.ts), mostly link text (related headlines, tag lists,
// 上一篇/下一篇) or a copy of the title never enter the body. At the two edges, the date/source/author lines
// are cut off too and handed to the metadata readers: they are the page's "head" and "tail".
import { compact } from '../text/chars';
import { findDates } from '../text/dates';
import { isChromeLine } from '../rules/chrome';
import { FRAGMENT_EXPLANATIONS, FRAGMENT_SERVER_LINE, STATUS_LINE } from '../rules/error-documents';
import { lineText } from './blocks';
import type { Line } from './lines';

/** Metadata lines (date line, 来源/作者 line) are short. */
export const META_LINE_MAX_CHARS = 80;
/** How far into the container the title line is looked for. */
const TITLE_SEARCH_LINES = 12;
const LINK_LINE_DENSITY = 0.5;
/** Column names or `(图)` marks printed next to a title line. */
const TITLE_AFFIX_CHARS = 12;
/** The date/author lines sit among the first (last) few lines of the container, maybe under a column label. */
const EDGE_SCAN_LINES = 4;
/** A pasted error document: `<title>` and `<h1>` status lines, maybe a stock explanation, then the server line. */
const MAX_ERROR_RUN = 4;

const META_LINE_START = /^[\s【\[（(□■●|｜]*(主题|标题|题目|来源|来自|稿源|出处|作者|作\s*者|记者|通讯员|编辑|责任编辑|责编|编者|时间|日期|发布|发表|更新|点击|浏览|阅读|评论|字号|分享|转载|摄影?|文)\S{0,4}\s*[:：/／]|^\s*by\s/i;

/** Marks of a sentence or a question: a line holding one is text. */
export const SENTENCE_MARK = /[。！？?!]/;

const EDITOR_LINE = /^\s*[（(【\[]?\s*(责任编辑|责编|值班编辑|编辑)\s*[:：]/;

/** A date line or a `label：value` byline. Sentences (a dateline paragraph `据新华社拉萨电（记者 格桑边觉）记者近日…`)
 *  have a full stop or several commas and are never metadata. */
export function isMetaLine(line: Line, text: string): boolean {
  if (line.image || line.chars > META_LINE_MAX_CHARS) return false;
  // A sentence, or a line that asks (an interview's opening `记者：…？`), is text, never a byline.
  if (SENTENCE_MARK.test(text) || (text.match(/[，,]/g)?.length ?? 0) > 1) return false;
  if (findDates(text).length > 0) return true;
  // The line starts with the label: `来源：…`, `（责任编辑：魏喆）`, `作者：芊草凡凡 时间：…`; a note that only
  // mentions one (`（作者系…助理）（来源：…）`) is text.
  return META_LINE_START.test(text);
}

export function isTitleLine(text: string, title: string): boolean {
  if (!title) return false;
  const a = compact(text);
  const b = compact(title);
  if (!a || !b) return false;
  if (a === b) return true;
  // "栏目 | 标题" or "标题 (图)": the title with a short label before or after it.
  if ((a.startsWith(b) || a.endsWith(b)) && a.length - b.length <= Math.max(TITLE_AFFIX_CHARS, b.length / 2)) return true;
  return b.length >= 6 && b.includes(a) && a.length >= b.length * 0.6;
}

/**
 * Indices of the lines that form a stock error document pasted by a failed include (docs/zjol-templates.md): status
 * lines (`404 Not Found`), maybe a stock explanation, then the server line (`ZJOL/1.22.95`). The clean step
 * hides such runs; this keeps extraction clean without it. Only the whole run counts, so an article's own
 * subhead `404 Not Found` stays. `null` stands for a line that breaks a run (an image).
 */
export function errorRunLines(texts: readonly (string | null)[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < texts.length; i++) {
    if (!STATUS_LINE.test(texts[i] ?? '')) continue;
    const run = [i];
    for (let j = i + 1; j < texts.length && run.length <= MAX_ERROR_RUN; j++) {
      const t = texts[j]!;
      if (t === '') continue;
      if (t === null) break;
      if (FRAGMENT_SERVER_LINE.test(t)) {
        for (const k of [...run, j]) out.add(k);
        i = j;
        break;
      }
      if (!STATUS_LINE.test(t) && !FRAGMENT_EXPLANATIONS.some((re) => re.test(t))) break;
      run.push(j);
    }
  }
  return out;
}

export interface BodySplit {
  head: Line[];
  body: Line[];
  tail: Line[];
  /** Index (in document lines) of the title line found in or before the container, or -1. */
  titleLine: number;
}

export function splitBody(lines: readonly Line[], start: number, end: number, title: string): BodySplit {
  const head: Line[] = [];
  const tail: Line[] = [];
  let titleLine = -1;
  let from = start;
  // A title line near the top of the container: everything above it (breadcrumb, toolbar) is head.
  for (let i = start; i < Math.min(end, start + TITLE_SEARCH_LINES); i++) {
    if (!lines[i]!.image && isTitleLine(lineText(lines[i]!), title)) {
      titleLine = i;
      for (let k = start; k <= i; k++) head.push(lines[k]!);
      from = i + 1;
      break;
    }
  }
  if (titleLine < 0) {
    for (let i = start - 1; i >= Math.max(0, start - 60); i--) {
      if (!lines[i]!.image && isTitleLine(lineText(lines[i]!), title)) {
        titleLine = i;
        break;
      }
    }
  }
  const kept: Line[] = [];
  const texts = lines.slice(from, end).map((line) => (line.image ? null : lineText(line)));
  const errorRun = errorRunLines(texts);
  for (let i = from; i < end; i++) {
    const line = lines[i]!;
    if (line.image) {
      kept.push(line);
      continue;
    }
    const text = texts[i - from]!;
    if (!text || errorRun.has(i - from)) continue;
    if (line.linkChars / line.chars > LINK_LINE_DENSITY) continue;
    if (isChromeLine(text, line.chars)) continue;
    if (isTitleLine(text, title) && line.chars <= title.length + 4) continue;
    kept.push(line);
  }
  // Edges: metadata lines among the first and last few lines go to head/tail with the short lines around them.
  const meta = (l: Line): boolean => !l.image && isMetaLine(l, lineText(l));
  const short = (l: Line): boolean => !l.image && l.chars <= META_LINE_MAX_CHARS && !/[。]/.test(l.text);
  // Images among them are avatars and icons of the byline block.
  let a = 0;
  for (let j = 0, seen = 0; j < kept.length && seen < EDGE_SCAN_LINES; j++) {
    if (kept[j]!.image) continue;
    seen++;
    if (!short(kept[j]!)) break;
    if (meta(kept[j]!)) a = j + 1;
  }
  for (let k = 0; k < a; k++) head.push(kept[k]!);
  while (a < kept.length && meta(kept[a]!)) head.push(kept[a++]!);
  let b = kept.length;
  // The 责任编辑 line closes a Chinese news article: what follows in the container is the site's, unless
  // prose follows it (a paragraph a broken template set after it); then only the editor line leaves.
  let editorLine: Line | null = null;
  for (let j = Math.max(a, Math.floor(kept.length / 2)); j < kept.length; j++) {
    if (!kept[j]!.image && kept[j]!.chars <= META_LINE_MAX_CHARS && EDITOR_LINE.test(kept[j]!.text)) {
      if (kept.slice(j + 1).some(isProse)) editorLine = kept[j]!;
      else b = j;
      break;
    }
  }
  for (let j = b - 1, seen = 0; j >= a && seen < EDGE_SCAN_LINES; j--) {
    if (kept[j]!.image) continue;
    seen++;
    if (meta(kept[j]!)) b = j;
    else break;
  }
  if (editorLine) tail.push(editorLine);
  for (let k = b; k < kept.length; k++) tail.push(kept[k]!);
  return { head, body: kept.slice(a, b).filter((l) => l !== editorLine), tail, titleLine };
}

/** A line of running text: long enough, with clause punctuation. */
const PROSE_MIN_CHARS = 20;
function isProse(line: Line): boolean {
  return !line.image && line.chars >= PROSE_MIN_CHARS && line.punct >= 2;
}
