// `zjol-reader extract <file.html|directory> [more pages…] [--url URL] [--merge] [--format …] [--out FILE] …`
// (usage in args.ts); `zjol-reader brief <directory|files…> [--format md|json] …` (brief.ts). Exit 0: an article (merged: at least one page read, each page not read named on stderr);
// 3: not an article (reason on stderr); 2: bad input (one line on stderr).
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs, USAGE, type ExtractArgs } from './args';
import { analyseHtml, EXIT_ARTICLE, EXIT_BAD_INPUT, EXIT_NOT_ARTICLE, jsonLine } from './extract-page';
import { localImages } from './local-images';
import { mergeFiles, pageFiles } from './merge-files';
import { localDay, writeOutput } from './output';
import { BRIEF_USAGE, parseBriefArgs } from './brief-args';
import { briefCommand } from './brief';
import { readInput } from './read-input';

const fail = (message: string): number => {
  process.stderr.write(`zjol-reader: ${message}\n`);
  return EXIT_BAD_INPUT;
};

/** Writes the output; a file that cannot be written is bad input, said in one line. */
async function output(...params: Parameters<typeof writeOutput>): Promise<number | null> {
  try {
    await writeOutput(...params);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code) throw error;
    return fail(`${params[1].out ?? 'output'}: cannot write (${code})`);
  }
}

async function extractDirectory(dir: string, url: string | null): Promise<number> {
  let files: string[];
  try {
    files = await pageFiles(dir);
  } catch (error) {
    return fail(`${dir}: ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : 'cannot read directory'}`);
  }
  if (files.length === 0) return fail(`${dir}: a directory, with no .html file in it`);
  for (const path of files) {
    const input = await readInput(path);
    const name = basename(path);
    process.stdout.write(`${input.ok ? jsonLine(name, analyseHtml(input.html, path, url)) : jsonLine(name, { error: input.error })}\n`);
  }
  return EXIT_ARTICLE;
}

async function extractMerged(paths: readonly string[], args: ExtractArgs): Promise<number> {
  const merged = await mergeFiles(paths, args.url);
  for (const problem of merged.problems) process.stderr.write(`zjol-reader: not merged: ${problem}\n`);
  if (!merged.merge) {
    process.stderr.write(`zjol-reader: no page could be read\n`);
    return merged.badInput ? EXIT_BAD_INPUT : EXIT_NOT_ARTICLE;
  }
  const { article, points } = merged.merge;
  return (await output({ article, points }, args, () => localImages(article, merged.pages))) ?? EXIT_ARTICLE;
}

async function extractFile(path: string, args: ExtractArgs): Promise<number> {
  const input = await readInput(path);
  if (!input.ok) return fail(input.error);
  const result = analyseHtml(input.html, path, args.url);
  const { article, points, detection } = result.analysis;
  const failed = await output({ article, points, detection }, args, () => (article ? localImages(article, [{ url: result.url, path }]) : Promise.resolve(new Map())));
  if (failed !== null) return failed;
  if (!article) {
    process.stderr.write(`zjol-reader: not an article: ${detection.reason}\n`);
    return EXIT_NOT_ARTICLE;
  }
  return EXIT_ARTICLE;
}

export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'brief') {
    if (argv.includes('--help') || argv.includes('-h')) {
      process.stdout.write(`${BRIEF_USAGE}\n`);
      return EXIT_ARTICLE;
    }
    const brief = parseBriefArgs(argv.slice(1));
    if (!brief.ok) {
      process.stderr.write(`zjol-reader: ${brief.error}\n`);
      return EXIT_BAD_INPUT;
    }
    return briefCommand(brief.args, localDay());
  }
  const parsed = parseArgs(argv);
  if (!parsed.ok) return fail(parsed.error);
  if ('help' in parsed) {
    process.stdout.write(`${USAGE}\n${BRIEF_USAGE}\n`);
    return EXIT_ARTICLE;
  }
  const { args } = parsed;
  const infos = await Promise.all(args.paths.map((path) => stat(path).catch(() => null)));
  const directories = args.paths.filter((_, i) => infos[i]?.isDirectory());
  if (directories.length && args.paths.length > 1) return fail(`${directories[0]}: a directory among several pages; give the directory alone with --merge`);
  if (directories.length) {
    const dir = directories[0]!;
    if (args.merge) {
      const files = await pageFiles(dir).catch(() => null);
      if (!files) return fail(`${dir}: cannot read directory`);
      if (!files.length) return fail(`${dir}: a directory, with no .html file in it`);
      return extractMerged(files, args);
    }
    if (args.format !== 'json' || args.out) return fail('a directory is processed as JSON lines; drop --format and --out, or merge its pages with --merge');
    return extractDirectory(join(dir), args.url);
  }
  if (args.paths.length > 1 || args.merge) return extractMerged(args.paths, args);
  return extractFile(args.paths[0]!, args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug of ours, still reported in one line rather than a stack trace.
    process.stderr.write(`zjol-reader: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (process.env.ZJOL_READER_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
