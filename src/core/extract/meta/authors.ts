// The authors, and the byline lines that leave the body with them: the era rule's author element,
// labelled names in the head, a name-only line under the title, opening datelines and byline lines,
// forum stamps, and the byline that closes the body (`…(记者王琦李稹)`, `□ 本报记者 葛灵丹`).
import { NO_NAME, POSTED_BY } from '../../rules/bylines';
import { findDates } from '../../text/dates';
import { looksLikeName, splitNames } from '../../text/names';
import { lineText } from '../blocks';
import { SENTENCE_MARK } from '../body';
import type { Line } from '../lines';
import { firstText, type MetaInput } from './context';
import { cleanUsername, datelineAuthors, isPhotoCredit, labelledAuthors, lineAuthors, metaAuthor, nameOnlyLine, trailingByline } from './names';
import { SOURCE_NOTE, sourceIn } from './source';

/** Bylines sit in the last few lines of the body (`□ 本报记者 葛灵丹`, then `(责编：…)`, then a share icon). */
export const LAST_BODY_LINES = 3;
/** A byline line on its own is short. */
const BYLINE_MAX_CHARS = 40;
const STAMP_MAX_CHARS = 80;
/** Bylines and datelines open the body within its first few lines (under a subtitle or a column tag). */
const OPENING_LINES = 4;

export interface Authors {
  authors: string[];
  /** Body lines that turned out to be bylines and leave the body. */
  drop: Set<Line>;
  /** The last body line ends in a labelled byline (or source note) cut off the text at this offset. */
  cutLast: { line: Line; index: number } | null;
  /** The source a closing `（来源：…）` note names. */
  noteSource: string | null;
}

export function readAuthors(m: MetaInput, head: readonly Line[], headTexts: readonly string[], tailAll: readonly string[], metas: () => Map<string, string>): Authors {
  const drop = new Set<Line>();
  let cutLast: Authors['cutLast'] = null;
  let noteSource: string | null = null;
  const authors: string[] = [];
  const add = (names: readonly string[]): void => {
    for (const n of names) if (!authors.includes(n)) authors.push(n);
  };
  const ruleAuthor = firstText(m.doc, m.rule?.selectors.author);
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
    if (line.chars > BYLINE_MAX_CHARS || SENTENCE_MARK.test(line.text) || isPhotoCredit(line.text)) continue;
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
  const textLines = m.body.filter((l) => !l.image);
  const lastBodies = textLines.slice(-LAST_BODY_LINES).reverse();
  // Names are gathered from the last line backwards (where the byline is cut decides what is text), then
  // added in the order they are printed: `本报记者 李震宇` / `通讯员 王飞超 摄` gives 李震宇, 王飞超.
  const closing: string[][] = [];
  lastBodies.forEach((line, k) => {
    let text = lineText(line);
    let cutAt = -1;
    // `…（作者系…助理） （来源：中国共产党新闻网）`: a closing source note leaves the text for `source`.
    const note = k === 0 ? SOURCE_NOTE.exec(text) : null;
    if (note) {
      noteSource ??= sourceIn(note[0].replace(/^[（(]|[)）]$/g, ''));
      cutAt = note.index;
      text = text.slice(0, note.index).trimEnd();
    }
    // A photo credit is its picture's caption, unless it continues the byline printed above it
    // (`本报记者 李震宇` / `通讯员 王飞超 摄` closing a photo news item): then it is the byline's last line.
    const above = lastBodies[k + 1];
    const credit = isPhotoCredit(text) && !(above && isBylineOnly(lineText(above)));
    const tb = credit ? null : trailingByline(text);
    if (tb) {
      closing.push(tb.names);
      if (tb.remove) cutAt = tb.index;
    } else if (!credit && line.chars <= BYLINE_MAX_CHARS && !SENTENCE_MARK.test(text)) {
      // A line that is only a byline: `新京报记者 彭冲 山东冠县报道`, `□ 本报记者 葛灵丹`.
      const names = labelledAuthors(text);
      if (names.length) {
        closing.push(names);
        cutAt = 0;
      }
    }
    if (cutAt === 0) drop.add(line);
    else if (cutAt > 0 && k === 0) cutLast = { line, index: cutAt };
  });
  for (const names of closing.reverse()) add(names);
  if (!authors.length) for (const t of tailAll) if (!authors.length) add(lineAuthors(t));
  if (!authors.length) add(metaAuthor(metas()));
  // A photo story or gallery (pictures carry it: one for every two paragraphs or fewer) that names nobody
  // for its text is the photographers' (`新华社记者 张玉薇 摄` under the picture); their credits stay in the
  // captions. Under a text article's pictures or video a credit names no author.
  const pictures = m.body.filter((l) => l.image?.localName === 'img').length;
  if (!authors.length && pictures * 2 >= textLines.length - pictures) {
    for (const line of textLines) if (line.chars <= BYLINE_MAX_CHARS && isPhotoCredit(lineText(line))) add(labelledAuthors(lineText(line)));
  }
  return { authors, drop, cutLast, noteSource };
}

/** A short line of labelled names only: `本报记者 李震宇`, `□ 本报记者 葛灵丹`. */
function isBylineOnly(text: string): boolean {
  return text.length <= BYLINE_MAX_CHARS && !SENTENCE_MARK.test(text) && !isPhotoCredit(text) && labelledAuthors(text).length > 0;
}
