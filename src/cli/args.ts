// Command-line arguments: `extract <file|dir> [--url URL] [--format json|md|txt|html]`.
// Bad arguments are a result with a one-line message, not an exception.
export type Format = 'json' | 'md' | 'txt' | 'html';
const FORMATS: readonly Format[] = ['json', 'md', 'txt', 'html'];

export interface ExtractArgs {
  command: 'extract';
  path: string;
  url: string | null;
  format: Format;
}

export type ParsedArgs = { ok: true; args: ExtractArgs } | { ok: true; help: true } | { ok: false; error: string };

export const USAGE = 'usage: zjol-reader extract <file.html|directory> [--url URL] [--format json|md|txt|html]';

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) return { ok: true, help: true };
  const [command, ...rest] = argv;
  if (command !== 'extract') return { ok: false, error: `unknown command "${command}"; ${USAGE}` };
  let path: string | null = null;
  let url: string | null = null;
  let format: Format = 'json';
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--url' || flag === '--format') {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '') return { ok: false, error: `${flag} needs a value` };
      if (flag === '--url') {
        if (!/^https?:\/\/[^/]+/i.test(value)) return { ok: false, error: `--url must be an http(s) URL, got "${value}"` };
        url = value;
      } else {
        if (!FORMATS.includes(value as Format)) return { ok: false, error: `unknown format "${value}" (json, md, txt or html)` };
        format = value as Format;
      }
    } else if (arg.startsWith('-')) {
      return { ok: false, error: `unknown option "${arg}"; ${USAGE}` };
    } else if (path === null) {
      path = arg;
    } else {
      return { ok: false, error: `unexpected argument "${arg}"; ${USAGE}` };
    }
  }
  if (path === null) return { ok: false, error: `no file given; ${USAGE}` };
  return { ok: true, args: { command: 'extract', path, url, format } };
}
