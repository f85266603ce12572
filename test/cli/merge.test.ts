// The command line on the pages of one article: several files merged in the order given, a directory merged in
// page order (--merge), a page that cannot be read named while the rest is kept, the citation and the Word
// file of the whole article — the Word file opened by LibreOffice (`soffice --headless --convert-to pdf`), whose
// PDF must show the Chinese text of every page (pdftotext). Runs the built CLI (`npm run build:cli` first).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_PNG } from '../../scripts/fixture-server.mjs';
import { docxParts } from '../helpers/docx';
import { pdfText } from '../helpers/libreoffice';
import { PAGES_DIR } from '../helpers/pages';
import { runCli } from '../hostile/cli';

const MULTI = path.join(PAGES_DIR, 'multi-page');
const MULTI_URL = 'http://nb.zjol.com.cn/05nb/system/2007/03/30/008321467.shtml';
const MULTI_FILES = ['source.html', 'page_01.html', 'page_02.html'].map((f) => path.join(MULTI, f));
const TRS = path.join(PAGES_DIR, 'trs-interview');
const TRS_URL = 'https://edu.zjol.com.cn/jyjsb/202202/t20220215_23856104.shtml';
const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');
const goldSentences = (dir: string) =>
  readFileSync(path.join(dir, 'gold-merged.txt'), 'utf8')
    .split(/[\n。]/)
    .map(squash)
    .filter((s) => s.length > 10);

interface MergedJson {
  title: string;
  text: string;
  merged: { pages: { url: string; n: number; error?: string }[] };
  points: { groups: { points: { marker: string }[] }[] };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'zjol-cli-merge-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('several pages on the command line', () => {
  it('merges them in the order given, under the addresses page 1 names', () => {
    const run = runCli(['extract', ...MULTI_FILES, '--url', MULTI_URL]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as MergedJson;
    expect(json.merged.pages.map((p) => p.url)).toEqual([MULTI_URL, MULTI_URL.replace('.shtml', '_01.shtml'), MULTI_URL.replace('.shtml', '_02.shtml')]);
    const text = squash(json.text);
    for (const sentence of goldSentences(MULTI)) expect(text).toContain(sentence);
    expect(json.points.groups.map((g) => g.points.length)).toEqual([5]);
  });

  it('merges a directory of saved pages in page order with --merge', () => {
    const saved = path.join(dir, 'saved');
    mkdirSync(saved);
    // Saved under their own names, which sort in page order only naturally (…_02 after …_01 after the bare id).
    copyFileSync(MULTI_FILES[2]!, path.join(saved, '008321467_02.shtml'));
    copyFileSync(MULTI_FILES[0]!, path.join(saved, '008321467.shtml'));
    copyFileSync(MULTI_FILES[1]!, path.join(saved, '008321467_01.shtml'));
    const run = runCli(['extract', saved, '--merge', '--url', MULTI_URL, '--format', 'txt']);
    expect(run.code).toBe(0);
    const text = squash(run.stdout);
    const sentences = goldSentences(MULTI);
    for (const sentence of sentences) expect(text).toContain(sentence);
    const at = sentences.map((s) => text.indexOf(s));
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('names a page it cannot read and keeps the others', () => {
    const missing = path.join(dir, 'no-such-page.html');
    const run = runCli(['extract', MULTI_FILES[0]!, MULTI_FILES[1]!, missing, '--url', MULTI_URL]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`zjol-reader: not merged: page 3: ${missing}: no such file\n`);
    const json = JSON.parse(run.stdout) as MergedJson;
    expect(json.merged.pages[2]).toMatchObject({ n: 3, error: `${missing}: no such file` });
    expect(squash(json.text)).toContain(squash('二是要种好“高产田”'));
  });

  it('cites the merged article with the access date given', () => {
    const run = runCli(['extract', ...MULTI_FILES, '--url', MULTI_URL, '--format', 'cite', '--accessed', '2026-01-01']);
    expect(run.code).toBe(0);
    const golden = readFileSync(path.join(MULTI, 'expected-cite.txt'), 'utf8').split('\n');
    expect(run.stdout).toBe(`${golden[golden.indexOf('gbt7714') + 1]}\n`);
    const bib = runCli(['extract', ...MULTI_FILES, '--url', MULTI_URL, '--format', 'cite', '--cite-style', 'bibtex', '--accessed', '2026-01-01']);
    expect(bib.stdout).toMatch(/^@online\{zjol2007-008321467,\n/);
  });
});

describe('--format docx', () => {
  it('writes a Word file of all three pages that LibreOffice opens, and its PDF shows the Chinese text', () => {
    const out = path.join(dir, 'multi.docx');
    const run = runCli(['extract', ...MULTI_FILES, '--url', MULTI_URL, '--format', 'docx', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    const text = squash(pdfText(out, dir));
    expect(text).toContain('毛光烈参加北仑代表团和市直第二代表团审议');
    for (const sentence of goldSentences(MULTI)) expect(text).toContain(sentence);
    expect(text).toContain(squash('五是增强“主心骨”'));
  }, 180_000);

  it('in the modern look too', () => {
    const out = path.join(dir, 'trs-modern.docx');
    const run = runCli(['extract', path.join(TRS, 'source.html'), path.join(TRS, 'page_2.html'), '--url', TRS_URL, '--format', 'docx', '--docx-style', 'modern', '--out', out]);
    expect(run.code).toBe(0);
    const text = squash(pdfText(out, dir));
    expect(text).toContain(squash('拿起跨界“指挥棒”她跟学生“较着劲儿”成长'));
    expect(text).toContain(squash('发现学生每一个细小的闪光点提升他们的“幸福指数”'));
  }, 180_000);

  it('embeds an image saved beside the page, and links one that was not', () => {
    const saved = path.join(dir, 'trs-saved');
    mkdirSync(saved);
    copyFileSync(path.join(TRS, 'source.html'), path.join(saved, 't20220215_23856104.shtml'));
    const linked = path.join(dir, 'linked.docx');
    expect(runCli(['extract', path.join(saved, 't20220215_23856104.shtml'), '--url', TRS_URL, '--format', 'docx', '--out', linked]).code).toBe(0);
    expect(Object.keys(docxParts(readFileSync(linked))).filter((p) => p.startsWith('word/media/'))).toEqual([]);
    writeFileSync(path.join(saved, 'W020220215372915604218.jpg'), PLACEHOLDER_PNG);
    const embedded = path.join(dir, 'embedded.docx');
    expect(runCli(['extract', path.join(saved, 't20220215_23856104.shtml'), '--url', TRS_URL, '--format', 'docx', '--out', embedded]).code).toBe(0);
    expect(Object.keys(docxParts(readFileSync(embedded))).filter((p) => p.startsWith('word/media/'))).toHaveLength(1);
  });

  it('refuses an output file it cannot write, in one line', () => {
    const run = runCli(['extract', MULTI_FILES[0]!, '--format', 'docx', '--out', path.join(dir, 'no-such-dir', 'x.docx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^zjol-reader: .*x\.docx: cannot write \(ENOENT\)\n$/);
  });
});
