// E-paper pages (`<paper>.zjol.com.cn/html/YYYY-MM/DD/content_N.htm`) print neither a date nor a
// source line: the address carries the date, and <title> names the paper (`浙江日报 - 标题`).
import type { EraBehaviour } from './index';
import type { MetaInput } from '../extract/meta/context';
import { MAX_SOURCE_CHARS } from '../extract/meta/source';
import { titleSegments } from '../extract/title';
import { compact, normalizeText } from '../text/chars';
import { dateFromUrl } from '../text/dates';

function paperFromTitle(m: MetaInput): string | null {
  const segments = titleSegments(normalizeText(m.doc.querySelector('title')?.textContent ?? ''));
  const site = segments.find((s) => compact(s) !== compact(m.title) && !compact(m.title).includes(compact(s)));
  return site && site.length <= MAX_SOURCE_CHARS ? site : null;
}

export const epaper: EraBehaviour = {
  date: (m) => dateFromUrl(m.url),
  source: paperFromTitle,
};
