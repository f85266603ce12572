// HTTPS and proxy tunnels on the fixture server's one port: Chromium sends TLS straight to the port
// (host-resolver rules map :443 there too); Firefox uses the server as its HTTP proxy (CONNECT,
// absolute-form GETs).
import { X509Certificate, createHash } from 'node:crypto';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorDocument, startFixtureServer, type FixtureServer } from '../../../scripts/fixture-server.mjs';
import { fetchFrom, writeTempFixtures } from './temp-fixtures';

const PAGE_URL = 'https://zjnews.zjol.com.cn/zjxw/202405/t20240501_1.shtml';
const SOURCE = '<!doctype html><meta charset="utf-8"><p>浙江在线</p>';

const pages = writeTempFixtures({
  https: {
    meta: {
      url: PAGE_URL,
      resources: {
        'https://zjnews.zjol.com.cn/ssi/missing.shtml': { status: 404 },
        'https://cdn.partner.example/a.js': { status: 200, file: 'a.js' },
        'https://nx.example.invalid/frame.html': { network: 'unresolvable' },
      },
    },
    source: SOURCE,
    files: { 'a.js': 'var a = 1;' },
  },
});

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ pagesDir: pages.dir });
});
afterAll(async () => {
  await server?.close();
  pages.remove();
});

/** Reads from a socket until the end of the HTTP head (or the socket ends). */
function readHead(socket: net.Socket | tls.TLSSocket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (text.includes('\r\n\r\n')) {
        socket.off('data', onData);
        socket.pause();
        resolve(text);
      }
    };
    socket.on('data', onData);
    socket.once('end', () => resolve(text));
    socket.once('error', reject);
  });
}

/** Reads a whole HTTP/1.1 answer sent with `Connection: close`. */
function readAll(socket: net.Socket | tls.TLSSocket): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.once('error', reject);
    socket.resume();
  });
}

