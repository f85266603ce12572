// `zjol-reader brief` on real inputs (the built CLI: `npm run build:cli` first): fixture pages and
// article JSON exports, a directory, a desk file with its tags; Markdown, JSON and Word out (the Word file opened
// by LibreOffice, its PDF read back); bad inputs refused in one line.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskRecord, toDeskFile, type Brief } from '../../src/core/index';
import { docxParts } from '../helpers/docx';
import { pdfText } from '../helpers/libreoffice';
import { PAGES_DIR } from '../helpers/pages';
import { refusalProblems, runCli } from '../hostile/cli';
import { fixtureArticle } from '../unit/desk/samples';

const expected = (slug: string) => path.join(PAGES_DIR, slug, 'expected.json');
const DATE = ['--date', '2024-05-02'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'zjol-cli-brief-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('brief', () => {
  it('makes a Markdown brief of article exports: grouped by source, shared points listed once with both reports', () => {
    const run = runCli(['brief', expected('legacy-seed-frames'), expected('legacy-seed-inline'), expected('trs-article'), ...DATE]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(md.startsWith('# 每日简报（2024-05-02）\n\n共 3 篇文章，1 个来源，28 条要点\n')).toBe(true);
    expect(md.indexOf('## 新华社')).toBeLessThan(md.indexOf('## 未注明来源'));
    expect(md.match(/^\d+\. .*（另见：\[《不断谋求新突破推动杭州率先发展》 2010-02-10\]\(<http:\/\/hangzhou\.zjol\.com\.cn\//gm)).toHaveLength(22);
    expect(md).toContain('*另有 22 条要点已见《不断谋求新突破推动杭州率先发展》*');
  });

  it('prints the brief and its document as JSON', () => {
    const run = runCli(['brief', expected('legacy-seed-frames'), expected('trs-article'), '--format', 'json', '--group', 'none', '--leads', ...DATE]);
    expect(run.code).toBe(0);
    const { brief, document } = JSON.parse(run.stdout) as { brief: Brief; document: { title: string; blocks: { type: string }[] } };
    expect([brief.articleCount, brief.pointCount, brief.groupBy, brief.groups.length]).toEqual([2, 28, 'none', 1]);
    expect(brief.groups[0]!.entries.map((e) => e.date)).toEqual(['2017-03-04T07:45:12+08:00', '2010-02-10']);
    expect(brief.groups[0]!.entries.every((e) => e.lead)).toBe(true);
    expect(document.title).toBe('每日简报（2024-05-02）');
    expect(document.blocks.filter((b) => b.type === 'list')).toHaveLength(2);
  });

  it('writes a Word brief that LibreOffice opens: its PDF shows every article title and point', () => {
    const out = path.join(dir, 'brief.docx');
    const inputs = [expected('legacy-seed-frames'), expected('trs-article')];
    const run = runCli(['brief', ...inputs, '--format', 'docx', '--out', out, ...DATE]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(Object.keys(docxParts(readFileSync(out)))).toContain('word/document.xml');
    const { brief } = JSON.parse(runCli(['brief', ...inputs, '--format', 'json', ...DATE]).stdout) as { brief: Brief };
    const squash = (s: string) => s.replace(/\s+/g, '');
    const text = squash(pdfText(out, dir));
    expect(text).toContain('每日简报（2024-05-02）');
    for (const entry of brief.groups.flatMap((g) => g.entries)) {
      expect(text).toContain(squash(entry.title));
      for (const point of entry.points) expect(text).toContain(squash(point.headline));
    }
  }, 180_000);

  it('--out writes Markdown to a file; Word needs --out', () => {
    const out = path.join(dir, 'brief.md');
    const run = runCli(['brief', expected('trs-article'), '--out', out, ...DATE]);
    expect([run.code, run.stdout]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toMatch(/^# 每日简报（2024-05-02）\n/);
    const refused = runCli(['brief', expected('trs-article'), '--format', 'docx', ...DATE]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('zjol-reader: --format docx needs --out FILE (a Word file is not written to the terminal)\n');
  });

  it('reads a directory of saved pages, skipping what is no article', () => {
    const pages = path.join(dir, 'pages');
    mkdirSync(pages);
    for (const slug of ['trs-article', 'index-page']) copyFileSync(path.join(PAGES_DIR, slug, 'source.html'), path.join(pages, `${slug}.html`));
    const run = runCli(['brief', pages, ...DATE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^zjol-reader: skipped .*index-page\.html: not an article/);
    expect(run.stdout).toContain('### ');
    expect(run.stdout).toContain('共 1 篇文章');
  });

  it('reads a desk file and groups by its tags', () => {
    const T = '2024-05-01T00:00:00.000Z';
    const seed = fixtureArticle('legacy-seed-frames');
    const trs = fixtureArticle('trs-article');
    const file = path.join(dir, 'desk.json');
    writeFileSync(file, toDeskFile([deskRecord(seed.article, seed.points, T, { addedAt: T, tags: ['会议'], note: '' }), deskRecord(trs.article, trs.points, T)], T));
    const run = runCli(['brief', file, '--group', 'tag', '--title', '信息摘编', ...DATE]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('# 信息摘编（2024-05-02）')).toBe(true);
    expect(run.stdout.indexOf('## 会议')).toBeLessThan(run.stdout.indexOf('## 未加标签'));
  });

  it('refuses bad arguments and bad files in one line', { timeout: 90_000 }, () => {
    const bad = path.join(dir, 'bad.json');
    writeFileSync(bad, '{"title": ');
    const notArticle = path.join(dir, 'other.json');
    writeFileSync(notArticle, JSON.stringify({ hello: 'world' }));
    const damagedDesk = path.join(dir, 'damaged-desk.json');
    writeFileSync(damagedDesk, JSON.stringify({ format: 'zjol-reader-desk', version: 1, entries: [{}] }));
    for (const args of [['brief'], ['brief', expected('trs-article'), '--format', 'docx'], ['brief', bad], ['brief', notArticle], ['brief', damagedDesk], ['brief', path.join(dir, 'missing.json')], ['brief', expected('trs-article'), '--date', 'today']]) {
      const run = runCli(args);
      expect(refusalProblems(run), args.join(' ')).toEqual([]);
    }
  });

  it('exits 3 when no input holds an article', () => {
    const run = runCli(['brief', path.join(PAGES_DIR, 'index-page', 'source.html'), ...DATE]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
  });
});
