// `zjol-reader brief`: the desk's brief from files. Inputs, in the order given (a directory: its
// .html, .htm and .json files, sorted by name):
//   - a saved page (.html): read by the same core as the extension
//   - an article as `extract --format json` or the extension's JSON export writes it
//   - a desk file (the desk's "Export desk"), with its tags
// A page that holds no article is skipped with a note on stderr; bad input stops the run (exit 2).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import * as docx from 'docx';
import { extname, join } from 'node:path';
import {
  briefDocument,
  briefMarkdown,
  buildBriefDocx,
  checkArticle,
  checkPoints,
  DEFAULT_BRIEF_LABELS,
  DESK_FILE_FORMAT,
  makeBrief,
  readDeskFile,
  type BriefArticle,
} from '../core/index';
import type { BriefArgs } from './brief-args';
import { analyseHtml, EXIT_ARTICLE, EXIT_BAD_INPUT, EXIT_NOT_ARTICLE } from './extract-page';
import { readInput } from './read-input';

const INPUT = /\.(?:html?|json)$/i;
/** A JSON input larger than this is no article and no desk this tool should read at once. */
const MAX_JSON_BYTES = 512 * 1024 * 1024;

type Loaded = { ok: true; articles: BriefArticle[]; skipped: string[] } | { ok: false; error: string };

async function expand(paths: readonly string[]): Promise<{ ok: true; files: string[] } | { ok: false; error: string }> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) return { ok: false, error: `${path}: no such file` };
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((n) => INPUT.test(n)).sort();
    if (!names.length) return { ok: false, error: `${path}: a directory, with no .html or .json file in it` };
    files.push(...names.map((n) => join(path, n)));
  }
  return { ok: true, files };
}

async function loadJson(path: string): Promise<Loaded> {
  const info = await stat(path);
  if (info.size > MAX_JSON_BYTES) return { ok: false, error: `${path}: too large for a JSON input` };
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: `${path}: not valid JSON` };
  }
  if ((json as { format?: unknown } | null)?.format === DESK_FILE_FORMAT) {
    const desk = readDeskFile(text);
    if (!desk.ok) {
      const where = desk.problem.entry ? ` (entry ${desk.problem.entry}, ${desk.problem.field})` : '';
      return { ok: false, error: `${path}: not a usable desk file: ${desk.problem.code}${where}` };
    }
    return { ok: true, articles: desk.records.map((r) => ({ article: r.article, points: r.points, tags: r.tags })), skipped: [] };
  }
  // `extract --format json` and the extension's JSON export: the article's fields with `points`;
  // `{ article, points }` (the fixtures' expected.json) is taken too.
  const raw = json as Record<string, unknown> | null;
  const nested = raw && typeof raw.article === 'object' && raw.article !== null && raw.title === undefined;
  const value = (nested ? { ...(raw.article as object), points: raw.points } : raw) as Record<string, unknown>;
  if (raw && (raw.isArticle === false || (nested && raw.article === null))) return { ok: true, articles: [], skipped: [`${path}: not an article (${String(raw.reason ?? '')})`] };
  const article = checkArticle(value);
  if (!article.ok) return { ok: false, error: `${path}: not an article export (${article.field.replace(/^article\.?/, '') || 'not an object'})` };
  const points = checkPoints(value.points ?? null, article.value.blocks.length);
  if (!points.ok) return { ok: false, error: `${path}: bad points (${points.field})` };
  return { ok: true, articles: [{ article: article.value, points: points.value }], skipped: [] };
}

async function loadHtml(path: string): Promise<Loaded> {
  const input = await readInput(path);
  if (!input.ok) return { ok: false, error: input.error };
  const { analysis } = analyseHtml(input.html, path, null);
  if (!analysis.article) return { ok: true, articles: [], skipped: [`${path}: not an article (${analysis.detection.reason})`] };
  return { ok: true, articles: [{ article: analysis.article, points: analysis.points }], skipped: [] };
}

export async function briefCommand(args: BriefArgs, today: string): Promise<number> {
  const expanded = await expand(args.paths);
  if (!expanded.ok) {
    process.stderr.write(`zjol-reader: ${expanded.error}\n`);
    return EXIT_BAD_INPUT;
  }
  const articles: BriefArticle[] = [];
  for (const file of expanded.files) {
    const loaded = extname(file).toLowerCase() === '.json' ? await loadJson(file) : await loadHtml(file);
    if (!loaded.ok) {
      process.stderr.write(`zjol-reader: ${loaded.error}\n`);
      return EXIT_BAD_INPUT;
    }
    for (const note of loaded.skipped) process.stderr.write(`zjol-reader: skipped ${note}\n`);
    articles.push(...loaded.articles);
  }
  if (!articles.length) {
    process.stderr.write('zjol-reader: no article in the input, no brief\n');
    return EXIT_NOT_ARTICLE;
  }
  const brief = makeBrief(articles, { date: args.date ?? today, groupBy: args.groupBy, order: args.order, leads: args.leads });
  const document = briefDocument(brief, { ...DEFAULT_BRIEF_LABELS, ...(args.title ? { title: args.title } : {}) });
  try {
    if (args.format === 'docx') {
      const file = buildBriefDocx(docx, document, { style: args.docxStyle, exportedAt: new Date().toISOString() });
      await writeFile(args.out!, await docx.Packer.toBuffer(file.document, false, file.overrides));
      return EXIT_ARTICLE;
    }
    const text = args.format === 'md' ? briefMarkdown(document) : `${JSON.stringify({ brief, document }, null, 2)}\n`;
    if (args.out) await writeFile(args.out, text);
    else process.stdout.write(text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    process.stderr.write(`zjol-reader: ${args.out}: cannot write (${code})\n`);
    return EXIT_BAD_INPUT;
  }
  return EXIT_ARTICLE;
}
