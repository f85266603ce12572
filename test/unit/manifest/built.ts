// The BUILT extensions (dist/chrome, dist/firefox), as the stores and browsers get them. These tests
// run after `npm run build` (`npm test` builds first); without a build they fail saying so.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const BROWSERS = ['chrome', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];
export const LOCALES = ['en', 'zh_CN'] as const;

export type Manifest = Record<string, unknown> & {
  manifest_version: number;
  name: string;
  default_locale?: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  icons?: Record<string, string>;
  action?: { default_icon?: string | Record<string, string>; default_popup?: string };
  background?: { service_worker?: string; scripts?: string[]; page?: string; type?: string };
  content_scripts?: { matches?: string[]; js?: string[]; css?: string[] }[];
  content_security_policy?: unknown;
  options_ui?: { page?: string };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
};

/** The builds checked: <project>/dist, or $ZJOL_DIST_DIR (to check a build made elsewhere). */
export function distDir(browser: BrowserName): string {
  return path.join(process.env.ZJOL_DIST_DIR ?? path.join(PROJECT_ROOT, 'dist'), browser);
}

export function readManifest(browser: BrowserName): Manifest {
  const file = path.join(distDir(browser), 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before these tests.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function readMessages(browser: BrowserName, locale: string): Record<string, LocaleMessage> {
  const file = path.join(distDir(browser), '_locales', locale, 'messages.json');
  if (!existsSync(file)) throw new Error(`${file} is missing`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, LocaleMessage>;
}

/** Every file under a built extension, relative paths with forward slashes. */
export function builtFiles(browser: BrowserName): string[] {
  const root = distDir(browser);
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Width and height of a PNG from its IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) throw new Error('not a PNG (bad signature)');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== 'IHDR') throw new Error(`not a PNG (first chunk ${chunkType}, not IHDR)`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
