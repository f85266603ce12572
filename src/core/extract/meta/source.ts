// The source (来源): the era rule's source element, a 来源 label among the lines around the body, or
// what the page's era knows (e-papers: the paper named in <title>). A closing `（来源：…）` note in the last paragraph is read by the
// author reader, which cuts it off the text.
import { NO_NAME, SOURCE_LABEL, SOURCE_PREFIX } from '../../rules/bylines';
import { findDates } from '../../text/dates';
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
  source ??= eraBehaviour(rule?.era).source?.(m) ?? null;
  return source;
}
