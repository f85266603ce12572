// Names in bylines: labelled runs (`记者 王琦 李稹`, `记者王琦李稹`), `作者：username`, blog and forum stamps,
// name-only lines, trailing `(记者王琦李稹)`, opening datelines, and a <meta> author that is a person.
import {
  AUTHOR_LABEL_SOURCE, DATELINE, DATELINE_BARE, NO_NAME, OPEN_AUTHOR_LABEL, PHOTO_CREDIT, POSTED_BY, TEXT_CREDIT, TRAILING_PAREN,
} from '../../rules/bylines';
import { isAllHan } from '../../text/chars';
import { findDates } from '../../text/dates';
import { looksLikeName, splitNames } from '../../text/names';

const AUTHOR_LABEL_RE = new RegExp(AUTHOR_LABEL_SOURCE, 'g');
const NAME_RUN = /^\s*[:：]?\s*([\u4e00-\u9fff·]{2,12}(?:[\s\u3000、，,]+[\u4e00-\u9fff·]{2,12})*)/;
const LABEL_TOKEN = new RegExp(`^${AUTHOR_LABEL_SOURCE}$|^(摄影?|报道|编辑|责编|发自\\S*|电|讯)$`);
/** Words that follow a label but are not names: `作者单位`, `作者简介`, `记者博客`, `记者从…获悉`. */
const NOT_NAMES = /^(单位|简介|介绍|声明|信息|联系|博客|专栏|文章|来源|提供|本人|获悉|了解|注意|发现|看到|采访|调查|走访|手记|观察|视角|感言|附记)/;
/** Words that end a name run written without spaces: `罗科苏盈发自北京`, `徐睿翔报道`. */
const RUN_TERMINATOR = /(发自|报道|摄影|采写|整理|供图|制图|综合|编译|通讯员|记者|摄$)/;

/** Names from a labelled run (`记者 王琦 李稹`, `记者王琦李稹`, `本报记者罗科苏盈发自北京`). */
export function namesFromRun(run: string, closed: boolean): string[] {
  const tokens = run.split(/[\s\u3000、，,]+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let tok = tokens[i]!;
    if (LABEL_TOKEN.test(tok) || NOT_NAMES.test(tok)) break;
    const cut = RUN_TERMINATOR.exec(tok);
    const stop = cut !== null && cut.index >= 2;
    if (cut && cut.index >= 2) tok = tok.slice(0, cut.index);
    else if (cut) break;
    if (tok.length <= 3 && looksLikeName(tok)) out.push(tok);
    else if (tok.length >= 4 && splitNames(tok)?.every(looksLikeName)) out.push(...splitNames(tok)!);
    else if (tokens.length === 1 && closed && tok.length >= 2 && tok.length <= 4) out.push(tok); // 格桑边觉
    else break;
    if (stop) break;
  }
  return out;
}

/** All labelled author names in one line of text. */
export function labelledAuthors(text: string): string[] {
  const out: string[] = [];
  // Each label's run ends at the next label: `实习记者 樊亮 张明超 记者惠禾`.
  const labels = [...text.matchAll(AUTHOR_LABEL_RE)];
  labels.forEach((m, i) => {
    const from = m.index! + m[0].length;
    const to = i + 1 < labels.length ? labels[i + 1]!.index! : text.length;
    const seg = text.slice(from, to);
    const run = NAME_RUN.exec(seg);
    if (!run) return;
    // A lone unknown-surname name is accepted only when it fills a bracket: `（记者 格桑边觉）`.
    const closed = /^\s*([)）\]】]|$)/.test(text.slice(from + run[0].length));
    for (const n of namesFromRun(run[1]!, closed)) if (!out.includes(n)) out.push(n);
  });
  return out;
}

export function isPhotoCredit(text: string): boolean {
  return PHOTO_CREDIT.test(text) && !TEXT_CREDIT.test(text);
}

export function cleanUsername(v: string): string | null {
  const t = v.trim().replace(/^[\[【(（]+|[\]】)）]+$/g, '');
  if (!t || NO_NAME.test(t) || /^\d+$/.test(t) || /[=<>"'{}]/.test(t) || findDates(t).length) return null;
  return t;
}

/** Authors from a head or tail line: labelled names, `作者：username`, blog/forum stamps. */
export function lineAuthors(text: string): string[] {
  const names = labelledAuthors(text);
  if (names.length) return names;
  const open = OPEN_AUTHOR_LABEL.exec(text);
  if (open) {
    const v = cleanUsername(open[1]!);
    if (v) return [v];
  }
  for (const re of POSTED_BY) {
    const m = re.exec(text);
    if (m) {
      const v = cleanUsername(m[1]!);
      if (v && !/[:：]/.test(v)) return [v];
    }
  }
  return [];
}

/** A line that is only one to three names (`胡平`, `赵延东、风笑天`) right under a title is the byline. */
export function nameOnlyLine(text: string): string[] | null {
  const t = text.replace(/^[（(【\[]\s*|\s*[)）】\]]$/g, '').trim();
  if (!t || t.length > 16 || !/^[\u4e00-\u9fff·\s、，,]+$/.test(t)) return null;
  const names = splitNames(t);
  if (!names || names.length > 3 || !names.every(looksLikeName)) return null;
  return names;
}

export interface TrailingByline {
  names: string[];
  /** The byline leaves the body text (always, for the forms recognised here: the spec's `(记者王琦李稹)`, and
   *  `（李桂菊）`, `（姚峰 上海报道）` alike). */
  remove: boolean;
  /** Offset in the paragraph text where the byline starts. */
  index: number;
}

/** `…落到实处。(记者王琦李稹)` at the end of the last paragraph, or the whole last paragraph. */
export function trailingByline(text: string): TrailingByline | null {
  const m = TRAILING_PAREN.exec(text);
  if (!m) return null;
  const inner = m[1]!.trim();
  const labelled = labelledAuthors(inner);
  if (labelled.length) return { names: labelled, remove: true, index: m.index! };
  // `（姚峰 上海报道）`: names then a place and 报道.
  const reported = /^([\u4e00-\u9fff\s、，,]{2,16}?)\s+\S{2,8}报道$/.exec(inner);
  if (reported) {
    const names = nameOnlyLine(reported[1]!);
    if (names) return { names, remove: true, index: m.index! };
  }
  const names = nameOnlyLine(inner);
  if (names) return { names, remove: true, index: m.index! };
  return null;
}

export function datelineAuthors(text: string): string[] {
  const m = DATELINE.exec(text) ?? DATELINE_BARE.exec(text);
  return m ? labelledAuthors(m[1]!) : [];
}

/** A meta author that is a person, not a publisher or a template placeholder. */
export function metaAuthor(metas: Map<string, string>): string[] {
  for (const key of ['author', 'citation_author', 'citation_authors', 'article:author', 'dc.creator']) {
    const v = metas.get(key)?.trim();
    if (!v || /@|https?:|www\.|网|社|出版|公司|报|站|频道|中心|集团|publisher|,\s*\w|^name/i.test(v) || v.length > 24) continue;
    const han = v.replace(/\s+/g, '');
    if (isAllHan(han)) {
      const names = splitNames(v.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '').trim());
      if (names?.length) return names;
      continue;
    }
    const u = cleanUsername(v);
    if (u) return [u];
  }
  return [];
}
