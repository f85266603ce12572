// From the container's lines to Article blocks: paragraphs (with inline html), subheads, images (+ captions),
// tables. Which lines are body and which are chrome is decided in body.ts; this file only shapes them.
import type { Block } from '../types';
import { countChars, normalizeText } from '../text/chars';
import { inlineHtml, formattingChain } from './inline';
import { imageSource, type Line } from './lines';
import { absoluteHttpUrl } from './urls';
import { videoPoster, videoSource } from './media';

/** A <p> all in <strong> longer than this is a bold lead paragraph, not a subhead. */
export const SUBHEAD_MAX_CHARS = 50;
/** Caption paragraphs under images are short. */
export const CAPTION_MAX_CHARS = 120;
/** Table cells of data tables are short; a long cell means a layout table. */
const DATA_CELL_MAX_CHARS = 200;
const DATA_CELL_AVG_CHARS = 60;

const CAPTION_CLASS = /caption|pic[_-]?(txt|text|title|desc|note)|img[_-]?(txt|text|title|desc|note)|tuzhu|photo[_-]?(txt|text|desc)|figcaption/i;

/** Leading indents (full-width spaces, &nbsp;) and surrounding whitespace removed, runs collapsed. */
export function lineText(line: Line): string {
  return normalizeText(line.text);
}

function isCentred(el: Element | null): boolean {
  for (let p = el, depth = 0; p && depth < 3; p = p.parentElement, depth++) {
    const name = p.localName;
    if (name === 'center' || name === 'figcaption' || name === 'figure') return true;
    if ((p.getAttribute('align') ?? '').toLowerCase() === 'center') return true;
    if (/text-align\s*:\s*center/i.test(p.getAttribute('style') ?? '')) return true;
    if (CAPTION_CLASS.test(p.getAttribute('class') ?? '')) return true;
    if (name === 'p' || name === 'td' || name === 'li') break;
  }
  return false;
}

function isSubhead(line: Line, ranges: Map<Element, [number, number]>): boolean {
  if (line.heading >= 2 && line.heading <= 4) return line.chars <= SUBHEAD_MAX_CHARS * 2;
  if (line.chars > SUBHEAD_MAX_CHARS) return false;
  const owner = line.owner;
  if (owner.localName !== 'p' && owner.localName !== 'div' && owner.localName !== 'td') return false;
  const r = ranges.get(owner);
  if (!r || r[1] - r[0] !== 1) return false;
  for (const n of line.nodes) {
    if (n.nodeType !== 3 || countChars((n as Text).data) === 0) continue;
    const chain = formattingChain(n, owner);
    if (!chain.some((e) => e.localName === 'strong' || e.localName === 'b')) return false;
  }
  return true;
}

function cellText(cell: Element): string {
  return normalizeText(cell.textContent ?? '');
}

export interface TableRows {
  rows: string[][];
  /** The first row is headings: all its cells are <th>, or it sits in <thead>. */
  header: boolean;
}

/** Rows of a data table, or null for a layout table. */
export function dataTableRows(table: Element): TableRows | null {
  if (table.querySelector('table')) return null;
  const rows: string[][] = [];
  let cells = 0;
  let total = 0;
  let wide = false;
  let header = false;
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    if (tr.closest('table') !== table) continue;
    const row: string[] = [];
    let headings = 0;
    for (const cell of Array.from(tr.children)) {
      if (cell.localName !== 'td' && cell.localName !== 'th') continue;
      const t = cellText(cell);
      if (t.length > DATA_CELL_MAX_CHARS) return null;
      total += t.length;
      cells++;
      if (cell.localName === 'th') headings++;
      row.push(t);
    }
    if (row.length > 1) wide = true;
    if (!row.some((c) => c)) continue;
    if (rows.length === 0) header = headings === row.length || tr.parentElement?.localName === 'thead';
    rows.push(row);
  }
  if (rows.length < 2 || !wide || total / Math.max(cells, 1) > DATA_CELL_AVG_CHARS) return null;
  return { rows, header };
}

/** A data table's own title (`<caption>17-2 各市国民经济主要指标（2015年）</caption>`). */
function tableCaption(table: Element): string | null {
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === 'caption') return normalizeText(child.textContent ?? '') || null;
  }
  return null;
}

