// Article metadata read from the page, one reader per field (date, source, authors, editor, channel,
// subtitle), each in its own file. This file gathers the lines they share and puts the answers together.
import { compact } from '../../text/chars';
import { lineText } from '../blocks';
import type { Line } from '../lines';
import { readAuthors, LAST_BODY_LINES } from './authors';
import { readChannel } from './channel';
import { firstText, headLines, metaTags, tailLines, type MetaInput } from './context';
import { readDate } from './date';
import { readEditor } from './editor';
import { readSource } from './source';
import { subtitleNearTitle } from './subtitle';

export type { MetaInput } from './context';

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

export function readMetadata(m: MetaInput): Metadata {
  const sel = m.rule?.selectors;
  const head = headLines(m);
  const tail = tailLines(m);
  const headTexts = head.filter((l) => !l.image).map(lineText);
  const tailTexts = tail.filter((l) => l.linkChars <= l.chars / 2).map(lineText);
  // Blog footers put the stamp in a link (`由海姑娘张贴 @ <a>2005-06-14 03:25:55</a>`): read all tail lines for names.
  const tailAll = tail.map(lineText);
  let metas: Map<string, string> | null = null;
  const getMetas = (): Map<string, string> => (metas ??= metaTags(m.doc));

  const date = readDate(m, head, tail, getMetas);
  const { authors, drop, cutLast, noteSource } = readAuthors(m, head, headTexts, tailAll, getMetas);
  const source = readSource(m, headTexts, tailTexts) ?? noteSource;
  const lastBody = m.body.filter((l) => !l.image).slice(-LAST_BODY_LINES).reverse()[0];
  const editor = readEditor(m, [...tailTexts, ...(lastBody ? [lineText(lastBody)] : []), ...headTexts]);
  const subtitle = firstText(m.doc, sel?.subtitle) ?? subtitleNearTitle(m);
  return {
    date,
    source,
    authors,
    editor,
    channel: readChannel(m.doc, m, sel?.channelLinks, sel?.breadcrumb),
    subtitle: subtitle && compact(subtitle) !== compact(m.title) ? subtitle : null,
    drop,
    cutLast,
  };
}
