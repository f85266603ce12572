// `brief <dir|file…> [--format md|json|docx] [--docx-style official|modern] [--out FILE] [--group source|tag|none]
// [--order date-desc|date-asc|given] [--leads] [--date YYYY-MM-DD] [--title TEXT]`. Bad arguments are a result with a one-line message.
import { DOCX_STYLES, type BriefGrouping, type BriefOrder, type DocxStyleName } from '../core/index';

export type BriefFormat = 'md' | 'json' | 'docx';

export interface BriefArgs {
  command: 'brief';
  paths: string[];
  format: BriefFormat;
  groupBy: BriefGrouping;
  order: BriefOrder;
  leads: boolean;
  /** The brief's day; null: today (UTC). */
  date: string | null;
  title: string | null;
  docxStyle: DocxStyleName;
  /** Where to write; null: stdout (a Word file needs one). */
  out: string | null;
}

export const BRIEF_USAGE =
  'usage: zjol-reader brief <directory|file.html|file.json…> [--format md|json|docx] [--docx-style official|modern] [--out FILE] [--group source|tag|none] [--order date-desc|date-asc|given] [--leads] [--date YYYY-MM-DD] [--title TEXT]';

const CHOICES = {
  '--format': ['md', 'json', 'docx'],
  '--docx-style': DOCX_STYLES,
  '--group': ['source', 'tag', 'none'],
  '--order': ['date-desc', 'date-asc', 'given'],
} as const;

export function parseBriefArgs(rest: readonly string[]): { ok: true; args: BriefArgs } | { ok: false; error: string } {
  const args: BriefArgs = { command: 'brief', paths: [], format: 'md', groupBy: 'source', order: 'date-desc', leads: false, date: null, title: null, docxStyle: 'official', out: null };
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if (flag === '--leads') {
      args.leads = true;
      continue;
    }
    if (flag in CHOICES || flag === '--date' || flag === '--title' || flag === '--out') {
      const value = inline ?? rest[++i];
      if (value === undefined || value === '') return { ok: false, error: `${flag} needs a value` };
      if (flag === '--date') {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { ok: false, error: `--date must be YYYY-MM-DD, got "${value}"` };
        args.date = value;
      } else if (flag === '--title') {
        args.title = value;
      } else if (flag === '--out') {
        args.out = value;
      } else {
        const allowed = CHOICES[flag as keyof typeof CHOICES] as readonly string[];
        if (!allowed.includes(value)) return { ok: false, error: `unknown ${flag.slice(2)} "${value}" (${allowed.join(', ')})` };
        if (flag === '--format') args.format = value as BriefFormat;
        else if (flag === '--docx-style') args.docxStyle = value as DocxStyleName;
        else if (flag === '--group') args.groupBy = value as BriefGrouping;
        else args.order = value as BriefOrder;
      }
    } else if (arg.startsWith('-')) {
      return { ok: false, error: `unknown option "${arg}"; ${BRIEF_USAGE}` };
    } else {
      args.paths.push(arg);
    }
  }
  if (!args.paths.length) return { ok: false, error: `no file given; ${BRIEF_USAGE}` };
  if (args.format === 'docx' && !args.out) return { ok: false, error: '--format docx needs --out FILE (a Word file is not written to the terminal)' };
  return { ok: true, args };
}
