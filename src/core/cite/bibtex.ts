// BibTeX for biblatex: `@online` for a page of a news website, `@article` with `entrysubtype = {newspaper}` for a
// page of an e-paper (the newspaper itself). Fields: author (persons joined by `and`; a responsible organisation
// in double braces, so it is never split into names), title, journaltitle or organization, date, url, urldate.
import { accessDate, citedWork } from './work';
import type { Article } from '../types';

const SPECIAL = /[\\{}%&$#_^~]/g;
const ESCAPED: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

export function bibEscape(text: string): string {
  return text.replace(SPECIAL, (ch) => ESCAPED[ch]!);
}

/** A URL field is read verbatim by biblatex; only what would unbalance the entry is escaped. */
function bibUrl(url: string): string {
  return url.replace(/[{}]/g, (ch) => encodeURIComponent(ch));
}

/** `zjol2007-008321467`: the site, the year, the page's number (else a short hash of its address). */
export function bibKey(siteKey: string, date: string | null, url: string): string {
  const id = /(\d{5,})(?!.*\d{5,})/.exec(url)?.[1];
  let hash = 5381;
  for (let i = 0; i < url.length; i++) hash = ((hash * 33) ^ url.charCodeAt(i)) >>> 0;
  return `${siteKey.replace(/[^A-Za-z0-9]/g, '')}${date?.slice(0, 4) ?? 'nd'}-${id ?? hash.toString(36)}`;
}

export function citeBibtex(article: Article, accessed: string): string {
  const work = citedWork(article);
  const day = accessDate(accessed);
  const fields: [string, string][] = [];
  if (work.authors.length) fields.push(['author', work.authors.map(bibEscape).join(' and ')]);
  else if (work.source) fields.push(['author', `{${bibEscape(work.source)}}`]);
  fields.push(['title', bibEscape(work.title)]);
  if (work.subtitle) fields.push(['subtitle', bibEscape(work.subtitle)]);
  if (work.kind === 'newspaper') {
    fields.push(['entrysubtype', 'newspaper'], ['journaltitle', bibEscape(work.container)]);
  } else {
    fields.push(['organization', bibEscape(work.container)]);
  }
  if (work.date) fields.push(['date', work.date]);
  fields.push(['url', bibUrl(work.url)], ['urldate', day]);
  const type = work.kind === 'newspaper' ? 'article' : 'online';
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`).join(',\n');
  return `@${type}{${bibKey(work.siteKey, work.date, work.url)},\n${body},\n}`;
}
