// List markers as data, and the scanner that finds every candidate marker in the article text.
// A candidate is only a possibility: it becomes a point when group assembly (groups.ts) finds it
// in a run of consecutive ordinals. Trap checks that reject a candidate outright live in
// negatives.ts.

import {
  ATTACHED_PUNCT,
  CLOSE_PAREN,
  HEADLINE_STOP,
  OPEN_PAREN,
  isInlineSpace,
  atBoundary,
  atLineStart,
  isHan,
} from './chars';
import { MAX_ORDINAL, circledValue, isCnNumeralChar, isDigit, readCnNumeral, readDigits } from './numerals';
import { isIdiomaticYiShiYi, isSequenceWordConnective } from './negatives';

/**
 * Marker classes. Markers of one class may continue each other's numbering (首先…二是…第三,
 * 一是…四是…五要: README "Ambiguities resolved"); markers of different classes never do.
 */
export type MarkerClass = 'ordinal' | 'cn-heading' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled' | 'lead';

export interface Candidate {
  start: number;
  /** Offset just after the marker token. */
  end: number;
  marker: string;
  cls: MarkerClass;
  /** Finer family inside a class (是, 要, 第, seq, 、, ., …): an exact match is preferred when runs compete. */
  style: string;
  /** 1-based position; 0 for 最后, whose position is "one after the previous point". */
  ordinal: number;
  lineStart: boolean;
  /** Where the marker stands: at a line start, at a sentence start (after 。 ; :), or after a comma. */
  position: 'line' | 'sentence' | 'clause';
}

/** Suffixes of the 一是/一要 family. Kept short on purpose: 一看/一听 are idioms (p08: 一听就懂、一看就明). */
export const ORDINAL_SUFFIXES: readonly string[] = ['是', '要'];

/** Sequence words: 首先/其次/再次/最后, which also open or close mixed runs (seed: 首先…二是…三是). */
export const SEQUENCE_WORDS: readonly { word: string; ordinal: number }[] = [
  { word: '首先', ordinal: 1 },
  { word: '其次', ordinal: 2 },
  { word: '再次', ordinal: 3 },
  { word: '最后', ordinal: 0 },
];

/**
 * Classifiers that may follow 第N in a marker (第一条, 第一个, 第一道题, 第一部分). Longest first.
 * 次/天/名/位/时间/书记 are deliberately absent: 第一次, 第二天, 第一书记 are not list markers.
 */
export const DI_CLASSIFIERS: readonly string[] = ['个方面', '部分', '方面', '阶段', '个', '条', '项', '点', '道', '步', '种', '类', '章', '节', '件'];

/** Classifiers that make 第N a heading on their own at a line start (第一章 总则, 第一条 为了…). */
export const DI_HEADING_CLASSIFIERS: readonly string[] = ['部分', '章', '节', '条'];

/** After 第N+classifier, up to this many Han characters may follow before a colon (第一道题:). */
const DI_NOUN_MAX = 4;
/** 第一要务, 第一要素, 第一要件…: 要 starting a noun, not the modal of a point. */
const DI_YAO_NOUNS: readonly string[] = [...'务素件点义旨领害道职地求'];

/** Speech verbs an ordinal may be glued to (他说一是…, 会议要求一要…): no comma is needed after them. */
export const GLUE_VERBS: readonly string[] = ['说', '指出', '强调', '要求', '提出', '表示', '认为'];
const GLUE_STARTS = new Set([...'一第首']);

function afterGlueVerb(text: string, pos: number): boolean {
  return GLUE_VERBS.some((v) => text.startsWith(v, pos - v.length));
}

/** What may follow 其一/其二 when they enumerate. */
const QI_DELIMS = new Set([...',，:：、']);

/** A line no longer than this, with no sentence punctuation, is a heading line (一、宣传重点). */
export const HEADING_MAX_CHARS = 40;

