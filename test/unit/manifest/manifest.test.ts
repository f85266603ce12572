// The built manifests (dist/chrome, dist/firefox after `npm run build`): only the permissions the
// extension needs, no remote code, icons that exist at their declared sizes, and each manifest in
// the dialect of its browser.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, builtFiles, distDir, pngSize, readManifest, type BrowserName, type Manifest } from './built';

/** What the extension may ask for (see README "Permissions"); anything else must be argued for here first. */
const ALLOWED_PERMISSIONS = ['storage', 'activeTab', 'scripting', 'contextMenus', 'downloads', 'webRequest', 'webNavigation'];
const ALLOWED_HOSTS = ['*://*.zjol.com.cn/*'];
/** Match patterns that mean "every site": never wanted, the extension works on zjol or after a click. */
const ALL_SITES = /<all_urls>|^\*:\/\/\*\/|^(?:https?|\*):\/\/\*\/\*$/;

/**
 * Top-level keys Chrome documents for Manifest V3 (developer.chrome.com/docs/extensions/reference/
 * manifest, "Manifest file format"). Chrome warns about and ignores other keys.
 */
const CHROME_MV3_KEYS = new Set([
  'manifest_version', 'name', 'version', 'description', 'icons',
  'action', 'author', 'background', 'chrome_settings_overrides', 'chrome_url_overrides', 'commands',
  'content_scripts', 'content_security_policy', 'cross_origin_embedder_policy', 'cross_origin_opener_policy',
  'declarative_net_request', 'default_locale', 'devtools_page', 'export', 'externally_connectable',
  'file_browser_handlers', 'file_handlers', 'file_system_provider_capabilities', 'homepage_url',
  'host_permissions', 'import', 'incognito', 'input_components', 'key', 'minimum_chrome_version', 'oauth2',
  'omnibox', 'optional_host_permissions', 'optional_permissions', 'options_page', 'options_ui', 'permissions',
  'requirements', 'sandbox', 'short_name', 'side_panel', 'storage', 'tts_engine', 'update_url', 'version_name',
  'web_accessible_resources',
]);
/** Keys only Firefox reads (MDN manifest.json key list): they have no place in the Chrome build. */
const FIREFOX_ONLY_KEYS = [
  'browser_specific_settings', 'applications', 'developer', 'sidebar_action', 'theme', 'theme_experiment',
  'dictionaries', 'protocol_handlers', 'user_scripts', 'page_action', 'browser_action',
];
/** Firefox's add-on id: an email-like string or a {GUID} (MDN browser_specific_settings). */
const GECKO_ID = /^(?:[a-z0-9._-]*@[a-z0-9._-]+|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i;
/** CSP sources that would let an extension page run code it did not ship. */
const UNSAFE_CSP_SOURCE = /'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|\bhttps?:|\bdata:|\bblob:|(?:^|\s)\*(?:\s|;|$)|\bws:|\bwss:/;

function permissionsOf(m: Manifest): string[] {
  return [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
}

function hostsOf(m: Manifest): string[] {
  return [...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c) => c.matches ?? [])];
}

/** Every icon path the manifest declares, with the size its key promises. */
function declaredIcons(m: Manifest): { where: string; size: number; file: string }[] {
  const out: { where: string; size: number; file: string }[] = [];
  for (const [size, file] of Object.entries(m.icons ?? {})) out.push({ where: `icons.${size}`, size: Number(size), file });
  const actionIcon = m.action?.default_icon;
  if (typeof actionIcon === 'string') throw new Error('action.default_icon is a single path: give it per size');
  for (const [size, file] of Object.entries(actionIcon ?? {})) out.push({ where: `action.default_icon.${size}`, size: Number(size), file });
  return out;
}

/** Files the manifest points at (pages, scripts, styles), which must be in the build. */
function referencedFiles(m: Manifest): string[] {
  return [
    m.action?.default_popup,
    m.options_ui?.page,
    m.background?.service_worker,
    ...(m.background?.scripts ?? []),
    m.background?.page,
    ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
  ].filter((f): f is string => typeof f === 'string');
}

function cspStrings(csp: unknown): string[] {
  if (csp === undefined) return [];
  if (typeof csp === 'string') return [csp];
  if (typeof csp === 'object' && csp !== null) return Object.values(csp).map(String);
  return [String(csp)];
}

