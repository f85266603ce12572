import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The FlexSearch build the extension ships (see FLEXSEARCH_COMPACT in vite.config.ts). */
const FLEXSEARCH_COMPACT = fileURLToPath(new URL('./node_modules/flexsearch/dist/flexsearch.compact.module.min.js', import.meta.url));

// One run for everything (`npm test`): unit and golden tests in Node (each test builds its own
// jsdom, the core never sees globals), and browser tests that drive the built extension in
// Chromium. Browser tests are slow and share one machine, so they run one file at a time.
export default defineConfig({
  resolve: { alias: [{ find: /^flexsearch$/, replacement: FLEXSEARCH_COMPACT }] },
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts', 'test/cli/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
