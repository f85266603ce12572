// Article metadata read from the page: date, source, authors, editor, channel, other pages. Chinese pages rarely
// carry <meta>/JSON-LD, so the in-page forms come first: the lines between the title and the body ("head"),
// the first and last body paragraphs (datelines, trailing bylines) and the lines right after the body ("tail").
import type { EraRule } from '../rules/eras';
import {
  AUTHOR_LABEL_SOURCE, BREADCRUMB_LABEL, BREADCRUMB_SEPARATOR, BREADCRUMB_TAIL, DATE_LABEL, DATELINE, EDITOR_LABEL,
  NO_NAME, OPEN_AUTHOR_LABEL, PHOTO_CREDIT, POSTED_BY, TEXT_CREDIT, SITE_ROOT_CRUMB, SOURCE_LABEL, SOURCE_PREFIX, TRAILING_PAREN,
} from '../rules/bylines';
import { compact, isAllHan, normalizeText } from '../text/chars';
import { dateFromUrl, findDates } from '../text/dates';
import { looksLikeName, splitNames } from '../text/names';
import { lineText } from './blocks';
import { titleSegments } from './title';
import type { Line } from './lines';
import { selectAll } from '../select';

/** Head lines looked at before the body when no title line was found. */
const HEAD_LINES_WITHOUT_TITLE = 12;
const MAX_HEAD_LINES = 30;
/** Lines after the body read for bylines, editors and forum stamps. */
const TAIL_LINES = 8;
const ABOVE_TITLE_LINES = 10;
/** Bylines sit in the last few lines of the body (`□ 本报记者 葛灵丹`, then `(责编：…)`, then a share icon). */
const LAST_BODY_LINES = 3;
const MAX_SOURCE_CHARS = 30;
/** Source values that name no source (`来源：转载文章` on a yahoo page whose footer says `来源：新闻晨报`). */
const NO_SOURCE = /^(转载|转载文章|网络|互联网|网友|网络转载|其他|其它|未知)$/;
const MAX_CRUMB_CHARS = 20;
/** A byline line on its own is short. */
const BYLINE_MAX_CHARS = 40;
const STAMP_MAX_CHARS = 80;
const SOURCE_NOTE = /[（(]\s*(?:来源|稿源|出处|本文来源)\s*[:：][^（）()]{1,30}[)）]\s*$/;
/** Bylines and datelines open the body within its first few lines (under a subtitle or a column tag). */
const OPENING_LINES = 4;

const AUTHOR_LABEL_RE = new RegExp(AUTHOR_LABEL_SOURCE, 'g');
const NAME_RUN = /^\s*[:：]?\s*([\u4e00-\u9fff·]{2,12}(?:[\s\u3000、，,]+[\u4e00-\u9fff·]{2,12})*)/;
const LABEL_TOKEN = new RegExp(`^${AUTHOR_LABEL_SOURCE}$|^(摄影?|报道|编辑|责编|发自\\S*|电|讯)$`);
/** Words that follow a label but are not names: `作者单位`, `作者简介`, `记者博客`, `记者从…获悉`. */
const NOT_NAMES = /^(单位|简介|介绍|声明|信息|联系|博客|专栏|文章|来源|提供|本人|获悉|了解|注意|发现|看到|采访|调查|走访|手记|观察|视角|感言|附记)/;
/** Words that end a name run written without spaces: `罗科苏盈发自北京`, `徐睿翔报道`. */
const RUN_TERMINATOR = /(发自|报道|摄影|采写|整理|供图|制图|综合|编译|通讯员|记者)/;

function firstText(doc: Document, selectors: readonly string[] | undefined, accept?: (t: string) => boolean): string | null {
  for (const sel of selectors ?? []) {
    for (const el of selectAll(doc, sel)) {
      const t = normalizeText(el.textContent ?? '');
      if (t && (!accept || accept(t))) return t;
    }
  }
  return null;
}

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

function isPhotoCredit(text: string): boolean {
  return PHOTO_CREDIT.test(text) && !TEXT_CREDIT.test(text);
}

function cleanUsername(v: string): string | null {
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
  const m = DATELINE.exec(text);
  return m ? labelledAuthors(m[1]!) : [];
}

