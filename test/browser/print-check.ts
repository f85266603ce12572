// What a printed PDF holds, read back with poppler (pdftotext, pdftoppm): its text, its page
// count, and how light its pages are, for the print tests of both browsers.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface PrintedPdf {
  text: string;
  pages: number;
  /** Mean grey level of each page (0 black … 255 white), at a low resolution. */
  luminance: number[];
  /** Share of each page's pixels darker than mid-grey: the ink. */
  ink: number[];
}

/** Reads a PDF's text and page greys. Needs pdftotext and pdftoppm (Debian: poppler-utils). */
export function readPdf(pdf: Uint8Array, keepAs?: string): PrintedPdf {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zjol-print-'));
  try {
    const file = keepAs ?? path.join(dir, 'printed.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    execFileSync('pdftoppm', ['-r', '20', '-gray', file, path.join(dir, 'page')]);
    const luminance: number[] = [];
    const ink: number[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.pgm')).sort()) {
      const pixels = pgmPixels(readFileSync(path.join(dir, name)));
      luminance.push(pixels.reduce((sum, p) => sum + p, 0) / pixels.length);
      ink.push(pixels.filter((p) => p < 128).length / pixels.length);
    }
    return { text, pages: luminance.length, luminance, ink };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The grey values of a binary PGM (P5, 8-bit). */
function pgmPixels(data: Buffer): Uint8Array {
  // Header: "P5", width, height, maxval, each separated by whitespace, then one whitespace byte.
  let at = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(data[at]!))) at++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(data[at]!))) field += String.fromCharCode(data[at++]!);
    fields.push(field);
  }
  if (fields[0] !== 'P5' || fields[3] !== '255') throw new Error(`not an 8-bit PGM: ${fields.join(' ')}`);
  return data.subarray(at + 1, at + 1 + Number(fields[1]) * Number(fields[2]));
}

/** Whitespace does not count when comparing printed text with the article. */
export const squeeze = (text: string): string => text.replace(/[\s\u3000]+/g, '');

/**
 * Whether the printed text holds `line`, compared without whitespace and in NFKC (the PDF's text
 * layer may give a Kangxi radical for the same glyph: ⽇ for 日). Firefox's PDFs of the Noto CJK
 * collection map some simplified-Chinese glyphs to no character at all (pdftotext prints U+FFFD:
 * the glyph is looked up in the collection's Japanese face), or name it by a radical form; such a character matches any one
 * character of the line, in place, so order and length are still checked.
 */
export function printedContains(printed: string, line: string): boolean {
  // CJK radical-supplement forms (⻓ for 长, ⻔ for 门) have no NFKC mapping: they count as unnamed too.
  const text = squeeze(printed.normalize('NFKC')).replace(/[\u2e80-\u2eff]/gu, '\uFFFD');
  const pattern = Array.from(squeeze(line.normalize('NFKC')))
    .map((ch) => `(?:${ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|\\uFFFD)`)
    .join('');
  return new RegExp(pattern, 'u').test(text);
}

/** Share of the printed characters the PDF's text layer could not name (U+FFFD). */
export function unreadableShare(printed: string): number {
  const text = squeeze(printed);
  return text.length ? (text.match(/[\uFFFD\u2e80-\u2eff]/gu)?.length ?? 0) / text.length : 1;
}
