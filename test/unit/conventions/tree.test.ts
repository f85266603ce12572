// Conventions over the source tree, checked by a test rather than by reviewers' memory: small files,
// comments a reader of the repository can follow, and documents the code cites that are in the repo.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const MAX_LINES = 300;

function files(dir: string, test: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, test));
    else if (test(name)) out.push(path);
  }
  return out;
}

const SOURCES = files(join(ROOT, 'src'), (n) => /\.(ts|html|css)$/.test(n));
const CODE = [...SOURCES, ...files(join(ROOT, 'test'), (n) => /\.(ts|mjs)$/.test(n)), ...files(join(ROOT, 'scripts'), (n) => /\.(ts|mjs)$/.test(n)), ...files(join(ROOT, 'bench'), (n) => /\.(ts|mjs)$/.test(n))];
const rel = (p: string): string => relative(ROOT, p);

describe('the source tree', () => {
  it(`has no file in src/ over ${MAX_LINES} lines`, () => {
    const long = SOURCES.map((p) => [rel(p), readFileSync(p, 'utf8').split('\n').length] as const).filter(([, n]) => n > MAX_LINES);
    expect(long).toEqual([]);
  });

  it('names no workspace path and no issue number a reader of the repository cannot open', () => {
    const offending: string[] = [];
    for (const p of CODE) {
      readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
        if (/\/work\/|\.\.\/shared\/|\bissue\s*#?\d+/i.test(line)) offending.push(`${rel(p)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offending).toEqual([]);
  });

  it('cites only documents that are in the repository', () => {
    const cited = new Set<string>();
    for (const p of CODE) for (const m of readFileSync(p, 'utf8').matchAll(/\b((?:docs|test\/pages|test\/points)\/[\w./-]+\.(?:md|json))\b/g)) cited.add(m[1]!);
    expect([...cited].filter((doc) => !existsSync(join(ROOT, doc)))).toEqual([]);
    expect(CODE.filter((p) => /TEMPLATES\.md/.test(readFileSync(p, 'utf8'))).map(rel), 'cite docs/zjol-templates.md instead').toEqual([]);
  });
});