/** <meta> name/property → content, read once (lower-cased keys). */
function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop'))?.toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !out.has(key)) out.set(key, content);
  }
  return out;
}

/** A meta author that is a person, not a publisher or a template placeholder. */
function metaAuthor(metas: Map<string, string>): string[] {
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

const META_DATE_KEYS = [
  'article:published_time', 'pubdate', 'publishdate', 'publish_date', 'citation_date', 'citation_publication_date',
  'dc.date', 'datepublished', 'og:release_date', 'date',
];

function metaDate(doc: Document, metas: Map<string, string>): string | null {
  for (const key of META_DATE_KEYS) {
    const v = metas.get(key);
    const d = v ? findDates(v)[0] : undefined;
    if (d) return d.iso;
  }
  const times = doc.getElementsByTagName('time');
  for (let i = 0; i < times.length; i++) {
    const v = times[i]!.getAttribute('datetime');
    const d = v ? findDates(v)[0] : undefined;
    if (d) return d.iso;
  }
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    if (scripts[i]!.getAttribute('type') !== 'application/ld+json') continue;
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(scripts[i]!.textContent ?? '');
    const dd = m ? findDates(m[1]!)[0] : undefined;
    if (dd) return dd.iso;
  }
  return null;
}

/** The date of a set of lines: a labelled date first, then the first date; dates inside link text are other
 *  articles' (related headlines), so link lines are skipped. */
function datesIn(lines: readonly Line[]): string | null {
  let first: string | null = null;
  for (const line of lines) {
    if (line.image || line.linkChars > line.chars / 2) continue;
    const text = lineText(line);
    const dates = findDates(text);
    if (!dates.length) continue;
    const label = DATE_LABEL.exec(text);
    if (label) {
      const after = dates.find((d) => d.index >= label.index);
      if (after) return after.iso;
    }
    first ??= dates[0]!.iso;
  }
  return first;
}

function sourceIn(text: string): string | null {
  const m = SOURCE_LABEL.exec(text);
  if (!m) return null;
  let v = text.slice(m.index + m[0].length);
  v = v.split(/\s{2,}|[|｜]|\s+(?=(?:作者|编辑|责任编辑|责编|记者|时间|日期|发布|点击|浏览|阅读|字号|分享|评论)\b)|\s+(?=\S{1,6}[:：])|\s(?=\d{4}[-年/.])/)[0] ?? '';
  v = v.replace(/^[\[【(（\s]+|[\]】)）\s]+$/g, '').replace(/\s*[\[【(（]\s*|\s*[\]】)）]\s*/g, ' ').trim();
  v = v.split(/\s+/)[0] ?? '';
  v = v.replace(SOURCE_PREFIX, '').replace(/^[－\-—–]+/, '');
  if (!v || v.length > MAX_SOURCE_CHARS || findDates(v).length || NO_NAME.test(v) || NO_SOURCE.test(v)) return null;
  return v;
}

function editorIn(text: string): string | null {
  const m = EDITOR_LABEL.exec(text);
  if (!m) return null;
  const v = m[1]!.replace(/[_\s]*[A-Z]{1,4}\d{2,}$/, '').trim(); // sina's `杨倩_NF4425` editor codes
  return v && !NO_NAME.test(v) ? v : null;
}

export interface MetaInput {
  doc: Document;
  url: string;
  rule: EraRule | null;
  lines: readonly Line[];
  titleLine: number;
  head: readonly Line[];
  body: readonly Line[];
  tail: readonly Line[];
  bodyStart: number;
  bodyEnd: number;
  title: string;
}

export interface Metadata {
  date: string | null;
  source: string | null;
  authors: string[];
  editor: string | null;
  channel: string[];
  subtitle: string | null;
  /** Body lines that turned out to be bylines and leave the body. */
  drop: Set<Line>;
  /** The last body line ends in a labelled byline that is cut off the text at this offset. */
  cutLast: { line: Line; index: number } | null;
}

