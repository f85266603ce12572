// `zjol-reader extract <file.html|directory> [--url URL] [--format json|md|txt|html]`
// `zjol-reader brief <directory|files…> [--format md|json] …` (brief.ts)
// Exit 0: an article (a brief); 3: not an article (reason on stderr); 2: bad input (one line on stderr).
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs, USAGE } from './args';
import { BRIEF_USAGE, parseBriefArgs } from './brief-args';
import { briefCommand } from './brief';
import { analyseHtml, EXIT_ARTICLE, EXIT_BAD_INPUT, EXIT_NOT_ARTICLE, jsonLine, render } from './extract-page';
import { readInput } from './read-input';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

async function extractDirectory(dir: string, url: string | null): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    process.stderr.write(`zjol-reader: ${dir}: ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : 'cannot read directory'}\n`);
    return EXIT_BAD_INPUT;
  }
  const files = names.filter((name) => /\.html?$/i.test(name)).sort();
  if (files.length === 0) {
    process.stderr.write(`zjol-reader: ${dir}: a directory, with no .html file in it\n`);
    return EXIT_BAD_INPUT;
  }
  for (const name of files) {
    const path = join(dir, name);
    const input = await readInput(path);
    process.stdout.write(`${input.ok ? jsonLine(name, analyseHtml(input.html, path, url)) : jsonLine(name, { error: input.error })}\n`);
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
    return briefCommand(brief.args, today());
  }
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`zjol-reader: ${parsed.error}\n`);
    return EXIT_BAD_INPUT;
  }
  if ('help' in parsed) {
    process.stdout.write(`${USAGE}\n${BRIEF_USAGE}\n`);
    return EXIT_ARTICLE;
  }
  const { path, url, format } = parsed.args;
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    if (format !== 'json') {
      process.stderr.write('zjol-reader: a directory is processed as JSON lines; drop --format or use --format json\n');
      return EXIT_BAD_INPUT;
    }
    return extractDirectory(path, url);
  }
  const input = await readInput(path);
  if (!input.ok) {
    process.stderr.write(`zjol-reader: ${input.error}\n`);
    return EXIT_BAD_INPUT;
  }
  const result = analyseHtml(input.html, path, url);
  const output = render(result, format, today());
  if (output !== null) process.stdout.write(output);
  if (!result.analysis.article) {
    process.stderr.write(`zjol-reader: not an article: ${result.analysis.detection.reason}\n`);
    return EXIT_NOT_ARTICLE;
  }
  return EXIT_ARTICLE;
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
