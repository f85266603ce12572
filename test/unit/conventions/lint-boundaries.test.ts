// The boundaries of eslint.config.js really bite: a copy of a real source file with one forbidden line
// planted in it fails `npm run lint`, and the unchanged copy passes (the control). The copy is linted
// under the original's path, so the path-based zones apply exactly as to the file itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
let eslint: ESLint;

async function ruleIds(file: string, planted: string | null): Promise<string[]> {
  const source = readFileSync(join(ROOT, file), 'utf8');
  // Planted after the imports' block: imports may sit anywhere in a module, and code at the end runs.
  const text = planted === null ? source : `${planted}\n${source}`;
  const [result] = await eslint.lintText(text, { filePath: join(ROOT, file) });
  return result!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? 'fatal');
}

describe('npm run lint enforces the layout', () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: ROOT });
  });

  const CORE_FILE = 'src/core/extract/lines.ts';
  const POPUP_FILE = 'src/popup/points-view.ts';

  it('passes the files as they are (the control)', async () => {
    expect(await ruleIds(CORE_FILE, null)).toEqual([]);
    expect(await ruleIds(POPUP_FILE, null)).toEqual([]);
  });

  it.each([
    ['the extension API', "import browser from 'webextension-polyfill';\nvoid browser;", 'no-restricted-imports'],
    ['a platform module', "import { t } from '../../platform/i18n';\nvoid t;", 'import/no-restricted-paths'],
    ['a context', "import { renderPoints } from '../../popup/points-view';\nvoid renderPoints;", 'import/no-restricted-paths'],
    ['a Node module', "import { readFileSync } from 'node:fs';\nvoid readFileSync;", 'no-restricted-imports'],
    ['the clock', 'export const plantedNow = Date.now();', 'no-restricted-syntax'],
    ['the current date', 'export const plantedDate = new Date();', 'no-restricted-syntax'],
    ['the document global', 'export const plantedTitle = document.title;', 'no-restricted-globals'],
    ['fetch', "export const plantedFetch = () => fetch('https://zjol.com.cn/');", 'no-restricted-globals'],
  ])('fails a core file that reads %s', async (_what, planted, rule) => {
    expect(await ruleIds(CORE_FILE, planted)).toContain(rule);
  });

  it('fails a context that imports another context', async () => {
    expect(await ruleIds(POPUP_FILE, "import { Hider } from '../options/options';\nvoid Hider;")).toContain('import/no-restricted-paths');
  });

  it('fails glue that imports a core module other than src/core/index.ts', async () => {
    expect(await ruleIds(POPUP_FILE, "import { segment } from '../core/extract/lines';\nvoid segment;")).toContain('no-restricted-imports');
  });

  it('fails the command line when it imports browser glue', async () => {
    expect(await ruleIds('src/cli/args.ts', "import { listen } from '../platform/messages';\nvoid listen;")).toContain('import/no-restricted-paths');
  });

  it('fails a pure common module that imports the platform', async () => {
    expect(await ruleIds('src/common/sanitize.ts', "import { t } from '../platform/i18n';\nvoid t;")).toContain('import/no-restricted-paths');
  });
});
