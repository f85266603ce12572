// What the command line must refuse, and how: exit 2 with one line saying why, never a stack
// trace, never a hang. Inputs are made in a temp folder (the 50 MB file too). Runs the built CLI
// (`npm run build:cli` first).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER_PNG } from '../../scripts/fixture-server.mjs';
import { isRoot, refusalProblems, rootProofUnreadableFile, runCli } from '../hostile/cli';
import { bigParagraph } from '../hostile/pages';

const ZJOL_URL = 'https://zjnews.zjol.com.cn/gjgn/gn/202204/t20220409_24099001.shtml';
const FIFTY_MB = 50 * 1024 * 1024;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'zjol-cli-refusals-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const file = (name: string, content: string | Uint8Array): string => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('refused with exit 2 and one line', () => {
  it('an empty directory', () => {
    const empty = path.join(dir, 'empty-dir');
    mkdirSync(empty);
    const run = runCli(['extract', empty]);
    expect(refusalProblems(run)).toEqual([]);
    expect(run.stderr).toMatch(/no \.html/i);
  });

  it('a directory with files but no .html file', () => {
    const other = path.join(dir, 'no-html-dir');
    mkdirSync(other);
    writeFileSync(path.join(other, 'notes.txt'), '一段文字');
    writeFileSync(path.join(other, 'photo.png'), PLACEHOLDER_PNG);
    const run = runCli(['extract', other]);
    expect(refusalProblems(run)).toEqual([]);
    expect(run.stderr).toMatch(/no \.html/i);
  });

  it('an empty file', () => {
    const run = runCli(['extract', file('empty.html', '')]);
    expect(refusalProblems(run)).toEqual([]);
    expect(run.stderr).toMatch(/empty/i);
  });

  it('a binary file named .html (a PNG)', () => {
    const run = runCli(['extract', file('image.html', PLACEHOLDER_PNG)]);
    expect(refusalProblems(run)).toEqual([]);
    expect(run.stderr).toMatch(/binary|not html/i);
  });

  it('random bytes without a NUL byte (no markup found)', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => 0x80 + ((i * 37) % 0x7f));
    const run = runCli(['extract', file('noise.html', bytes)]);
    expect(refusalProblems(run)).toEqual([]);
    expect(run.stderr).toMatch(/not html|binary/i);
  });

  it('a file that does not exist', () => {
    const run = runCli(['extract', path.join(dir, 'missing.html')]);
    expect(refusalProblems(run)).toEqual([]);
    expect(run.stderr).toMatch(/no such file/i);
  });

  it('an unreadable file (chmod 000; as root, a regular file the kernel refuses to open for reading)', (context) => {
    let target: string;
    if (!isRoot()) {
      target = file('locked.html', '<html><body><p>文字</p></body></html>');
      chmodSync(target, 0o000);
    } else {
      // Root reads chmod-000 files and lists folders without x: the permission bits stop nothing.
      const sysfs = rootProofUnreadableFile();
      if (!sysfs) {
        context.skip('running as root and no write-only sysfs file here: no way to make a file root cannot read');
        return;
      }
      target = sysfs;
      expect(statSync(target).isFile()).toBe(true);
    }
    const run = runCli(['extract', target]);
    expect(refusalProblems(run)).toEqual([]);
    expect(run.stderr).toMatch(/permission denied/i);
  });

  it('a FIFO (not a regular file: refused at once, never waits for a writer)', () => {
    const fifo = path.join(dir, 'pipe.html');
    execFileSync('mkfifo', [fifo]);
    const run = runCli(['extract', fifo], { timeout: 15_000 });
    expect(refusalProblems(run)).toEqual([]);
    expect(run.stderr).toMatch(/not a regular file/i);
  });

  it('an unknown option', () => {
    const run = runCli(['extract', file('page.html', '<p>x</p>'), '--frobnicate']);
    expect(refusalProblems(run)).toEqual([]);
    expect(run.stderr).toMatch(/unknown option "--frobnicate"/);
  });

  it('an unknown format, a missing option value, a Word file with nowhere to go, a directory among pages', () => {
    const page = file('page2.html', '<p>x</p>');
    for (const args of [['--format', 'pdf'], ['--url'], ['--url', 'javascript:alert(1)'], ['--format', 'docx'], ['--cite-style', 'mla'], [dir]]) {
      const run = runCli(['extract', page, ...args]);
      expect(refusalProblems(run), args.join(' ')).toEqual([]);
    }
  });

  it('a directory with --format md (directories are JSON lines only)', () => {
    const pages = path.join(dir, 'pages-md');
    mkdirSync(pages);
    writeFileSync(path.join(pages, 'a.html'), '<p>x</p>');
    const run = runCli(['extract', pages, '--format', 'md']);
    expect(refusalProblems(run)).toEqual([]);
  });
});

describe('a 50 MB page', () => {
  let big: string;
  beforeAll(() => {
    // A real-looking article page of 50 MB: 2022+ template, 47,000 paragraphs of seed text.
    const parts = ['<!DOCTYPE html><html><head><meta charset="UTF-8"><title>超大页面_浙江在线</title></head><body>', '<h1 class="artTitle">超大页面</h1><div class="info"><span>2022-04-09 10:00:00</span></div><div class="artCon">'];
    let size = 0;
    for (let i = 0; size < FIFTY_MB; i += 1) {
      const p = `<p>${bigParagraph(i, 360)}</p>\n`;
      parts.push(p);
      size += Buffer.byteLength(p);
    }
    parts.push('</div></body></html>');
    big = file('fifty.html', parts.join(''));
    expect(statSync(big).size).toBeGreaterThan(FIFTY_MB);
  }, 60_000);

  it('is processed or refused with a clear one-line message, never a crash trace', () => {
    const run = runCli(['extract', big, '--url', ZJOL_URL, '--format', 'txt'], { timeout: 180_000 });
    expect(run.signal, 'the CLI was killed (hung or too slow)').toBeNull();
    expect(run.stderr).not.toMatch(/^\s+at\s|node:internal|JavaScript heap out of memory|FATAL ERROR/m);
    if (run.code === 0) {
      expect(run.stdout).toContain('超大页面');
    } else {
      expect(refusalProblems(run)).toEqual([]);
      expect(run.stderr).toMatch(/MB/);
    }
    console.log(`[cli 50 MB] exit ${run.code} in ${Math.round(run.ms)} ms: ${run.stderr.trim()}`);
  }, 200_000);
});
