// APA 7 (§10.2, news articles and webpages on news websites):
//
//   Author, A. A., & Author, B. B. (2019, March 13). Title of the article. Site or Newspaper Name. URL
//
// - Chinese names stay as written; Latin names as `Family, G. G.`.
// - Two authors joined with `&`; up to 20 all listed, `&` before the last; 21 or more: the first 19, `. . .`, the last.
// - No person named: the source as group author (omitted again as site name when it is the site), else the
//   title moves to the author's place.
// - No date: `(n.d.)`, and then a retrieval date, since an undated page may change (§9.16).
// Italics (the title of a webpage, the name of a newspaper) cannot be carried by plain text and are left out.
import { initials, latinName } from './names';
import { accessDate, citedWork } from './work';
import type { Article } from '../types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const APA_MAX_AUTHORS = 20;

function apaName(name: string): string {
  const latin = latinName(name);
  if (!latin) return name.trim();
  const given = initials(latin.given).map((i) => `${i.split('-').join('.-')}.`);
  return given.length ? `${latin.family}, ${given.join(' ')}` : latin.family;
}

export function apaAuthors(authors: readonly string[]): string {
  const names = authors.map(apaName);
  if (names.length === 1) return names[0]!;
  // The comma before `&` belongs to an inverted name (`Smith, J., & Lee, K.`); a name as written takes none.
  if (names.length === 2) return `${names[0]}${latinName(authors[0]!) ? ',' : ''} & ${names[1]}`;
  if (names.length <= APA_MAX_AUTHORS) return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
  return `${names.slice(0, APA_MAX_AUTHORS - 1).join(', ')}, . . . ${names[names.length - 1]}`;
}

function apaDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${y}, ${MONTHS[m - 1]} ${d}`;
}

/** A full stop after a part, unless it already ends in one (or in ? !). */
const closed = (part: string): string => (/[.?!。？！]$/.test(part) ? part : `${part}.`);

export function citeApa(article: Article, accessed: string): string {
  const work = citedWork(article);
  const day = accessDate(accessed);
  const title = work.subtitle ? `${work.title}: ${work.subtitle}` : work.title;
  const date = work.date ? `(${apaDate(work.date)}).` : '(n.d.).';
  const group = work.authors.length === 0 ? work.source : null;
  const author = work.authors.length ? apaAuthors(work.authors) : group;
  const site = group && group === work.container ? '' : ` ${closed(work.container)}`;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const retrieved = work.date ? work.url : `Retrieved ${MONTHS[m - 1]} ${d}, ${y}, from ${work.url}`;
  if (!author) return `${closed(title)} ${date}${site} ${retrieved}`;
  return `${closed(author)} ${date} ${closed(title)}${site} ${retrieved}`;
}
