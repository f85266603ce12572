// One extractor's output on one page → the scored fields of a PageOutcome (table.ts).
import { charF1 } from '../test/helpers/char-f1';
import { bodyProblems, dayOf, namesOf, sameDay, sameNames, sameTitle } from './metrics';

/** What an extractor said, made comparable (extractors.mjs `normalise`). */
export interface Normalised {
  body: string;
  title: unknown;
  /** Any date notation; only its day is compared. */
  date: unknown;
  /** Our list of names, or a rival's byline string. */
  authors: unknown;
}

export interface GoldPage {
  gold: string;
  want: { title: string | null; date: string | null; authors: string[] | null };
}

export function scorePage(page: GoldPage, out: Normalised, options: { hygiene?: boolean } = {}) {
  const { precision, recall, f1 } = charF1(out.body, page.gold);
  const names = namesOf(out.authors);
  return {
    f1,
    precision,
    recall,
    title: sameTitle(out.title, page.want.title ?? undefined),
    date: sameDay(out.date, page.want.date),
    authors: page.want.authors === null ? null : sameNames(names, page.want.authors),
    got: { title: typeof out.title === 'string' ? out.title : null, date: dayOf(out.date), authors: names },
    want: page.want,
    problems: options.hygiene ? bodyProblems(out.body, page.gold) : [],
  };
}
