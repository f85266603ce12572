// Command-line arguments:
//   extract <file|dir> [more files…] [--url URL] [--merge] [--format json|md|txt|html|docx|cite] [--out FILE]
//           [--docx-style official|modern] [--cite-style gbt7714|apa|bibtex] [--accessed YYYY-MM-DD]
// Several files are the pages of one article, merged in the order given; a directory with --merge is one
// article's pages, merged in page order. Bad arguments are a result with a one-line message, not an exception.
export type Format = 'json' | 'md' | 'txt' | 'html' | 'docx' | 'cite';
const FORMATS: readonly Format[] = ['json', 'md', 'txt', 'html', 'docx', 'cite'];
export type DocxStyleArg = 'official' | 'modern';
const DOCX_STYLES: readonly DocxStyleArg[] = ['official', 'modern'];
export type CiteStyleArg = 'gbt7714' | 'apa' | 'bibtex';
const CITE_STYLES: readonly CiteStyleArg[] = ['gbt7714', 'apa', 'bibtex'];

export interface ExtractArgs {
  command: 'extract';
  paths: string[];
  url: string | null;
  format: Format;
  merge: boolean;
  out: string | null;
  docxStyle: DocxStyleArg;
  citeStyle: CiteStyleArg;
  /** The access date of a citation; null: today, by the machine's clock. */
  accessed: string | null;
}

export type ParsedArgs = { ok: true; args: ExtractArgs } | { ok: true; help: true } | { ok: false; error: string };

export const USAGE =
  'usage: zjol-reader extract <file.html|directory> [more pages…] [--url URL] [--merge] [--format json|md|txt|html|docx|cite] [--out FILE] [--docx-style official|modern] [--cite-style gbt7714|apa|bibtex] [--accessed YYYY-MM-DD]';

const VALUED = new Set(['--url', '--format', '--out', '--docx-style', '--cite-style', '--accessed']);

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | null {
  return allowed.includes(value as T) ? (value as T) : null;
}

const unknown = (what: string, value: string, allowed: readonly string[]): string => `unknown ${what} "${value}" (${allowed.join(', ')})`;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { ok: true, help: true };
  const [command, ...rest] = argv;
  if (command !== 'extract') return { ok: false, error: `unknown command "${command}"; ${USAGE}` };
  const args: ExtractArgs = { command: 'extract', paths: [], url: null, format: 'json', merge: false, out: null, docxStyle: 'official', citeStyle: 'gbt7714', accessed: null };
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--merge') {
      args.merge = true;
    } else if (VALUED.has(flag)) {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '') return { ok: false, error: `${flag} needs a value` };
      let problem: string | null = null;
      if (flag === '--url') {
        if (!/^https?:\/\/[^/]+/i.test(value)) problem = `--url must be an http(s) URL, got "${value}"`;
        else args.url = value;
      } else if (flag === '--format') {
        const format = oneOf(value, FORMATS);
        if (format) args.format = format;
        else problem = unknown('format', value, FORMATS);
      } else if (flag === '--docx-style') {
        const style = oneOf(value, DOCX_STYLES);
        if (style) args.docxStyle = style;
        else problem = unknown('docx style', value, DOCX_STYLES);
      } else if (flag === '--cite-style') {
        const style = oneOf(value, CITE_STYLES);
        if (style) args.citeStyle = style;
        else problem = unknown('citation style', value, CITE_STYLES);
      } else if (flag === '--accessed') {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) problem = `--accessed must be a day, YYYY-MM-DD, got "${value}"`;
        else args.accessed = value;
      } else {
        args.out = value;
      }
      if (problem) return { ok: false, error: problem };
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, error: `unknown option "${arg}"; ${USAGE}` };
    } else {
      args.paths.push(arg);
    }
  }
  if (args.paths.length === 0) return { ok: false, error: `no file given; ${USAGE}` };
  if (args.format === 'docx' && !args.out) return { ok: false, error: '--format docx writes a file: give it with --out FILE' };
  return { ok: true, args };
}
