// Mozilla's add-on linter (web-ext lint, the checks addons.mozilla.org runs on upload) on the built
// Firefox extension: no errors. Warnings are printed in the failure message, so a failing run says
// everything the linter said.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, distDir, readManifest } from './built';

const run = promisify(execFile);
/** web-ext starts slowly (it loads the whole linter) and this machine is shared. */
const LINT_TIMEOUT_MS = 90_000;

interface LintMessage {
  code: string;
  message: string;
  description?: string | string[];
  file?: string;
  line?: number;
}

interface LintReport {
  count: number;
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

function describeMessages(kind: string, list: LintMessage[]): string {
  if (!list.length) return `${kind}: none`;
  const text = (d: LintMessage['description']) => (Array.isArray(d) ? d.join(' ') : (d ?? '')).replace(/\s+/g, ' ').trim();
  return `${kind}:\n${list.map((m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message} ${text(m.description)}`).join('\n')}`;
}

/** Runs web-ext lint once for the file's tests. */
let report: Promise<LintReport> | undefined;
function lint(): Promise<LintReport> {
  report ??= (async () => {
    readManifest('firefox'); // a clear message when the build is missing
    let stdout: string;
    try {
      ({ stdout } = await run('npx', ['--no', 'web-ext', 'lint', '--source-dir', distDir('firefox'), '--output', 'json', '--no-config-discovery'], {
        cwd: PROJECT_ROOT,
        maxBuffer: 16 * 1024 * 1024,
        env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      }));
    } catch (err) {
      // web-ext exits non-zero when the linter found errors; its JSON is still on stdout.
      const failed = err as { stdout?: string; stderr?: string; message: string };
      if (!failed.stdout) throw new Error(`web-ext lint did not run: ${failed.message}\n${failed.stderr ?? ''}`);
      stdout = failed.stdout;
    }
    return JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
  })();
  return report;
}

function details(r: LintReport): string {
  return [describeMessages('errors', r.errors), describeMessages('warnings', r.warnings), describeMessages('notices', r.notices)].join('\n');
}

describe('web-ext lint on dist/firefox', () => {
  it(
    'reports no errors',
    async () => {
      const r = await lint();
      expect(r.errors.length, details(r)).toBe(0);
      expect(r.summary.errors, details(r)).toBe(0);
    },
    LINT_TIMEOUT_MS,
  );

  // The linter only warns about a manifest key the declared strict_min_version does not support
  // (KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION…), but such a key is silently ignored by those versions.
  it(
    'has no warnings about the manifest itself',
    async () => {
      const r = await lint();
      expect(r.warnings.filter((w) => w.file === 'manifest.json'), details(r)).toEqual([]);
    },
    LINT_TIMEOUT_MS,
  );
});
