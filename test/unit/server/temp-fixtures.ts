// Tiny fixture folders in a temp dir, in the test/pages format, so the server and harness tests do not
// depend on the real fixtures (which other work changes). Also a small HTTP(S) client for the tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';

export interface TempFixture {
  meta: { url: string } & Record<string, unknown>;
  source: string | Uint8Array;
  /** other files of the folder (meta.resources[…].file) */
  files?: Record<string, string | Uint8Array>;
}

/** Writes `<tmp>/<slug>/{source.html,meta.json,…}`; remove() deletes the whole dir. */
export function writeTempFixtures(fixtures: Record<string, TempFixture>): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'zjol-pages-'));
  for (const [slug, fixture] of Object.entries(fixtures)) {
    const folder = path.join(dir, slug);
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'source.html'), fixture.source);
    writeFileSync(path.join(folder, 'meta.json'), JSON.stringify(fixture.meta, null, 2));
    for (const [name, content] of Object.entries(fixture.files ?? {})) writeFileSync(path.join(folder, name), content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Answer {
  status: number;
  statusMessage: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface RequestOptions {
  port: number;
  /** the Host header (and TLS server name) */
  host: string;
  path?: string;
  method?: string;
  /** HTTPS, trusting this CA */
  ca?: string;
  /** send the request in absolute form, as to a proxy */
  proxyUrl?: string;
}

/** One request to 127.0.0.1:<port>, as a browser mapped there would send it. Rejects when the connection drops. */
export function fetchFrom({ port, host, path: p = '/', method = 'GET', ca, proxyUrl }: RequestOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const common = { host: '127.0.0.1', port, method, path: proxyUrl ?? p, headers: { Host: host }, agent: false as const };
    const req = ca ? https.request({ ...common, ca, servername: host }) : http.request(common);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, statusMessage: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
