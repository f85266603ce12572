// The bundle budget, asserted on every `npm test` (the build runs first): the content script runs on
// every zjol page, so it stays under CONTENT_BUDGET_BYTES and carries neither DOMPurify nor Turndown,
// which arrive with the page tools only when the reader asks.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_BUDGET_BYTES, measureSizes } from '../../../bench/sizes.mjs';

const DIST = join(import.meta.dirname, '..', '..', '..', 'dist', 'chrome');

describe('bundle budgets (dist/chrome)', () => {
  const { sizes, budget } = measureSizes(DIST);

  it(`keeps the content script within ${CONTENT_BUDGET_BYTES} bytes`, () => {
    expect(sizes.content).not.toBeNull();
    expect(sizes.content!).toBeLessThanOrEqual(CONTENT_BUDGET_BYTES);
  });

  it('keeps the heavy libraries out of the content script and in the page tools', () => {
    expect(budget.heavyInContent).toEqual({});
    expect(budget.heavyInPageTools.sort()).toEqual(['DOMPurify', 'Turndown']);
  });
});