/** Lines between the title and the body (the last MAX_HEAD_LINES of them), or before the body without a title. */
function headLines(m: MetaInput): Line[] {
  const from = Math.max(m.titleLine >= 0 ? m.titleLine + 1 : m.bodyStart - HEAD_LINES_WITHOUT_TITLE, m.bodyStart - MAX_HEAD_LINES, 0);
  const out: Line[] = [];
  for (let i = from; i < m.bodyStart; i++) out.push(m.lines[i]!);
  for (const l of m.head) if (l.index > m.titleLine && l.index < from) out.push(l);
  return out.sort((a, b) => a.index - b.index);
}

/** Lines just above the title: forum post headers and e-paper date bars sit there. */
function aboveTitle(m: MetaInput): Line[] {
  const out: Line[] = [];
  const end = m.titleLine >= 0 ? m.titleLine : Math.max(0, m.bodyStart - HEAD_LINES_WITHOUT_TITLE);
  for (let i = Math.max(0, end - ABOVE_TITLE_LINES); i < end; i++) out.push(m.lines[i]!);
  return out;
}

function tailLines(m: MetaInput): Line[] {
  const out = [...m.tail];
  for (let i = m.bodyEnd; i < Math.min(m.lines.length, m.bodyEnd + TAIL_LINES); i++) if (!m.tail.includes(m.lines[i]!)) out.push(m.lines[i]!);
  return out.filter((l) => !l.image).sort((a, b) => a.index - b.index);
}

