// `npm run build` when the built extension is missing or older than its sources, so the sizes and
// the browser timings are those of the current code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the Chrome build is made from. */
const SOURCES = ['src', 'manifest.json', '_locales', 'vite.config.ts'];
/** Outputs the bench reads; the oldest of them dates the build. */
const OUTPUTS = ['dist/chrome/manifest.json', 'dist/chrome/src/content/content-script.js'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Why a build is needed, or null when dist/ is up to date. */
export function staleReason(root) {
  const outputs = OUTPUTS.map((o) => join(root, o));
  const missing = outputs.find((o) => !existsSync(o));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...outputs.map((o) => statSync(o).mtimeMs));
  const changed = Math.max(...SOURCES.map((s) => newestMtime(join(root, s))));
  return changed > built ? 'dist/ is older than src/' : null;
}

/** Builds when needed; the build's output goes to stderr so stdout keeps only the report. */
export function ensureBuilt(root) {
  const reason = staleReason(root);
  if (!reason) return { built: false, reason: 'dist/ is up to date' };
  process.stderr.write(`bench: ${reason}; running npm run build\n`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  return { built: true, reason };
}