/** Delimiters after a Chinese numeral that make it a heading-style marker: 一、 (and 一．/一. in some documents). */
const CN_HEADING_DELIMS = ['、', '．', '.'];

/** Delimiters after an Arabic numeral: 1、 1. 1． 1) 1）. */
const ARABIC_DELIMS = ['、', '.', '．', ')', '）'];

export function scanCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, cls: MarkerClass, style: string, ordinal: number): void => {
    const lineStart = atLineStart(text, start);
    out.push({ start, end, marker: text.slice(start, end), cls, style, ordinal, lineStart, position: lineStart ? 'line' : positionAt(text, start) });
  };

  // Jump from one character that can open a marker to the next; everything else is skipped.
  const opener = /[一二三四五六七八九十第(（0-9０-９首其再最\u2460-\u249b]/g;
  for (let m = opener.exec(text); m; m = opener.exec(text)) {
    const i = m.index;
    const ch = text[i]!;

    // Every marker stands after a boundary; a glued one is a footnote mark (增长①) or part of a
    // word (之一是, 统一要求). The one exception is an ordinal glued to a speech verb (会议要求一是…).
    const boundary = atBoundary(text, i);
    if (!boundary && !(GLUE_STARTS.has(ch) && afterGlueVerb(text, i))) continue;

    // ①②… ⑴⑵… ⒈⒉…
    const circ = circledValue(ch);
    if (circ) {
      push(i, i + 1, circ.kind === 'circled' ? 'circled' : circ.kind === 'paren' ? 'arabic-paren' : 'arabic', `sym-${circ.kind}`, circ.value);
      continue;
    }

    if (isCnNumeralChar(ch)) {
      const num = readCnNumeral(text, i);
      if (!num || num.value > MAX_ORDINAL) continue;
      const after = i + num.length;
      const next = text[after];
      if (next !== undefined && ORDINAL_SUFFIXES.includes(next)) {
        if (!isIdiomaticYiShiYi(text, i, num.length)) push(i, after + 1, 'ordinal', next, num.value);
      } else if (boundary && next !== undefined && CN_HEADING_DELIMS.includes(next)) {
        // 一、二月份 / 一、二、三产业: a numeral after the delimiter means an inline number list; a year
        // opening a heading line (`一、2018年工作回顾`) does not.
        const follow = text[after + 1];
        const listed = isCnNumeralChar(follow) || follow === '、' || (isDigit(follow) && !atLineStart(text, i));
        if (!listed) push(i, after + 1, 'cn-heading', '、', num.value);
      }
      continue;
    }

    if (ch === '第') {
      const c = scanDi(text, i);
      if (c) push(i, c.end, 'ordinal', '第', c.ordinal);
      continue;
    }

    if (OPEN_PAREN.has(ch)) {
      const cn = readCnNumeral(text, i + 1);
      if (cn && CLOSE_PAREN.has(text[i + 1 + cn.length] ?? '')) {
        push(i, i + cn.length + 2, 'cn-paren', '()', cn.value);
        continue;
      }
      const ar = readDigits(text, i + 1);
      if (ar && ar.value > 0 && CLOSE_PAREN.has(text[i + 1 + ar.length] ?? '')) push(i, i + ar.length + 2, 'arabic-paren', '()', ar.value);
      continue;
    }

    if (isDigit(ch)) {
      const ar = readDigits(text, i);
      if (!ar || ar.value === 0) continue;
      const after = i + ar.length;
      const delim = text[after] ?? '';
      if (!ARABIC_DELIMS.includes(delim)) continue;
      const follow = text[after + 1];
      // 1.5亿, 1、2月份, 2014.8: a digit after the delimiter means a number, not a marker.
      if (isDigit(follow) || follow === '.' || follow === '、') continue;
      // "(1)" is an arabic-paren marker found at "(", not a "1)" marker.
      if ((delim === ')' || delim === '）') && OPEN_PAREN.has(text[i - 1] ?? '')) continue;
      push(i, after + 1, 'arabic', delim === '．' ? '.' : delim === '）' ? ')' : delim, ar.value);
      continue;
    }

    // 其一,…其二,…: only with punctuation after it; 其一是 alone is "one of them is" (README trap).
    if (ch === '其' && isCnNumeralChar(text[i + 1])) {
      const num = readCnNumeral(text, i + 1);
      const after = num ? i + 1 + num.length : i;
      if (num && QI_DELIMS.has(text[after] ?? '')) push(i, after, 'ordinal', '其', num.value);
      continue;
    }

    for (const seq of SEQUENCE_WORDS) {
      if (text.startsWith(seq.word, i)) {
        if (!isSequenceWordConnective(text, i, seq.word)) push(i, i + seq.word.length, 'ordinal', 'seq', seq.ordinal);
        break;
      }
    }
  }
  return out;
}

