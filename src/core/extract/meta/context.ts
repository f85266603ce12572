// What every metadata reader gets: the page, its era rule, and the lines around the body. Chinese
// pages rarely carry <meta>/JSON-LD, so the in-page forms come first: the lines between the title and
// the body ("head"), the first and last body paragraphs (datelines, trailing bylines) and the lines
// right after the body ("tail").
import type { EraRule } from '../../rules/eras';
import { normalizeText } from '../../text/chars';
import type { Line } from '../lines';
import { selectAll } from '../../select';

/** Head lines looked at before the body when no title line was found. */
export const HEAD_LINES_WITHOUT_TITLE = 12;
const MAX_HEAD_LINES = 30;
/** Lines after the body read for bylines, editors and forum stamps. */
const TAIL_LINES = 8;
const ABOVE_TITLE_LINES = 10;

export interface MetaInput {
  doc: Document;
  url: string;
  rule: EraRule | null;
  lines: readonly Line[];
  titleLine: number;
  head: readonly Line[];
  body: readonly Line[];
  tail: readonly Line[];
  bodyStart: number;
  bodyEnd: number;
  title: string;
}

/** The text of the first element a selector list finds (that `accept` takes, when given). */
export function firstText(doc: Document, selectors: readonly string[] | undefined, accept?: (t: string) => boolean): string | null {
  for (const sel of selectors ?? []) {
    for (const el of selectAll(doc, sel)) {
      const t = normalizeText(el.textContent ?? '');
      if (t && (!accept || accept(t))) return t;
    }
  }
  return null;
}

/** Lines between the title and the body (the last MAX_HEAD_LINES of them), or before the body without a title. */
export function headLines(m: MetaInput): Line[] {
  const from = Math.max(m.titleLine >= 0 ? m.titleLine + 1 : m.bodyStart - HEAD_LINES_WITHOUT_TITLE, m.bodyStart - MAX_HEAD_LINES, 0);
  const out: Line[] = [];
  for (let i = from; i < m.bodyStart; i++) out.push(m.lines[i]!);
  for (const l of m.head) if (l.index > m.titleLine && l.index < from) out.push(l);
  return out.sort((a, b) => a.index - b.index);
}

/** Lines just above the title: forum post headers and e-paper date bars sit there. */
export function aboveTitle(m: MetaInput): Line[] {
  const out: Line[] = [];
  const end = m.titleLine >= 0 ? m.titleLine : Math.max(0, m.bodyStart - HEAD_LINES_WITHOUT_TITLE);
  for (let i = Math.max(0, end - ABOVE_TITLE_LINES); i < end; i++) out.push(m.lines[i]!);
  return out;
}

export function tailLines(m: MetaInput): Line[] {
  const out = [...m.tail];
  for (let i = m.bodyEnd; i < Math.min(m.lines.length, m.bodyEnd + TAIL_LINES); i++) if (!m.tail.includes(m.lines[i]!)) out.push(m.lines[i]!);
  return out.filter((l) => !l.image).sort((a, b) => a.index - b.index);
}

/** <meta> name/property → content, read once (lower-cased keys). */
export function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? m.getAttribute('itemprop'))?.toLowerCase();
    const content = m.getAttribute('content');
    if (key && content && !out.has(key)) out.set(key, content);
  }
  return out;
}