function connect(): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Opens a CONNECT tunnel; resolves with the socket and the proxy's answer head. */
async function tunnel(target: string): Promise<{ socket: net.Socket; head: string }> {
  const socket = await connect();
  socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`);
  return { socket, head: await readHead(socket) };
}

function tlsOver(socket: net.Socket, servername: string): Promise<tls.TLSSocket> {
  return new Promise((resolve, reject) => {
    const secure = tls.connect({ socket, servername, ca: server.ca ?? undefined }, () => resolve(secure));
    secure.once('error', reject);
  });
}

describe('TLS on the shared port', () => {
  it('has a CA and a leaf certificate (openssl is installed here)', () => {
    expect(server.ca).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(server.caFile).toBeTruthy();
  });

  it.each(['zjnews.zjol.com.cn', 'img.zjol.com.cn', 'zjol.com.cn', 'img.zjolcdn.com', 'cdn.partner.example'])(
    'serves https://%s with a certificate that verifies against the CA',
    async (host) => {
      const a = await fetchFrom({ port: server.port, host, path: host === 'zjnews.zjol.com.cn' ? '/zjxw/202405/t20240501_1.shtml' : '/x.png', ca: server.ca! });
      expect(a.status).toBe(200);
      expect(a.headers.server).toBe('ZJOL/1.22.95');
    },
  );

  it('serves the same routes over HTTP and HTTPS on the one port', async () => {
    const overTls = await fetchFrom({ port: server.port, host: 'zjnews.zjol.com.cn', path: '/zjxw/202405/t20240501_1.shtml', ca: server.ca! });
    const plain = await fetchFrom({ port: server.port, host: 'zjnews.zjol.com.cn', path: '/zjxw/202405/t20240501_1.shtml' });
    expect(overTls.body.toString()).toBe(SOURCE);
    expect(plain.body.toString()).toBe(SOURCE);
    expect(overTls.headers['content-type']).toBe('text/html; charset=utf-8');
    const missing = await fetchFrom({ port: server.port, host: 'zjnews.zjol.com.cn', path: '/ssi/missing.shtml', ca: server.ca! });
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe(errorDocument(404));
  });

  it('publishes the SHA-256 of the leaf public key (for Chromium --ignore-certificate-errors-spki-list)', async () => {
    const socket = await connect();
    const secure = await tlsOver(socket, 'zjnews.zjol.com.cn');
    const leaf = new X509Certificate(secure.getPeerCertificate().raw);
    secure.destroy();
    const spki = createHash('sha256').update(leaf.publicKey.export({ type: 'spki', format: 'der' })).digest('base64');
    expect(server.spki).toBe(spki);
    expect(leaf.checkHost('zjnews.zjol.com.cn')).toBeTruthy();
    expect(leaf.checkHost('cdn.partner.example')).toBe('cdn.partner.example'); // fixture hosts outside the site domains are named one by one
    expect(leaf.checkHost('www.zjol.com.cn')).toBeTruthy();
    expect(leaf.checkHost('www.google.com')).toBeUndefined();
    expect(leaf.ca).toBe(false); // Firefox refuses a CA certificate as a server certificate
  });
});

describe('CONNECT tunnels', () => {
  it('tunnels TLS to a served host', async () => {
    const { socket, head } = await tunnel('zjnews.zjol.com.cn:443');
    expect(head).toMatch(/^HTTP\/1\.1 200 Connection Established\r\n/);
    const secure = await tlsOver(socket, 'zjnews.zjol.com.cn');
    secure.write('GET /zjxw/202405/t20240501_1.shtml HTTP/1.1\r\nHost: zjnews.zjol.com.cn\r\nConnection: close\r\n\r\n');
    const answer = await readAll(secure);
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(answer).toContain('Server: ZJOL/1.22.95');
    expect(answer.endsWith(SOURCE)).toBe(true);
  });

  it('tunnels plain HTTP too (the tunnel is sniffed again)', async () => {
    const { socket, head } = await tunnel('www.zjol.com.cn:80');
    expect(head).toMatch(/^HTTP\/1\.1 200 /);
    socket.write('GET /05zjol/ssi/x.shtml HTTP/1.1\r\nHost: www.zjol.com.cn\r\nConnection: close\r\n\r\n');
    const answer = await readAll(socket);
    expect(answer).toMatch(/^HTTP\/1\.1 404 Not Found\r\n/);
    expect(answer).toContain('<hr><center>ZJOL/1.22.95</center>');
  });

  it.each(['nx.example.invalid:443', 'www.google.com:443'])(
    'answers CONNECT %s with 404 (Firefox then shows "server not found") and closes',
    async (target) => {
      const { socket, head } = await tunnel(target);
      expect(head).toMatch(/^HTTP\/1\.1 404 Not Found\r\n/);
      await new Promise((resolve) => socket.once('close', resolve));
    },
  );
});

describe('proxy requests in absolute form', () => {
  it('serves a proxied GET for a served host', async () => {
    const a = await fetchFrom({ port: server.port, host: 'cdn.partner.example', proxyUrl: 'http://cdn.partner.example/a.js' });
    expect(a.status).toBe(200);
    expect(a.body.toString()).toBe('var a = 1;');
  });

  it('drops a proxied GET for an unresolvable or unknown host (Firefox shows its netReset page)', async () => {
    await expect(fetchFrom({ port: server.port, host: 'nx.example.invalid', proxyUrl: 'http://nx.example.invalid/frame.html' })).rejects.toThrow(
      /socket hang up|ECONNRESET/,
    );
    await expect(fetchFrom({ port: server.port, host: 'hm.baidu.com', proxyUrl: 'http://hm.baidu.com/hm.js' })).rejects.toThrow(
      /socket hang up|ECONNRESET/,
    );
  });

  it('keeps several requests on one keep-alive connection in order', async () => {
    const socket = await connect();
    socket.write(
      'GET /a.png HTTP/1.1\r\nHost: img.zjol.com.cn\r\n\r\n' +
        'GET /ssi/missing.shtml HTTP/1.1\r\nHost: zjnews.zjol.com.cn\r\nConnection: close\r\n\r\n',
    );
    const answer = await readAll(socket);
    const statuses = [...answer.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => m[1]);
    expect(statuses).toEqual(['200', '404']);
  });
});