/** The short centred line right under a picture or video is its caption. */
function takeCaption(media: Line, next: Line | undefined): boolean {
  return !!next && !next.image && !next.pre && next.chars <= CAPTION_MAX_CHARS && next.index === media.index + 1 && isCentred(next.owner);
}

/** Preformatted text as written: its lines kept, trailing spaces and the blank lines around it dropped. */
export function preText(raw: string): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[\s\u00a0\u3000]+$/, ''));
  while (lines.length && !lines[0]) lines.shift();
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  return lines.join('\n');
}

export interface Built {
  blocks: Block[];
  sources: Element[];
}

const cleanPiece = (s: string, first: boolean, last: boolean): string => {
  let t = s.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
  if (first) t = t.replace(/^[ \u3000]+/, '');
  if (last) t = t.replace(/[ \u3000]+$/, '');
  return t;
};

/** Shape the chosen body lines into blocks. `lines` are in document order. */
export function buildBlocks(lines: readonly Line[], ranges: Map<Element, [number, number]>, base: string, container: Element): Built {
  const blocks: Block[] = [];
  const sources: Element[] = [];
  const doneTables = new Set<Element>();
  // Every line of a layout table would ask again; each table is judged once.
  const tableRows = new Map<Element, TableRows | null>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Data tables inside the body become one table block (layout tables are read line by line).
    if (line.table && line.table !== container && container.contains(line.table)) {
      if (doneTables.has(line.table)) continue;
      let rows = tableRows.get(line.table);
      if (rows === undefined) tableRows.set(line.table, (rows = dataTableRows(line.table)));
      if (rows) {
        doneTables.add(line.table);
        const block: Block & { type: 'table' } = rows.header ? { type: 'table', rows: rows.rows, header: true } : { type: 'table', rows: rows.rows };
        const caption = tableCaption(line.table);
        if (caption) block.caption = caption;
        blocks.push(block);
        sources.push(line.table);
        continue;
      }
    }
    if (line.image && line.image.localName !== 'img') {
      const block: Block & { type: 'video' } = { type: 'video', src: absoluteHttpUrl(videoSource(line.image), base) };
      const poster = absoluteHttpUrl(videoPoster(line.image), base);
      if (poster) block.poster = poster;
      if (takeCaption(line, lines[i + 1])) block.caption = lineText(lines[++i]!);
      blocks.push(block);
      sources.push(line.image);
      continue;
    }
    if (line.image) {
      const raw = imageSource(line.image);
      const src = absoluteHttpUrl(raw, base);
      if (!src) continue;
      const block: Block & { type: 'image' } = { type: 'image', src };
      const alt = line.image.getAttribute('alt')?.trim();
      if (alt) block.alt = alt;
      if (takeCaption(line, lines[i + 1]) && !(lines[i + 1]!.table && doneTables.has(lines[i + 1]!.table!))) block.caption = lineText(lines[++i]!);
      blocks.push(block);
      sources.push(line.image);
      continue;
    }
    if (line.pre) {
      const text = preText(line.text);
      if (!text) continue;
      blocks.push({ type: 'pre', text });
      sources.push(line.owner);
      continue;
    }
    const text = lineText(line);
    if (!text) continue;
    if (isSubhead(line, ranges)) {
      blocks.push({ type: 'subhead', text });
    } else {
      const block: Block & { type: 'paragraph' } = { type: 'paragraph', text };
      const html = inlineHtml(line.nodes, line.owner, base, cleanPiece);
      if (html) block.html = html;
      blocks.push(block);
    }
    sources.push(line.owner);
  }
  return { blocks, sources };
}

/** Article.text: blocks' text joined by "\n"; images contribute their caption, tables their rows. */
export function blocksText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'subhead' || b.type === 'pre') out.push(b.text);
    else if (b.type === 'image' || b.type === 'video') {
      if (b.caption) out.push(b.caption);
    } else {
      if (b.caption) out.push(b.caption);
      out.push(...b.rows.map((r) => r.join('\t')));
    }
  }
  return out.join('\n');
}
