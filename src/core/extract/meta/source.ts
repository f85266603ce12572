// The source (来源), in order of trust: the era rule's source element, a 来源 label among the lines
// around the body, an element marked as the source by its class (the mobile template prints
// `<span class="source">浙江日报</span>` with no label), the news organisation of an opening dateline
// (`浙江在线12月13日讯`, `新华社北京3月3日电`), or what the page's era knows (e-papers: the paper named in
// <title>). A closing `（来源：…）` note in the last paragraph is read by the author reader, which cuts it
// off the text.
import { NO_NAME, SOURCE_LABEL, SOURCE_PREFIX } from '../../rules/bylines';
import { findDates } from '../../text/dates';
import { normalizeText } from '../../text/chars';
import { tokensOf } from '../../clean/ads/index';
import { lineText } from '../blocks';
import type { Line } from '../lines';
import { firstText, type MetaInput } from './context';
import { eraBehaviour } from '../../eras/index';

export const MAX_SOURCE_CHARS = 30;
/** Source values that name no source (`来源：转载文章` on a yahoo page whose footer says `来源：新闻晨报`). */
const NO_SOURCE = /^(转载|转载文章|网络|互联网|网友|网络转载|其他|其它|未知)$/;
/** A closing note naming the source: `…（来源：中国共产党新闻网）`. */
export const SOURCE_NOTE = /[（(]\s*(?:来源|稿源|出处|本文来源)\s*[:：][^（）()]{1,30}[)）]\s*$/;

export function sourceIn(text: string): string | null {
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

export function readSource(m: MetaInput, headTexts: readonly string[], tailTexts: readonly string[]): string | null {
  const { doc, rule } = m;
  let source: string | null = null;
  const ruleSource = firstText(doc, rule?.selectors.source, (x) => SOURCE_LABEL.test(x) || !findDates(x).length);
  if (ruleSource) source = sourceIn(ruleSource) ?? (SOURCE_LABEL.test(ruleSource) ? null : ruleSource.slice(0, MAX_SOURCE_CHARS));
  for (const t of [...headTexts, ...tailTexts]) {
    if (source) break;
    source = sourceIn(t);
  }
  source ??= markedSource(m);
  source ??= datelineSource(m.body);
  source ??= eraBehaviour(rule?.era).source?.(m) ?? null;
  return source;
}

/** Class or id words that mark an element as the source line's value. */
const SOURCE_TOKENS: ReadonlySet<string> = new Set(['source', 'laiyuan']);

/** An element among the head lines (title to body) whose class or id says it is the source. */
function markedSource(m: MetaInput): string | null {
  for (let i = Math.max(0, m.titleLine + 1); i < m.bodyStart; i++) {
    const line = m.lines[i]!;
    if (line.image) continue;
    for (const node of line.nodes) {
      for (let el = node.parentElement, depth = 0; el && depth < 3 && el !== line.owner.parentElement; el = el.parentElement, depth++) {
        if (![...tokensOf(el.getAttribute('class')), ...tokensOf(el.getAttribute('id'))].some((t) => SOURCE_TOKENS.has(t))) continue;
        const text = normalizeText(el.textContent ?? '');
        const value = sourceIn(text) ?? (SOURCE_LABEL.test(text) ? null : cleanValue(text));
        if (value) return value;
      }
    }
  }
  return null;
}

/** A bare source value: short, not a date, not a placeholder. */
function cleanValue(text: string): string | null {
  const v = text.replace(SOURCE_PREFIX, '').trim();
  if (!v || v.length > MAX_SOURCE_CHARS || /\s/.test(v) || findDates(v).length || NO_NAME.test(v) || NO_SOURCE.test(v)) return null;
  return v;
}

/**
 * The organisation an opening dateline names: `浙江在线12月13日讯`, `新华社北京3月3日电（记者…）`,
 * `中新网杭州5月1日电`. `本报`/`本台`/`本网` ("this paper") name no one: the page's era or label must.
 */
const DATELINE_SOURCE = /^\s*(?:据)?([\u4e00-\u9fff]{1,8}?(?:通讯社|社|网|在线|日报|晚报|报|电视台|台|客户端|新闻))(?:[\u4e00-\u9fff]{2,4})?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日\s*(?:电|讯)/;
const SELF = /^本(?:报|台|网|刊)$/;

function datelineSource(body: readonly Line[]): string | null {
  const first = body.find((l) => !l.image);
  const m = first ? DATELINE_SOURCE.exec(lineText(first)) : null;
  return m && !SELF.test(m[1]!) ? m[1]! : null;
}
