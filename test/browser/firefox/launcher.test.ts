// scripts/launch-firefox.mjs itself: where it looks for Firefox, the preferences that keep a run
// hermetic, and that it leaves no process and no temp folder behind, also when the launch fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../../scripts/fixture-server.mjs';
import { FIREFOX_CANDIDATES, findFirefox, firefoxPreferences, launchFirefoxWithExtension } from '../../../scripts/launch-firefox.mjs';
import { FIREFOX_SKIP_REASON, firefoxTitle } from './helpers';

/** Command lines of running processes that mention a text (our temp folders are in Firefox's -profile argument). */
function processesMentioning(text: string): string[] {
  const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return out.split('\n').filter((line) => line.includes(text) && !line.includes('ps -eo'));
}

const tempFolders = () => readdirSync(os.tmpdir()).filter((name) => name.startsWith('zjol-firefox-'));

describe('findFirefox', () => {
  const saved = process.env.FIREFOX_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.FIREFOX_PATH;
    else process.env.FIREFOX_PATH = saved;
  });

  it('takes FIREFOX_PATH first and fails loudly when it names a missing file', () => {
    process.env.FIREFOX_PATH = '/nonexistent/firefox';
    expect(() => findFirefox()).toThrow(/FIREFOX_PATH.*\/nonexistent\/firefox/);
    process.env.FIREFOX_PATH = process.execPath; // any file that exists
    expect(findFirefox()).toBe(process.execPath);
  });

  it('otherwise looks at the Debian locations, firefox-esr first', () => {
    delete process.env.FIREFOX_PATH;
    expect(FIREFOX_CANDIDATES).toEqual(['/usr/bin/firefox-esr', '/usr/bin/firefox']);
    expect(findFirefox()).toBe(FIREFOX_CANDIDATES.find((c) => existsSync(c)) ?? null);
  });
});

describe('firefoxPreferences', () => {
  const prefs = firefoxPreferences({
    server: { address: '127.0.0.1', port: 4321 },
    downloadDir: '/tmp/dl',
    geckoId: 'x@y',
    extensionUuid: '00000000-0000-4000-8000-000000000000',
  });

  it('sends every request, localhost included, to the fixture server', () => {
    expect(prefs).toMatchObject({
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 4321,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 4321,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    });
  });

  it('pins the extension UUID, saves downloads without asking, keeps http pages on http', () => {
    expect(JSON.parse(String(prefs['extensions.webextensions.uuids']))).toEqual({ 'x@y': '00000000-0000-4000-8000-000000000000' });
    expect(prefs).toMatchObject({
      'browser.download.dir': '/tmp/dl',
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'dom.security.https_first': false,
      'network.captive-portal-service.enabled': false,
      'toolkit.telemetry.enabled': false,
      'app.update.auto': false,
      'browser.safebrowsing.malware.enabled': false,
    });
  });
});

describe.skipIf(FIREFOX_SKIP_REASON !== null)(firefoxTitle('launchFirefoxWithExtension'), () => {
  let server: FixtureServer;
  let emptyPages: string;
  beforeAll(async () => {
    emptyPages = mkdtempSync(path.join(os.tmpdir(), 'zjol-pages-'));
    server = await startFixtureServer({ pagesDir: emptyPages });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(emptyPages, { recursive: true, force: true });
  });

  it('starts Firefox with the extension, and close() leaves no process and no folder', async () => {
    const firefox = await launchFirefoxWithExtension({ server });
    let closed = false;
    try {
      expect(existsSync(firefox.profileDir) && existsSync(firefox.downloadDir)).toBe(true);
      expect(processesMentioning(firefox.profileDir).length).toBeGreaterThan(0);
      const info = await firefox.evaluateInExtension(
        () => {
          const api = (globalThis as unknown as { browser: { runtime: { id: string; getURL(p: string): string } } }).browser;
          return { id: api.runtime.id, url: api.runtime.getURL('x') };
        },
        null,
      );
      expect(info).toEqual({ id: firefox.extensionId, url: firefox.extensionUrl('x') });
      expect(firefox.extensionId).toBe('zjol-reader@zjol-reader.github.io');
      await firefox.close();
      closed = true;
      await firefox.close(); // twice is fine
      expect(existsSync(path.dirname(firefox.profileDir))).toBe(false);
      expect(processesMentioning(firefox.profileDir)).toEqual([]);
    } finally {
      if (!closed) await firefox.close();
    }
  });

  it('cleans up when the extension cannot be installed', async () => {
    const bad = mkdtempSync(path.join(os.tmpdir(), 'zjol-bad-extension-'));
    const before = tempFolders();
    try {
      writeFileSync(
        path.join(bad, 'manifest.json'),
        JSON.stringify({ manifest_version: 3, version: '1', browser_specific_settings: { gecko: { id: 'bad@zjol-reader.test' } } }),
      );
      await expect(launchFirefoxWithExtension({ server, extensionPath: bad })).rejects.toThrow(/invalid/i);
      expect(tempFolders().filter((name) => !before.includes(name))).toEqual([]);
      expect(processesMentioning(bad)).toEqual([]);
      expect(processesMentioning('zjol-firefox-').filter((line) => !before.some((name) => line.includes(name)))).toEqual([]);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });

  it('refuses a build that is not the Firefox build, before starting anything', async () => {
    await expect(launchFirefoxWithExtension({ server, extensionPath: 'dist/chrome' })).rejects.toThrow(/gecko\.id.*dist\/firefox/);
  });
});