export function readMetadata(m: MetaInput): Metadata {
  const { doc, rule } = m;
  const sel = rule?.selectors;
  const head = headLines(m);
  const tail = tailLines(m);
  const headTexts = head.filter((l) => !l.image).map(lineText);
  const tailTexts = tail.filter((l) => l.linkChars <= l.chars / 2).map(lineText);
  // Blog footers put the stamp in a link (`由海姑娘张贴 @ <a>2005-06-14 03:25:55</a>`): read all tail lines for names.
  const tailAll = tail.map(lineText);
  const drop = new Set<Line>();
  let cutLast: Metadata['cutLast'] = null;

  // Date.
  let date: string | null = null;
  if (rule?.dateFromUrl) date = dateFromUrl(m.url);
  date ??= (() => {
    const t = firstText(doc, sel?.date, (x) => findDates(x).length > 0);
    return t ? findDates(t)[0]!.iso : null;
  })();
  date ??= datesIn(head);
  date ??= datesIn(m.head);
  let metas: Map<string, string> | null = null;
  const getMetas = (): Map<string, string> => (metas ??= metaTags(doc));
  date ??= metaDate(doc, getMetas());
  date ??= dateFromUrl(m.url);
  date ??= datesIn(tail);
  date ??= datesIn(aboveTitle(m));

  // Source.
  let source: string | null = null;
  const ruleSource = firstText(doc, sel?.source, (x) => SOURCE_LABEL.test(x) || !findDates(x).length);
  if (ruleSource) source = sourceIn(ruleSource) ?? (SOURCE_LABEL.test(ruleSource) ? null : ruleSource.slice(0, MAX_SOURCE_CHARS));
  for (const t of [...headTexts, ...tailTexts]) {
    if (source) break;
    source = sourceIn(t);
  }
  // E-paper pages print no source line: the paper is the site part of <title> (`浙江日报 - 标题`).
  if (!source && rule?.sourceFromTitle) source = siteNameFromTitle(doc, m.title);

  // Authors.
  const authors: string[] = [];
  const add = (names: readonly string[]): void => {
    for (const n of names) if (!authors.includes(n)) authors.push(n);
  };
  const ruleAuthor = firstText(doc, sel?.author);
  if (ruleAuthor) {
    const v = ruleAuthor.replace(/^(作者|记者)\s*[:：]\s*/, '');
    add(lineAuthors(ruleAuthor).length ? lineAuthors(ruleAuthor) : (splitNames(v) ?? (v && !NO_NAME.test(v) ? [v] : [])));
  }
  for (const t of headTexts) add(lineAuthors(t));
  // Portal date lines name the author in brackets: `2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]`.
  if (!authors.length) {
    for (const t of headTexts) {
      if (!findDates(t).length) continue;
      for (const b of t.matchAll(/[\[【]\s*([\u4e00-\u9fff]{2,4})\s*[\]】]/g)) if (looksLikeName(b[1]!)) add([b[1]!]);
    }
  }
  // A name-only line under the title: the head's first line, or a short body line before the first sentence.
  const opening = m.body.filter((l) => !l.image).slice(0, OPENING_LINES);
  if (!authors.length) {
    const firstHead = head.find((l) => !l.image && lineText(l));
    const names = firstHead ? nameOnlyLine(lineText(firstHead)) : null;
    if (names) add(names);
    else {
      for (const line of opening) {
        if (line.punct > 0 && line.chars > BYLINE_MAX_CHARS) break;
        const n2 = nameOnlyLine(lineText(line));
        if (n2) {
          add(n2);
          drop.add(line);
          break;
        }
      }
    }
  }
  for (const line of opening.slice(0, 2)) add(datelineAuthors(lineText(line)));
  // A line among the opening ones that is only a byline: `【新春走基层】` / `光明日报记者 王建宏 张文攀`,
  // `本报记者罗科苏盈发自北京` under a lead sentence.
  for (const line of opening) {
    if (line.chars > BYLINE_MAX_CHARS || /[。！？]/.test(line.text) || isPhotoCredit(line.text)) continue;
    const names = labelledAuthors(lineText(line));
    if (names.length) {
      add(names);
      drop.add(line);
    }
  }
  // Forum stamps inside the post area: `本贴由 大卫 于2005年8月12日16:12:21在〖 心灵体操 〗发表`.
  for (const line of m.body) {
    if (line.image || line.chars > STAMP_MAX_CHARS || !findDates(line.text).length) continue;
    const names = POSTED_BY.map((re) => re.exec(lineText(line))?.[1]).find((v) => v && cleanUsername(v));
    if (names) {
      if (!authors.length) add([cleanUsername(names)!]);
      drop.add(line);
    }
  }
  const lastBodies = m.body.filter((l) => !l.image).slice(-LAST_BODY_LINES).reverse();
  const lastBody = lastBodies[0];
  lastBodies.forEach((line, k) => {
    let text = lineText(line);
    let cutAt = -1;
    // `…（作者系…助理） （来源：中国共产党新闻网）`: a closing source note leaves the text for `source`.
    const note = k === 0 ? SOURCE_NOTE.exec(text) : null;
    if (note) {
      source ??= sourceIn(note[0].replace(/^[（(]|[)）]$/g, ''));
      cutAt = note.index;
      text = text.slice(0, note.index).trimEnd();
    }
    const credit = isPhotoCredit(text);
    const tb = credit ? null : trailingByline(text);
    if (tb) {
      add(tb.names);
      if (tb.remove) cutAt = tb.index;
    } else if (!credit && line.chars <= BYLINE_MAX_CHARS && !/[。！？]/.test(text)) {
      // A line that is only a byline: `新京报记者 彭冲 山东冠县报道`, `□ 本报记者 葛灵丹`.
      const names = labelledAuthors(text);
      if (names.length) {
        add(names);
        cutAt = 0;
      }
    }
    if (cutAt === 0) drop.add(line);
    else if (cutAt > 0 && k === 0) cutLast = { line, index: cutAt };
  });
  if (!authors.length) for (const t of tailAll) if (!authors.length) add(lineAuthors(t));
  if (!authors.length) add(metaAuthor(getMetas()));

  // Editor.
  let editor = firstText(doc, sel?.editor);
  if (editor) editor = editorIn(editor) ?? editor.replace(/^(责任编辑|编辑)\s*[:：]\s*/, '');
  for (const t of [...tailTexts, ...(lastBody ? [lineText(lastBody)] : []), ...headTexts]) {
    if (editor) break;
    editor = editorIn(t);
  }

  // Subtitle: only where markup says so (the rule's selector, or a subtitle class on a line by the title).
  const subtitle = firstText(doc, sel?.subtitle) ?? subtitleNearTitle(m);

  return {
    date,
    source,
    authors,
    editor: editor || null,
    channel: readChannel(doc, m, sel?.channelLinks, sel?.breadcrumb),
    subtitle: subtitle && compact(subtitle) !== compact(m.title) ? subtitle : null,
    drop,
    cutLast,
  };
}

function siteNameFromTitle(doc: Document, title: string): string | null {
  const segments = titleSegments(normalizeText(doc.querySelector('title')?.textContent ?? ''));
  const site = segments.find((s) => compact(s) !== compact(title) && !compact(title).includes(compact(s)));
  return site && site.length <= MAX_SOURCE_CHARS ? site : null;
}

