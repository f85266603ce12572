// Running the built command line (`node bin/zjol-reader.js …`, built by `npm run build:cli`) as a
// user would, and the inputs it must refuse. Nothing here is committed data: big and odd files
// are made in a temp folder by the tests.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CLI = path.join(PROJECT_ROOT, 'bin', 'zjol-reader.js');
const BUILT = path.join(PROJECT_ROOT, 'dist', 'cli', 'zjol-reader.js');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the CLI to the end (or until `timeout`, then it is killed and `signal` says so). */
export function runCli(args: readonly string[], { timeout = 60_000, cwd = PROJECT_ROOT }: { timeout?: number; cwd?: string } = {}): CliRun {
  if (!existsSync(BUILT)) throw new Error(`${BUILT} is missing: run \`npm run build:cli\` before the CLI tests.`);
  const started = performance.now();
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout, maxBuffer: 512 * 1024 * 1024 });
  return { code: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', ms: performance.now() - started };
}

/** A refusal as the CLI promises it: exit 2, exactly one line on stderr, no stack trace, nothing on stdout. */
export function refusalProblems(run: CliRun): string[] {
  const problems: string[] = [];
  if (run.signal) problems.push(`killed by ${run.signal} (took ${Math.round(run.ms)} ms)`);
  if (run.code !== 2) problems.push(`exit code ${run.code}, not 2`);
  const lines = run.stderr.split('\n').filter((l) => l.length > 0);
  if (lines.length !== 1) problems.push(`${lines.length} lines on stderr: ${JSON.stringify(run.stderr.slice(0, 400))}`);
  if (/^\s+at\s|Error:|node:internal/m.test(run.stderr)) problems.push(`a stack trace on stderr: ${run.stderr.slice(0, 400)}`);
  if (run.stdout.length) problems.push(`output on stdout: ${JSON.stringify(run.stdout.slice(0, 200))}`);
  return problems;
}

export const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Regular files even root cannot read: write-only sysfs attributes (kernfs refuses to open them for
 * reading, whatever the capabilities). Returns one that exists and fails to read, or null.
 */
const WRITE_ONLY_SYSFS = ['/sys/bus/pci/rescan', '/sys/bus/pci/drivers_probe', '/sys/bus/platform/drivers_probe', '/sys/kernel/profiling', '/sys/power/wakeup_count'];
export function rootProofUnreadableFile(): string | null {
  for (const file of WRITE_ONLY_SYSFS) {
    let fd: number | null = null;
    try {
      fd = openSync(file, 'r');
      readSync(fd, Buffer.alloc(16));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES' || code === 'EPERM') return file;
    } finally {
      if (fd !== null) closeSync(fd);
    }
  }
  return null;
}
