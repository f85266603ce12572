// Builds the extension twice from one manifest: `vite build` → dist/chrome (service worker),
// `vite build --mode firefox` → dist/firefox (background scripts + gecko settings).
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { build, defineConfig, type Plugin } from 'vite';
import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };
import { earlyCss } from './scripts/early-css';


export const GECKO_ID = 'zjol-reader@zjol-reader.github.io';

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

/** Where the page tools land in the built extension; the background injects this file. */
const PAGE_TOOLS_FILE = 'src/content/page-tools.js';

/**
 * The page tools (reader view, exports, DOMPurify, Turndown) are one self-contained script that the
 * background injects with scripting.executeScript when first needed. They are built apart, after the
 * extension, so no context imports another's code to learn the file's name: the background gets it
 * as the build constant `__PAGE_TOOLS_FILE__`.
 */
function pageToolsBundle(outDir: string, target: string): Plugin {
  return {
    name: 'zjol-reader:page-tools',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          target,
          minify: true,
          sourcemap: false,
          lib: { entry: 'src/content/page-tools.ts', formats: ['iife'], name: 'zjolReaderPageTools', fileName: () => PAGE_TOOLS_FILE },
        },
      });
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
    define: { __PAGE_TOOLS_FILE__: JSON.stringify(PAGE_TOOLS_FILE) },
    plugins: [
      crx({
        manifest: manifestFor(browser),
        browser,
        // Plain scripts, no module loader: they run synchronously and expose nothing to pages.
        contentScripts: { standaloneFiles: ['src/content/content-script.ts', 'src/frame/frame-script.ts'] },
      }),
      noWebAccessibleResources,
      pageToolsBundle(`dist/${browser}`, target),
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target,
      minify: true,
      sourcemap: false,
    },
  };
});
