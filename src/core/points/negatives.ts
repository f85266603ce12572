// Things that look like list markers or list leads but are not (README rules 7 and 8).
// Some traps need no code because the scanner never sees them as markers: 之一是/其一是 and
// 市直第二代表团 fail the boundary test in chars.ts (a marker glued to a Han character is part of
// a word), 1-6月份 has no marker delimiter, and names such as 五水共治/三改一拆/五包/六大联动
// carry no ordinal suffix. The checks below are the ones that need a look at the context.

import { isHan } from './chars';

/**
 * 一是一、二是二 ("call a spade a spade"): the numeral repeated right after 是 and followed by
 * punctuation or the end. 一是一流企业… is a real point and is kept.
 */
export function isIdiomaticYiShiYi(text: string, start: number, numeralLength: number): boolean {
  const numeral = text.slice(start, start + numeralLength);
  const after = start + numeralLength + 1;
  if (!text.startsWith(numeral, after)) return false;
  return !isHan(text[after + numeral.length]);
}

/** What may follow 再次/最后 when they enumerate: punctuation, or 是/要 (再次,要… / 最后是…). */
const SEQUENCE_FOLLOWERS = new Set([...',，:：、是要']);

/**
 * 再次 and 最后 are far more often adverbs (再次强调 "stressed again", 最后一年 "the last year",
 * 最后,X强调 "finally, X stressed") than list markers. As markers they are followed by a comma or
 * by 是/要 (p08: 再次,要不断宣传 / 最后,带动村干部…). Whether a 最后 really closes a list is decided
 * in groups.ts, which also needs a preceding 其次/再次.
 */
export function isSequenceWordConnective(text: string, start: number, word: string): boolean {
  if (word !== '再次' && word !== '最后') return false;
  return !SEQUENCE_FOLLOWERS.has(text[start + word.length] ?? '');
}

/** Modal verbs that may open a repeated lead but cannot be the whole lead (README rule 7). */
export const MODALS: readonly string[] = ['一定要', '必须要', '务必要', '必须', '务必', '应当', '应该', '需要', '还要', '更要', '也要', '都要', '就要', '要', '应', '需', '须'];

/**
 * Openers that make a run of sentences subject-led or copula-led rather than a list
 * (README rule 7: 会议…, 是…): n04 and p14 are meeting reports whose every sentence opens with
 * 会议; p16's 是…;是…;是… describes one subject. Matched as prefixes of the lead after modals.
 */
export const NON_LEAD_OPENERS: readonly string[] = [
  // copula / existential / bare prepositions
  '是', '有', '在', '对', '把', '将', '从', '为', '以', '和', '与', '的',
  // subjects and pronouns
  '会议', '会上', '他', '她', '它', '我们', '你们', '大家', '记者', '笔者', '该', '这', '那', '其', '此',
  '我市', '我县', '我省', '我区', '我镇', '我乡', '我村', '我国', '我院', '我校', '我局',
  '全市', '全县', '全省', '全区', '全镇', '全国', '各地', '各级', '各部门', '各单位', '各', '本次', '今年', '去年', '明年',
  // discourse openers
  '同时', '此外', '另外', '目前', '据', '其中', '通过', '随着', '如果', '因为', '所以', '但', '而', '并', '还', '也', '都', '就',
  '首先', '其次', '再次', '最后', '然后', '接着', '一方面', '另一方面',
];

/** Verbs that, right after the lead, show the lead is a speaker (会议要求 / 他强调 / 会议传达…). */
export const REPORTING_VERBS: readonly string[] = ['要求', '强调', '指出', '表示', '认为', '说', '听取', '传达', '审议', '透露', '介绍'];

/**
 * What follows a subject rather than a lead verb: prepositions and adverbs (蔡奇在充分肯定…,
 * 蔡奇从七个方面…, 蔡奇还对…, the seed's paragraph openers). A lead verb is followed by its
 * object (着力加快…, 要突出城乡融合路径…).
 */
export const SUBJECT_FOLLOWERS: readonly string[] = ['在', '从', '还', '也', '对', '将', '已', '正', '就', '于', '向', '与', '同', '和', '都', '又', '再', '则', '先', '曾', '亲自', '随后', '一行', '等'];

/** Frame variables that make 在X方面 a discourse phrase, not an item (在这方面, 另一方面). */
export const FRAME_NON_ITEMS: readonly string[] = ['这', '那', '这些', '那些', '一', '另一', '各', '多', '两', '其他', '有关', '相关', '某些', '此'];

/** Strips one leading modal; returns [modal, rest]. */
export function splitModal(lead: string): [string, string] {
  for (const m of MODALS) if (lead.startsWith(m)) return [m, lead.slice(m.length)];
  return ['', lead];
}

/** True when a lead (after its modal) opens with a subject, copula or discourse word. */
export function isNonContentLead(content: string): boolean {
  return NON_LEAD_OPENERS.some((w) => content.startsWith(w));
}
