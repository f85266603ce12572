#!/usr/bin/env node
// Launcher for the command line. The CLI is built by `npm install` (prepare) and `npm run build`
// into dist/cli/; see src/cli/main.ts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/zjol-reader.js', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('zjol-reader: the command line is not built yet; run `npm run build:cli` (or `npm install`) first\n');
  process.exit(2);
}
await import(built);
