// The bench's scoring, pure: statistics, metadata matching, the trafilatura snippet score and the
// body hygiene check. Body F1 itself is test/helpers/char-f1.ts (re-exported by core-entry.ts).
// bench/README.md explains each number; test/unit/bench/metrics.test.ts pins the rules below.

/** A page under this body F1 counts as a failed extraction (issue: "pages under 0.8"). */
export const LOW_F1 = 0.8;
/** The percentile reported next to the median time. */
export const TAIL_PERCENTILE = 90;

// ---------------------------------------------------------------------------------------------
// Statistics

export function mean(xs: readonly number[]): number | null {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(xs: readonly number[], p: number): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * s.length));
  return s[Math.min(rank, s.length) - 1]!;
}

export interface F1Summary {
  meanF1: number | null;
  medianF1: number | null;
  under08: number;
}

export function summarizeF1(scores: readonly number[]): F1Summary {
  return { meanF1: mean(scores), medianF1: median(scores), under08: scores.filter((s) => s < LOW_F1).length };
}

/** Share of true among the pages that have a verdict (null: the page has no gold for it). */
export function rate(verdicts: readonly (boolean | null)[]): number | null {
  const judged = verdicts.filter((v): v is boolean => v !== null);
  return judged.length ? judged.filter(Boolean).length / judged.length : null;
}

// ---------------------------------------------------------------------------------------------
// Dates: "same day" compares YYYY-MM-DD, whatever the notation.

const DAY_PATTERN = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;

/** The first day written in a date string (`2010-2-10 08:00`, `2010年02月10日`, ISO), as YYYY-MM-DD. */
export function dayOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = DAY_PATTERN.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A CWCED gold date, only when it names a day and starts with it (`2005-5-7 21:23:57`). `UNKNOWN`,
 * a misspelt `UNKNWON`, a year (`2018`) or a month (`1998-3`) cannot be matched to a day: no gold.
 */
export function goldDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  return /^\d{4}-\d{1,2}-\d{1,2}(?!\d)/.test(s) ? dayOf(s) : null;
}

export function sameDay(predicted: unknown, gold: string | null): boolean | null {
  return gold === null ? null : dayOf(predicted) === gold;
}

// ---------------------------------------------------------------------------------------------
// Authors: the set of names, order-free.

/** Separators between names in a gold string or a byline: whitespace (ASCII and ideographic), 、 and ，. */
const NAME_SEPARATORS = /[\s\u3000、，,]+/u;
/** CWCED's placeholders for "no author known". */
const NO_AUTHOR = /^(?:UNKNOWN|None|null)$/i;

export function splitNames(value: string): string[] {
  return value.split(NAME_SEPARATORS).filter(Boolean);
}

/** A CWCED gold author string as a name list; null when the page has no gold author. */
export function goldAuthors(value: unknown): string[] | null {
  if (typeof value !== 'string' || !value.trim() || NO_AUTHOR.test(value.trim())) return null;
  return splitNames(value);
}

/** Names from an extractor: a list (ours) or one byline string (Readability, Defuddle). */
export function namesOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').flatMap(splitNames);
  return typeof value === 'string' ? splitNames(value) : [];
}

export function sameNames(predicted: readonly string[], gold: readonly string[]): boolean {
  const a = new Set(predicted);
  const b = new Set(gold);
  return a.size === b.size && [...a].every((n) => b.has(n));
}

// ---------------------------------------------------------------------------------------------
// Titles: exact after whitespace is normalised (a line break or a doubled space is not a miss).

export function normalizeTitle(value: unknown): string {
  return typeof value === 'string' ? value.replace(/[\s\u3000]+/gu, ' ').trim() : '';
}

export function sameTitle(predicted: unknown, gold: unknown): boolean | null {
  if (typeof gold !== 'string') return null;
  return normalizeTitle(predicted) === normalizeTitle(gold);
}