describe.each(BROWSERS)('the %s manifest', (browser: BrowserName) => {
  const manifest = readManifest(browser);

  it('is Manifest V3 with a name and a default locale that exists', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBeTruthy();
    expect(manifest.default_locale).toBeTruthy();
    expect(existsSync(path.join(distDir(browser), '_locales', manifest.default_locale!, 'messages.json'))).toBe(true);
  });

  it('asks only for allowed permissions, never `tabs`', () => {
    const extra = permissionsOf(manifest).filter((p) => !ALLOWED_PERMISSIONS.includes(p));
    expect(extra, `permissions not on the allowed list: ${extra.join(', ')}`).toEqual([]);
    expect(permissionsOf(manifest)).not.toContain('tabs');
  });

  it('asks only for zjol hosts, never every site', () => {
    const extra = hostsOf(manifest).filter((h) => !ALLOWED_HOSTS.includes(h));
    expect(extra, `hosts not on the allowed list: ${extra.join(', ')}`).toEqual([]);
    expect(hostsOf(manifest).filter((h) => ALL_SITES.test(h))).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('exposes no web-accessible resources', () => {
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it('runs no remote code: no loose CSP, no remote or inline scripts in its pages, no eval', () => {
    for (const policy of cspStrings(manifest.content_security_policy)) {
      const scriptSources = policy.split(';').filter((d) => /^\s*(?:script-src|default-src|object-src|worker-src)\b/.test(d));
      expect(scriptSources.filter((d) => UNSAFE_CSP_SOURCE.test(d)), policy).toEqual([]);
    }
    for (const file of builtFiles(browser)) {
      const text = /\.(?:html|js|mjs)$/.test(file) ? readFileSync(path.join(distDir(browser), file), 'utf8') : null;
      if (text === null) continue;
      if (file.endsWith('.html')) {
        const scripts = [...text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
        for (const [, attrs = '', body = ''] of scripts) {
          const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
          expect(src, `${file}: a page script must be a packaged file`).toBeDefined();
          expect(src, `${file}: remote script ${src}`).not.toMatch(/^(?:[a-z]+:)?\/\//i);
          expect(body.trim(), `${file}: inline script`).toBe('');
        }
      } else {
        expect(text, `${file} uses eval`).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(/);
        expect(text, `${file} loads a remote script`).not.toMatch(/importScripts\s*\(\s*["'`]https?:|import\s*\(\s*["'`]https?:/);
      }
    }
  });

  it('has no Unicode noncharacter in a script (Chrome refuses to inject such a file as "not UTF-8")', () => {
    const noncharacter = /[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/;
    const scripts = builtFiles(browser).filter((f) => /\.m?js$/.test(f));
    expect(scripts).toContain('src/content/docx-tools.js');
    expect(scripts.filter((f) => noncharacter.test(readFileSync(path.join(distDir(browser), f), 'utf8')))).toEqual([]);
  });

  it('has every declared icon, a PNG of the declared size', () => {
    const icons = declaredIcons(manifest);
    expect(icons.map((i) => i.where)).toEqual(expect.arrayContaining(['icons.16', 'icons.48', 'icons.128']));
    for (const icon of icons) {
      const file = path.join(distDir(browser), icon.file);
      expect(existsSync(file), `${icon.where}: ${icon.file} missing`).toBe(true);
      expect(pngSize(readFileSync(file)), `${icon.where}: ${icon.file}`).toEqual({ width: icon.size, height: icon.size });
    }
  });

  it('points only at files that are in the build', () => {
    const missing = referencedFiles(manifest).filter((f) => !existsSync(path.join(distDir(browser), f.split('?')[0]!)));
    expect(missing).toEqual([]);
  });
});

describe('the Chrome manifest', () => {
  const manifest = readManifest('chrome');

  it('has only keys Chrome documents for MV3', () => {
    expect(Object.keys(manifest).filter((k) => !CHROME_MV3_KEYS.has(k))).toEqual([]);
  });

  it('has no Firefox-only keys', () => {
    expect(FIREFOX_ONLY_KEYS.filter((k) => k in manifest)).toEqual([]);
  });

  it('runs its background as a service worker, not as scripts or a page', () => {
    expect(manifest.background?.service_worker).toBeTruthy();
    expect(manifest.background).not.toHaveProperty('scripts');
    expect(manifest.background).not.toHaveProperty('page');
  });
});

describe('the Firefox manifest', () => {
  const manifest = readManifest('firefox');

  it('runs its background as scripts (Firefox MV3 has no service workers)', () => {
    expect(manifest.background?.scripts?.length).toBeGreaterThan(0);
  });

  it('has a gecko id and a minimum version', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(GECKO_ID);
    // data_collection_permissions needs Firefox 140 (desktop) / 142 (Android); web-ext lint checks the pairing.
    expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
  });

  it('differs from the Chrome manifest only in background and browser_specific_settings', () => {
    const chrome = readManifest('chrome');
    const strip = ({ background: _b, browser_specific_settings: _s, ...rest }: Manifest) => rest;
    expect(strip(manifest)).toEqual(strip(chrome));
    const { service_worker: _w, ...chromeBackground } = chrome.background ?? {};
    const { scripts: _s, ...firefoxBackground } = manifest.background ?? {};
    expect(firefoxBackground).toEqual(chromeBackground);
    expect(manifest.background?.scripts).toEqual([chrome.background?.service_worker]);
  });
});
