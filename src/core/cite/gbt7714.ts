// GB/T 7714-2015 (信息与文献 参考文献著录规则) for a news item read on the web, §4.4 and §8:
//
//   主要责任者. 题名: 其他题名信息[N/OL]. 报纸名或网站名, 出版日期[引用日期]. 获取和访问路径.
//
// - §8.1.1 personal names family name first; Latin names as `FAMILY G` (initials without points).
// - §8.1.2 up to three responsible persons are all given; more than three: the first three, then `, 等`
//   (`, et al.` after a Latin name).
// - §8.1.4 no responsible person: the responsible organisation (the source, 新华社…) stands there, else `佚名`.
// - A page that prints no date keeps only the citation date after the site name: `浙江在线[2026-01-01]`.
// The standard writes its separators as ASCII punctuation followed by a space, which is kept here.
import { accessDate, citedWork } from './work';
import { initials, latinName } from './names';
import type { Article } from '../types';

export const GBT_MAX_AUTHORS = 3;
export const GBT_ANONYMOUS = '佚名';

function gbtName(name: string): string {
  const latin = latinName(name);
  if (!latin) return name.trim();
  return [latin.family.toUpperCase(), ...initials(latin.given)].join(' ');
}

/** The responsible-person part, without its closing `. `. */
export function gbtAuthors(authors: readonly string[], source: string | null): string {
  if (authors.length === 0) return source ?? GBT_ANONYMOUS;
  const shown = authors.slice(0, GBT_MAX_AUTHORS).map(gbtName);
  if (authors.length > GBT_MAX_AUTHORS) shown.push(latinName(authors[0]!) ? 'et al.' : '等');
  return shown.join(', ');
}

export function citeGbt7714(article: Article, accessed: string): string {
  const work = citedWork(article);
  const day = accessDate(accessed);
  const title = work.subtitle ? `${work.title}: ${work.subtitle}` : work.title;
  const published = work.date ? `${work.container}, ${work.date}` : work.container;
  const authors = gbtAuthors(work.authors, work.source);
  return `${authors}${authors.endsWith('.') ? ' ' : '. '}${title}[N/OL]. ${published}[${day}]. ${work.url}.`;
}
