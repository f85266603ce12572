// Bundles bench/core-entry.ts (our core, the char-F1 metric, the bench's pure modules) into a temp
// ES module with rolldown and imports it: Node 20 does not run TypeScript. The same approach as
// scripts/eval-extract.mjs; the bundle is deleted once imported.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const ENTRY = fileURLToPath(new URL('./core-entry.ts', import.meta.url));

/** @returns {Promise<typeof import('./core-entry')>} */
export async function loadCore() {
  const dir = mkdtempSync(join(tmpdir(), 'zjol-bench-'));
  try {
    const file = join(dir, 'core.mjs');
    // The FlexSearch build the extension ships (vite.config.ts FLEXSEARCH_COMPACT).
    const flexsearch = fileURLToPath(new URL('../node_modules/flexsearch/dist/flexsearch.compact.module.min.js', import.meta.url));
    await build({ input: ENTRY, output: { file, format: 'esm' }, logLevel: 'silent', resolve: { alias: { flexsearch } } });
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