const SUBTITLE_CLASS = /(^|[\s_-])(sub-?title|sub_title|subTit|fu_?title|fbt|futi)([\s_-]|$)/i;

function subtitleNearTitle(m: MetaInput): string | null {
  const from = Math.max(0, m.titleLine >= 0 ? m.titleLine - 2 : m.bodyStart - 6);
  for (let i = from; i < m.bodyStart && i < from + 8; i++) {
    const line = m.lines[i]!;
    if (line.image) continue;
    for (let el: Element | null = line.owner, d = 0; el && d < 2; el = el.parentElement, d++) {
      if (SUBTITLE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return lineText(line);
    }
  }
  return null;
}

function isRootLink(a: Element, base: string): boolean {
  if (SITE_ROOT_CRUMB.test(normalizeText(a.textContent ?? ''))) return true;
  try {
    return /^\/(index\.\w+)?$/i.test(new URL(a.getAttribute('href') ?? '', base).pathname);
  } catch {
    return false;
  }
}

/** The first crumb is the site root (浙江在线, 首页, 黄岩新闻网 …): channels are the crumbs under it. */
function cleanCrumbs(items: string[], title: string, dropRoot = true): string[] {
  let crumbs = items.map((s) => s.replace(BREADCRUMB_TAIL, '').trim()).filter(Boolean);
  if (dropRoot) crumbs = crumbs.slice(1);
  if (crumbs.length && compact(crumbs[crumbs.length - 1]!) === compact(title)) crumbs.pop();
  return crumbs.filter((c) => c.length <= MAX_CRUMB_CHARS);
}

/** Breadcrumb labels below the site root. TRS marks the current channel link (`a.CurrChnlCls`); elsewhere the
 *  text form `您当前的位置 :浙江在线 > 浙江新闻 > 浙江纵横 > 杭州 正文` is read from the lines above the body. */
export function readChannel(doc: Document, m: MetaInput, channelLinks?: readonly string[], breadcrumb?: readonly string[]): string[] {
  for (const sel of channelLinks ?? []) {
    const links = selectAll(doc, sel);
    // One marked link stands for its parent's breadcrumb (root included); several are the channel levels.
    if (links.length === 1 && links[0]!.parentElement) breadcrumb = [...(breadcrumb ?? []), sel];
    else if (links.length) {
      const crumbs = cleanCrumbs(links.map((a) => normalizeText(a.textContent ?? '')), m.title, false);
      if (crumbs.length) return crumbs;
    }
  }
  for (const sel of breadcrumb ?? []) {
    const links = selectAll(doc, sel);
    if (!links.length) continue;
    // TRS marks every channel level (`a.CurrChnlCls`), not the site root; a single marked link stands for its
    // parent's breadcrumb. The first link is the root when it points at the host's front page.
    const parent = links.length === 1 ? links[0]!.parentElement : null;
    const all = parent ? Array.from(parent.querySelectorAll('a')) : links;
    const crumbs = cleanCrumbs(all.map((a) => normalizeText(a.textContent ?? '')), m.title, isRootLink(all[0]!, m.url));
    if (crumbs.length) return crumbs;
  }
  const limit = m.titleLine >= 0 ? m.titleLine : m.bodyStart;
  for (let i = 0; i < limit; i++) {
    const line = m.lines[i]!;
    if (line.image || line.chars > 120) continue;
    const text = lineText(line);
    const labelled = BREADCRUMB_LABEL.exec(text);
    const parts = text.replace(BREADCRUMB_LABEL, '').split(BREADCRUMB_SEPARATOR);
    if (parts.length < 2 || (!labelled && parts.length < 3) || parts.some((p) => p.length > MAX_CRUMB_CHARS * 2)) continue;
    // Items after the last crumb on the same line (`杭州 正文`, `| 打印`) are not channels.
    const last = parts[parts.length - 1]!.split(/\s+[|｜]|\s{2,}/)[0]!;
    parts[parts.length - 1] = last;
    const crumbs = cleanCrumbs(parts.map((p) => p.trim()), m.title);
    if (crumbs.length) return crumbs;
  }
  return [];
}
