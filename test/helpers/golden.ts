// Golden files: compared byte for byte; rewritten only by `npm run goldens` (UPDATE_GOLDENS=1),
// after which the diff is read before committing (STYLE.md, habit 3).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export const UPDATE_GOLDENS = process.env.UPDATE_GOLDENS === '1';

export function expectGolden(path: string, actual: string): void {
  if (UPDATE_GOLDENS) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`missing golden ${path}: run \`npm run goldens\` and review the result`);
  expect(actual, `golden ${path} differs: fix the code, or run \`npm run goldens\` and review the diff`).toBe(readFileSync(path, 'utf8'));
}