const SENTENCE_BREAKS = new Set([...'。！？!?;；:：']);

/** 'sentence' after 。 ; : (also 。” ), else 'clause'. */
export function positionAt(text: string, pos: number): 'sentence' | 'clause' {
  let i = pos - 1;
  while (i >= 0 && (isInlineSpace(text[i]!) || text[i] === '”' || text[i] === '’')) i--;
  return i < 0 || text[i] === '\n' || SENTENCE_BREAKS.has(text[i]!) ? 'sentence' : 'clause';
}

/** 第一 / 第一条 / 第一道题: (colon skipped) / 第一章 总则. Returns the marker end and ordinal, or null. */
function scanDi(text: string, i: number): { end: number; ordinal: number } | null {
  const num = readCnNumeral(text, i + 1);
  if (!num || num.value > MAX_ORDINAL) return null;
  const afterNum = i + 1 + num.length;
  const next = text[afterNum];
  // 第一, / 第一: / 第一 (space): the bare ordinal.
  if (next === undefined || next === '\n' || ATTACHED_PUNCT.has(next) && next !== '.' && next !== '．') {
    return next === '、' ? null : { end: afterNum, ordinal: num.value };
  }
  // 第二是… / 第二要…: the ordinal with the 是/要 of the 一是 family (a mixed 首先…第二是…第三要… list); not
  // 第一要务, 第一要素 and the like, which are nouns.
  if ((next === '是' || next === '要') && !(next === '要' && DI_YAO_NOUNS.includes(text[afterNum + 1] ?? ''))) {
    return { end: afterNum + 1, ordinal: num.value };
  }
  const lineStart = atLineStart(text, i);
  for (const cl of DI_CLASSIFIERS) {
    if (!text.startsWith(cl, afterNum)) continue;
    const afterCl = afterNum + cl.length;
    const c = text[afterCl];
    if (c === undefined || c === '\n' || c === ',' || c === '，' || c === ':' || c === '：' || isInlineSpace(c)) {
      return { end: afterCl, ordinal: num.value };
    }
    // 第一道题: — a short noun after the classifier, then a colon.
    let j = afterCl;
    while (j < text.length && j - afterCl < DI_NOUN_MAX && isHan(text[j])) j++;
    if (j > afterCl && (text[j] === ':' || text[j] === '：')) return { end: j, ordinal: num.value };
    // 第一章总则 / 第一部分总体要求 at a line start: a document heading.
    if (lineStart && DI_HEADING_CLASSIFIERS.includes(cl)) return { end: afterCl, ordinal: num.value };
    return null;
  }
  return null;
}

/** True when the line holding `pos` is a short heading line with no sentence punctuation after `from`. */
export function isHeadingLine(text: string, lineStartPos: number, from: number, lineEndPos: number): boolean {
  if (lineEndPos - lineStartPos > HEADING_MAX_CHARS) return false;
  for (let k = from; k < lineEndPos; k++) if (HEADLINE_STOP.has(text[k]!) && text[k] !== ':' && text[k] !== '：') return false;
  return true;
}
