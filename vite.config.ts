// Builds the extension twice from one manifest: `vite build` → dist/chrome (service worker),
// `vite build --mode firefox` → dist/firefox (background scripts + gecko settings).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { earlyCss } from './scripts/early-css';


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

// Chrome refuses to inject a script file holding a Unicode noncharacter (U+FDD0–U+FDEF, U+xFFFE, U+xFFFF) as
// "not UTF-8 encoded"; the minifier writes the docx package's `"\uFFFF"` as the raw character. Written back as
// an escape, which means the same in a string, a template and a regular expression.
const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;
const escapeNoncharacters: Plugin = {
  name: 'zjol-reader:escape-noncharacters',
  apply: 'build',
  writeBundle(options, bundle) {
    for (const fileName of Object.keys(bundle)) {
      if (!fileName.endsWith('.js')) continue;
      const file = join(options.dir ?? '', fileName);
      const text = readFileSync(file, 'utf8');
      const fixed = text.replace(NONCHARACTER, (ch) => ch.split('').map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join(''));
      if (fixed !== text) writeFileSync(file, fixed);
    }
  },
};

/** The scripts the background injects into a tab when first needed, and where they land in the build. */
const INJECTED = {
  /** Reader view, exports, DOMPurify, Turndown: the first time the article is asked for. */
  __PAGE_TOOLS_FILE__: { entry: 'src/content/page-tools.ts', file: 'src/content/page-tools.js' },
  /** The Word export (the docx package): the first time a Word file is asked for. */
  __DOCX_TOOLS_FILE__: { entry: 'src/content/docx-tools.ts', file: 'src/content/docx-tools.js' },
} as const;

/**
 * Each injected script is one self-contained file, built apart after the extension, so no context
 * imports another's code to learn the file's name: the background gets it as a build constant.
 */
function injectedScripts(outDir: string, target: string): Plugin {
  return {
    name: 'zjol-reader:injected-scripts',
    apply: 'build',
    async closeBundle() {
      for (const { entry, file } of Object.values(INJECTED)) {
        await build({
          configFile: false,
          logLevel: 'warn',
          plugins: [escapeNoncharacters],
          build: {
            outDir,
            emptyOutDir: false,
            target,
            minify: true,
            sourcemap: false,
            lib: { entry, formats: ['iife'], name: 'zjolReaderInjected', fileName: () => file },
          },
        });
      }
    },
  };
}

/**
 * The first-paint stylesheet is generated from the ad-marker data (`early` rules), so the two cannot
 * drift apart; it is written before crxjs reads the manifest's css entry.
 */
function writeEarlyCss(): void {
  const file = 'src/content/early.css';
  const css = earlyCss();
  if (!existsSync(file) || readFileSync(file, 'utf8') !== css) writeFileSync(file, css);
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const target = browser === 'firefox' ? 'firefox128' : 'chrome120';
  writeEarlyCss();
  return {
    define: Object.fromEntries(Object.entries(INJECTED).map(([name, { file }]) => [name, JSON.stringify(file)])),
    resolve: { alias: [{ find: /^flexsearch$/, replacement: FLEXSEARCH_COMPACT }] },
    plugins: [
      crx({
        manifest: manifestFor(browser),
        browser,
        // Plain scripts, no module loader: they run synchronously and expose nothing to pages.
        contentScripts: { standaloneFiles: ['src/content/content-script.ts', 'src/frame/frame-script.ts'] },
      }),
      noWebAccessibleResources,
      escapeNoncharacters,
      injectedScripts(`dist/${browser}`, target),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target,
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
