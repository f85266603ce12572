// Without the openssl CLI the server still serves HTTP, says so once, and has no certificate.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../../scripts/fixture-server.mjs';
import { fetchFrom, writeTempFixtures } from './temp-fixtures';

const pages = writeTempFixtures({
  page: { meta: { url: 'http://zjnews.zjol.com.cn/a.shtml' }, source: '<p>a</p>' },
});
const savedPath = process.env.PATH;
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
let servers: FixtureServer[] = [];

beforeAll(async () => {
  process.env.PATH = '/nonexistent'; // this test file runs in its own worker process
  try {
    servers = [await startFixtureServer({ pagesDir: pages.dir }), await startFixtureServer({ pagesDir: pages.dir })];
  } finally {
    process.env.PATH = savedPath;
  }
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  pages.remove();
  warn.mockRestore();
});

it('serves HTTP only, with no certificate, and warns once', async () => {
  const [server] = servers;
  expect(server!.ca).toBeNull();
  expect(server!.spki).toBeNull();
  expect((await fetchFrom({ port: server!.port, host: 'zjnews.zjol.com.cn', path: '/a.shtml' })).status).toBe(200);
  await expect(fetchFrom({ port: server!.port, host: 'zjnews.zjol.com.cn', path: '/a.shtml', ca: 'none' })).rejects.toThrow();
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]?.[0])).toMatch(/openssl not found.*HTTP only/);
});
