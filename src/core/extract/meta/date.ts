// The publication date: the era rule's date element, the lines around the title, <meta>, <time> and
// JSON-LD, the URL, then the lines after the body and above the title, in that order of trust.
import { DATE_LABEL } from '../../rules/bylines';
import { dateFromUrl, findDates } from '../../text/dates';
import { lineText } from '../blocks';
import type { Line } from '../lines';
import { aboveTitle, firstText, type MetaInput } from './context';
import { eraBehaviour } from '../../eras/index';

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


export function readDate(m: MetaInput, head: readonly Line[], tail: readonly Line[], metas: () => Map<string, string>): string | null {
  let date: string | null = eraBehaviour(m.rule?.era).date?.(m) ?? null;
  date ??= (() => {
    const t = firstText(m.doc, m.rule?.selectors.date, (x) => findDates(x).length > 0);
    return t ? findDates(t)[0]!.iso : null;
  })();
  date ??= datesIn(head);
  date ??= datesIn(m.head);
  date ??= metaDate(m.doc, metas());
  date ??= dateFromUrl(m.url);
  date ??= datesIn(tail);
  date ??= datesIn(aboveTitle(m));
  return date;
}
