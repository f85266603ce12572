// Builds the extension twice from one manifest: `vite build` → dist/chrome (service worker),
// `vite build --mode firefox` → dist/firefox (background scripts + gecko settings).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import pkg from './package.json' with { type: 'json' };

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

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      crx({
        manifest: manifestFor(browser),
        browser,
        // Plain scripts, no module loader: they run synchronously and expose nothing to pages.
        contentScripts: { standaloneFiles: ['src/content/content-script.ts', 'src/frame/frame-script.ts'] },
      }),
      noWebAccessibleResources,
      escapeNoncharacters,
    ],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: browser === 'firefox' ? 'firefox128' : 'chrome120',
      minify: true,
      sourcemap: false,
    },
  };
});
