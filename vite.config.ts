// Builds the extension twice from one manifest: `vite build` → dist/chrome (service worker),
// `vite build --mode firefox` → dist/firefox (background scripts + gecko settings).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

export const GECKO_ID = 'zjol-reader@zjol-reader.github.io';

/**
 * FlexSearch's compact build: the index without its worker and persistence code, which carry a
 * `Function(…)` constructor (refused by extension pages' CSP and flagged by the add-on linter).
 * The package's exports name only the full bundle, so the file is aliased; vitest.config.ts and
 * the bench's core bundle use the same file.
 */
export const FLEXSEARCH_COMPACT = fileURLToPath(new URL('./node_modules/flexsearch/dist/flexsearch.compact.module.min.js', import.meta.url));

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  const manifest = structuredClone(baseManifest) as Record<string, unknown> & typeof baseManifest;
  manifest.version = pkg.version;
  if (browser === 'chrome') return manifest as ManifestV3Export;
  const { service_worker, ...rest } = manifest.background;
  return {
    ...manifest,
    background: { ...rest, scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  } as unknown as ManifestV3Export;
}

// crxjs marks `?iife` scripts web-accessible to every site. We inject them with
// scripting.executeScript, which needs no web-accessible resource, so we expose nothing:
// a page cannot probe for the extension or load our files.
const noWebAccessibleResources: CrxPlugin = {
  name: 'zjol-reader:no-web-accessible-resources',
  enforce: 'post',
  renderCrxManifest(manifest) {
    delete manifest.web_accessible_resources;
    return manifest;
  },
};

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    resolve: { alias: [{ find: /^flexsearch$/, replacement: FLEXSEARCH_COMPACT }] },
    plugins: [
      crx({
        manifest: manifestFor(browser),
        browser,
        // Plain scripts, no module loader: they run synchronously and expose nothing to pages.
        contentScripts: { standaloneFiles: ['src/content/content-script.ts', 'src/frame/frame-script.ts'] },
      }),
      noWebAccessibleResources,
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      minify: true,
      sourcemap: false,
      // The reading desk: an extension page no manifest key names (the popup links to it).
      rollupOptions: {
        input: { desk: 'src/desk/desk.html' },
        // The core is pure (STYLE.md): importing one of its modules does nothing by itself, so a
        // context that takes one function from src/core/index.ts does not carry the rest.
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/]core[\\/]/.test(id) },
      },
    },
  };
});