// ---------------------------------------------------------------------------------------------
// trafilatura's evaluation: `with` snippets must be in the body, `without` snippets must not.

export interface SnippetScore {
  withFound: number;
  withTotal: number;
  withoutAbsent: number;
  withoutTotal: number;
}

/** Whitespace is dropped on both sides: the snippets come from a differently spaced rendering. */
function squeeze(s: string): string {
  return s.replace(/[\s\u3000]+/gu, '').toLowerCase();
}

export function snippetScore(body: string, withSnippets: readonly string[], withoutSnippets: readonly string[]): SnippetScore {
  const text = squeeze(body);
  return {
    withFound: withSnippets.filter((s) => text.includes(squeeze(s))).length,
    withTotal: withSnippets.length,
    withoutAbsent: withoutSnippets.filter((s) => !text.includes(squeeze(s))).length,
    withoutTotal: withoutSnippets.length,
  };
}

export function addSnippetScores(scores: readonly SnippetScore[]): SnippetScore {
  return scores.reduce(
    (a, s) => ({
      withFound: a.withFound + s.withFound,
      withTotal: a.withTotal + s.withTotal,
      withoutAbsent: a.withoutAbsent + s.withoutAbsent,
      withoutTotal: a.withoutTotal + s.withoutTotal,
    }),
    { withFound: 0, withTotal: 0, withoutAbsent: 0, withoutTotal: 0 },
  );
}

// ---------------------------------------------------------------------------------------------
// Body hygiene (zjol goal: "no error text, ad or chrome in any body").

export interface HygieneRule {
  kind: 'error' | 'ad' | 'chrome';
  pattern: RegExp;
}

/**
 * What must not leak into a zjol body: the stock error document (docs/zjol-templates.md, "Broken blocks"),
 * the ad system's fallback slot and links, and the page chrome around legacy/TRS bodies. A rule only
 * fires when the body holds MORE matches than the gold text: an article may itself quote "404 Not
 * Found" (fixture discusses-404) or name 来源 in a sentence.
 */
export const HYGIENE_RULES: readonly HygieneRule[] = [
  { kind: 'error', pattern: /ZJOL\/\d/g },
  { kind: 'error', pattern: /\b(?:403 Forbidden|404 Not Found|500 Internal Server Error|502 Bad Gateway|503 Service (?:Temporarily )?Unavailable|504 Gateway Time-out)\b/g },
  { kind: 'ad', pattern: /浙江在线广告位|广告服务|adclick|adcode/g },
  { kind: 'chrome', pattern: /责任编辑|来源[:：]|上一篇|下一篇|关闭窗口|打印本页|版权所有|Copyright|您当前的位置|分享到|打开浙江新闻客户端|相关新闻|相关阅读|\[\s*(?:打印|关闭)\s*\]/gi },
];

/** Letters and numbers only, case-folded: the tokens char-F1 counts, kept in order. */
function tokenString(s: string): string {
  return (s.toLowerCase().match(/[\p{L}\p{N}]/gu) ?? []).join('');
}

function count(s: string, pattern: RegExp): number {
  return s.match(pattern)?.length ?? 0;
}

/**
 * Problems of a body against its gold: rules that match more often in the body, and body lines
 * whose text is nowhere in the gold (chrome or captions a human would not copy). Empty: clean.
 */
export function bodyProblems(body: string, gold: string, rules: readonly HygieneRule[] = HYGIENE_RULES): string[] {
  const problems: string[] = [];
  for (const { kind, pattern } of rules) {
    const found = body.match(pattern) ?? [];
    if (found.length > count(gold, pattern)) problems.push(`${kind}: ${[...new Set(found)].join(', ')}`);
  }
  const goldTokens = tokenString(gold);
  for (const line of body.split('\n')) {
    const t = tokenString(line);
    if (t && !goldTokens.includes(t)) problems.push(`line not in gold: ${line.trim().slice(0, 40)}`);
  }
  return problems;
}
