// The number of items a lead-in says its list has (README rule 5): 五方面工作 → 5, 六点建议 → 6,
// 七个方面 → 7, 四种能力 → 4, 五道题 → 5, 十个一流 → 10, 两个方面 → 2.
//
// Only the last clause of the intro is read: the count that announces a list sits right before
// it (p01 …必须全力做好五方面工作:一是…, p16 …实现“十个一流”:着力…, seed 蔡奇从七个方面…提出
// 具体要求). Count words earlier in the intro describe something else (README: 两个取向/十方面/
// 四张高分答卷 near an 一要/二要 list give null). A count inside a 、-list (一个统领、两个重点) names
// a slogan, not this list.

import { CLAUSE_END, TRAILING_PUNCT, trimEnd } from './chars';
import { isCnNumeralChar, isDigit, readCnNumeral, readDigits } from './numerals';

/** Classifiers that announce a list of that many items. Longest first. */
export const COUNT_CLASSIFIERS: readonly string[] = ['个方面', '大方面', '方面', '句话', '部分', '个', '点', '项', '条', '种', '道', '件', '类', '句', '招', '步'];

/**
 * Classifiers that usually make a name (六大联动, 四张高分答卷): taken as a count only when the
 * number equals the points found, i.e. when the name's number does count this list.
 */
export const WEAK_COUNT_CLASSIFIERS: readonly string[] = ['大', '张', '场', '批', '支'];

/** With Arabic digits only these read as a list count (3点 is more often a time of day). */
const ARABIC_COUNT_CLASSIFIERS: readonly string[] = ['个方面', '方面', '个', '项', '条'];

const MIN_COUNT = 2;

interface CountWord {
  value: number;
  strong: boolean;
  /** Counted with an item classifier (点, 项, 条, 方面). */
  itemLike: boolean;
}

/** Count words in `clause`, in order. */
export function countWords(clause: string): CountWord[] {
  const out: CountWord[] = [];
  for (let i = 0; i < clause.length; i++) {
    const prev = clause[i - 1];
    if (prev === '第' || isCnNumeralChar(prev) || isDigit(prev) || prev === '.' || prev === '、') continue;
    const cn = readCnNumeral(clause, i, true);
    const ar = cn ? null : readDigits(clause, i, 2);
    const num = cn ?? ar;
    if (!num || num.value < MIN_COUNT) continue;
    const after = i + num.length;
    const strongList = ar ? ARABIC_COUNT_CLASSIFIERS : COUNT_CLASSIFIERS;
    const strong = strongList.find((cl) => clause.startsWith(cl, after));
    const weak = strong || ar ? undefined : WEAK_COUNT_CLASSIFIERS.find((cl) => clause.startsWith(cl, after));
    const cl = strong ?? weak;
    if (cl === undefined) {
      // 原因有二 / 理由有五: a bare numeral after 有 that ends the clause.
      if (prev === '有' && cn && after === clause.length) out.push({ value: num.value, strong: true, itemLike: true });
      continue;
    }
    if (inEnumeration(clause, after + cl.length)) continue;
    out.push({ value: num.value, strong: strong !== undefined, itemLike: ITEM_CLASSIFIERS.includes(cl) });
    i = after + cl.length - 1;
  }
  return out;
}

/** True when the phrase ending at `from` is followed by 、 within a few characters (一个统领、两个重点). */
function inEnumeration(clause: string, from: number): boolean {
  for (let k = from; k < clause.length && k < from + 4; k++) {
    const ch = clause[k]!;
    if (ch === '、') return true;
    if (CLAUSE_END.has(ch)) return false;
  }
  return false;
}

/** Classifiers that name list items outright (三点要求, 五个方面): trusted beyond the last clause. */
const ITEM_CLASSIFIERS: readonly string[] = ['个方面', '方面', '点', '项', '条'];

/**
 * The count the intro declares for a list of `found` points, or null. The last clause decides;
 * when it has no count, an earlier 三点要求/五个方面-style count is taken only if it equals the
 * points found ("会议提出三点要求,强调:一是…二是…三是…").
 */
export function findDeclaredCount(intro: string | null, found: number): number | null {
  if (!intro) return null;
  const trimmed = trimEnd(intro, TRAILING_PUNCT);
  const k = lastClauseStart(trimmed);
  const words = countWords(trimmed.slice(k));
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w]!;
    if (word.strong || word.value === found) return word.value;
  }
  return countsThisList(trimmed.slice(0, k), found) ? found : null;
}

/** Where the last clause of `s` starts (after its last clause punctuation). */
export function lastClauseStart(s: string): number {
  let k = s.length - 1;
  while (k >= 0 && !CLAUSE_END.has(s[k]!)) k--;
  return k + 1;
}

/** An item count (三个方面, 六项) before the last clause names this list only when it equals the points found. */
export function countsThisList(text: string, found: number): boolean {
  return countWords(text).some((w) => w.itemLike && w.value === found);
}
