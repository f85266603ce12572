// The fixture server: answers for zjol's web servers so the extension can be run against the fixture
// pages (test/pages/<slug>/, format in test/pages/README.md) under their REAL URLs. The browser is told
// that every fixture host lives at 127.0.0.1:<port> (Chromium: --host-resolver-rules; Firefox: this
// server as its HTTP proxy), so a page keeps its http(s)://zjnews.zjol.com.cn/… address, its origin,
// its cookies and the extension's host permissions, exactly as on the live site.
//
// One port speaks three protocols, because a host-resolver rule maps both :80 and :443 of a host to
// the same port and a proxy client may send anything:
//   first byte 0x16 (TLS handshake)  → the https server (one leaf certificate for every fixture host)
//   anything else                    → the http server: plain requests, proxy requests with an
//                                      absolute URL, and CONNECT, whose tunnel is sniffed again.
//
// What a URL gets (routing by host + path + query; the scheme is ignored):
//   the page's meta.url                → source.html, bytes as-is, charset from meta or the bytes
//   meta.resources[url] {status}       → zjol's stock error document with that status
//   meta.resources[url] {status, file} → that file of the fixture folder with that status
//   meta.resources[url] {network: 'unresolvable'} → the host does not exist (see UNRESOLVABLE below)
//   meta.resources[url] {status: 301|302|…, location} → a redirect to `location` (resolved against url)
//   anything else on a served host     → images: a small grey PNG; the rest: the 404 error document,
//                                        which is what zjol's server answers for a missing file.
//
// UNRESOLVABLE hosts (and, to keep runs hermetic, every host that is not served) cannot be made to
// fail DNS from here; each client is handled where it can tell (checked with Chromium 156 and
// Firefox ESR 153):
//   - Chromium resolves names itself: the launcher maps these hosts to ~NOTFOUND, so no request
//     arrives and the frame shows chrome-error://chromewebdata/ (net::ERR_NAME_NOT_RESOLVED).
//   - CONNECT (a proxy client opening https://…): answered `404 Not Found`, which Firefox turns into
//     its own "server not found" page (about:neterror?e=dnsNotFound; nsHttpChannel maps a failed
//     CONNECT's 404 to NS_ERROR_UNKNOWN_HOST). Chromium behind the proxy: ERR_TUNNEL_CONNECTION_FAILED.
//   - a proxied or direct plain-HTTP request: the connection is dropped without an answer, a
//     network-level failure: Firefox shows about:neterror?e=netReset, Chromium ERR_EMPTY_RESPONSE.
//     A proxy cannot make plain HTTP look like a DNS failure; a Firefox harness that needs exactly
//     that can send unresolvable hosts DIRECT in a PAC file (.invalid never resolves).
//
// Logs nothing unless DEBUG_FIXTURE_SERVER=1, except one warning when openssl is missing (then only
// HTTP is served and https:// fixture URLs fail).
import { execFile } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** zjol's server token, as printed at the bottom of its error documents (seed page, docs/zjol-templates.md). */
export const SERVER_TOKEN = 'ZJOL/1.22.95';

/** Reason phrases of the nginx-style server zjol runs (nginx spells 503/504 this way). */
export const REASON_PHRASES = /** @type {Record<number, string>} */ ({
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
  504: 'Gateway Time-out',
});

/**
 * Domains whose every subdomain is served (unlisted URLs get the PNG or the 404 document), because
 * the real zjol servers answer for them: a page references far more zjol hosts (img., www., county
 * sites) than a fixture lists. Every other host is treated as unresolvable.
 */
export const SITE_DOMAINS = ['zjol.com.cn', 'zjolcdn.com'];

/** Extensions answered with the placeholder PNG when not listed in meta.resources. */
export const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'ico', 'svg', 'avif']);

/** Content types by file extension for meta.resources files. */
export const CONTENT_TYPES = /** @type {Record<string, string>} */ ({
  html: 'text/html',
  htm: 'text/html',
  shtml: 'text/html',
  js: 'application/javascript',
  css: 'text/css',
  json: 'application/json',
  txt: 'text/plain',
  xml: 'text/xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  bmp: 'image/bmp',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  avif: 'image/avif',
  swf: 'application/x-shockwave-flash',
  mp4: 'video/mp4',
});

/** How far into an HTML file a <meta charset> is looked for (the HTML spec's prescan reads 1024 bytes; old pages put comments first). */
const CHARSET_SNIFF_BYTES = 4096;
/** Size and colour of the placeholder image: big enough to see in a screenshot, grey like a missing photo. */
const PLACEHOLDER = { width: 64, height: 48, rgb: [0xd9, 0xd9, 0xd9] };
/** Validity of the generated certificates; Chromium refuses leaf certificates valid for over 398 days. */
const CERT_DAYS = 30;

const debugEnabled = () => process.env.DEBUG_FIXTURE_SERVER === '1';
let warnedNoOpenssl = false;

/**
 * zjol's stock error document for an HTTP status (docs/zjol-templates.md, "Broken blocks").
 * @param {number} status
 * @returns {string}
 */
export function errorDocument(status) {
  const line = `${status} ${reasonPhrase(status)}`;
  return `<html>\n<head><title>${line}</title></head>\n<body>\n<center><h1>${line}</h1></center>\n<hr><center>${SERVER_TOKEN}</center>\n</body>\n</html>\n`;
}

/** @param {number} status */
function reasonPhrase(status) {
  return REASON_PHRASES[status] ?? http.STATUS_CODES[status] ?? 'Unknown';
}

/**
 * The charset an HTML file declares: a byte-order mark, else the first <meta charset=…> or
 * <meta http-equiv="Content-Type" content="…; charset=…"> in its first bytes. Lower case, or null.
 * @param {Uint8Array} bytes
 * @returns {string | null}
 */
export function sniffCharset(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = Buffer.from(bytes.subarray(0, CHARSET_SNIFF_BYTES)).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return null;
}

/** A small valid PNG (solid grey), built once. */
export const PLACEHOLDER_PNG = makePng(PLACEHOLDER.width, PLACEHOLDER.height, PLACEHOLDER.rgb);

/**
 * @param {number} width
 * @param {number} height
 * @param {number[]} rgb
 */
function makePng(width, height, rgb) {
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set(rgb, 1 + x * 3); // filter byte 0, then RGB triples
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit depth, truecolour, deflate, adaptive filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** @param {string} type @param {Buffer} data */
function pngChunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** @param {Buffer} buf */
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * @typedef {{ status?: number, file?: string, network?: 'unresolvable', charset?: string, contentType?: string, location?: string }} ResourceSpec
 * @typedef {{ url: string, charset?: string, resources?: Record<string, ResourceSpec> } & Record<string, unknown>} FixtureMeta
 * @typedef {{ slug: string, dir: string, url: string, meta: FixtureMeta }} Fixture
 * @typedef {{ kind: 'page', slug: string, file: string, charset: string | null }
 *         | { kind: 'resource', slug: string, status: number, file: string | null, charset: string | null, contentType: string | null, location: string | null, scheme: string }
 *         | { kind: 'unresolvable', slug: string }} Route
 */

/**
 * Reads every `<pagesDir>/<slug>/meta.json` that has a source.html beside it (folders being written
 * are skipped). Invalid JSON or a missing `url` throws, naming the file.
 * @param {string} pagesDir
 * @returns {Fixture[]}
 */
export function loadFixtures(pagesDir) {
  if (!existsSync(pagesDir)) return [];
  /** @type {Fixture[]} */
  const fixtures = [];
  for (const slug of readdirSync(pagesDir).sort()) {
    const dir = path.join(pagesDir, slug);
    const metaFile = path.join(dir, 'meta.json');
    if (!statSync(dir).isDirectory() || !existsSync(metaFile) || !existsSync(path.join(dir, 'source.html'))) continue;
    /** @type {FixtureMeta} */
    let meta;
    try {
      meta = JSON.parse(readFileSync(metaFile, 'utf8'));
    } catch (err) {
      throw new Error(`fixture-server: ${metaFile}: ${/** @type {Error} */ (err).message}`);
    }
    if (typeof meta.url !== 'string') throw new Error(`fixture-server: ${metaFile} has no "url"`);
    fixtures.push({ slug, dir, url: meta.url, meta });
  }
  return fixtures;
}

/**
 * The routing key of a URL: host name (lower case, no port) + path + query. Scheme and fragment
 * are ignored; `new URL` gives both sides the same percent-encoding.
 * @param {URL} url
 */
function routeKey(url) {
  return url.hostname.toLowerCase() + url.pathname + url.search;
}

/**
 * Builds the routing table of a set of fixtures.
 * @param {Fixture[]} fixtures
 */
function buildRoutes(fixtures) {
  /** @type {Map<string, Route[]>} several fixtures may claim one URL (variants of a page); see prefer() */
  const routes = new Map();
  const served = new Set();
  const unresolvable = new Set();
  /** @param {URL} url @param {Route} route */
  const add = (url, route) => {
    const key = routeKey(url);
    const list = routes.get(key) ?? [];
    list.push(route);
    routes.set(key, list);
  };
  for (const { slug, dir, url, meta } of fixtures) {
    const pageUrl = new URL(url);
    served.add(pageUrl.hostname.toLowerCase());
    add(pageUrl, { kind: 'page', slug, file: path.join(dir, 'source.html'), charset: meta.charset?.toLowerCase() ?? null });
    for (const [href, spec] of Object.entries(meta.resources ?? {})) {
      const resUrl = new URL(href, pageUrl); // relative keys resolve against the page
      const host = resUrl.hostname.toLowerCase();
      if (spec.network === 'unresolvable') {
        unresolvable.add(host);
        add(resUrl, { kind: 'unresolvable', slug });
        continue;
      }
      served.add(host);
      add(resUrl, {
        kind: 'resource',
        slug,
        status: spec.status ?? 200,
        file: spec.file ? path.join(dir, spec.file) : null,
        charset: spec.charset?.toLowerCase() ?? null,
        contentType: spec.contentType ?? null,
        location: spec.location ? new URL(spec.location, resUrl).href : null,
        scheme: resUrl.protocol,
      });
    }
  }
  // DNS is per host: a host one fixture calls unresolvable is unresolvable for all.
  for (const host of unresolvable) served.delete(host);
  return { routes, served, unresolvable };
}

/** @param {string} file */
function extensionOf(file) {
  return path.extname(file).slice(1).toLowerCase();
}

/**
 * @typedef {object} FixtureServer
 * @property {number} port            the one port for HTTP, HTTPS and CONNECT (on 127.0.0.1)
 * @property {string} address         '127.0.0.1'
 * @property {string[]} hosts         hosts to send to this server: every host named by a fixture URL or resource, minus unresolvable ones
 * @property {string[]} unresolvableHosts hosts that must fail DNS (resources marked network: 'unresolvable')
 * @property {string[]} siteDomains   domains whose every subdomain is also served (SITE_DOMAINS)
 * @property {Fixture[]} fixtures     the fixtures found, by slug
 * @property {(slug: string) => string} urlOf  a fixture's real URL (meta.url)
 * @property {(slug: string | null) => void} prefer  when fixtures share a URL, answer with this one's page/resources (default: first slug)
 * @property {(host: string) => boolean} serves  whether requests for this host name are answered
 * @property {string | null} ca       PEM of the CA that signed the server certificate (null: HTTP only)
 * @property {string | null} caFile   path of that PEM (for certutil / NSS imports)
 * @property {string | null} spki     base64 SHA-256 of the leaf certificate's public key (Chromium --ignore-certificate-errors-spki-list)
 * @property {() => Promise<void>} close  stops listening, drops every connection, removes the certificate dir
 */

/**
 * Starts the fixture server.
 * @param {{ pagesDir?: string, port?: number, siteDomains?: string[] }} [options]
 * @returns {Promise<FixtureServer>}
 */
export async function startFixtureServer({ pagesDir = 'test/pages', port = 0, siteDomains = SITE_DOMAINS } = {}) {
  const debug = debugEnabled() ? (/** @type {unknown[]} */ ...a) => console.error('[fixture-server]', ...a) : () => {};
  const fixtures = loadFixtures(path.resolve(pagesDir));
  const { routes, served, unresolvable } = buildRoutes(fixtures);
  /** @type {string | null} */
  let preferred = null;

  /** @param {string} host */
  const serves = (host) => {
    const h = host.toLowerCase().replace(/\.$/, '');
    if (unresolvable.has(h)) return false;
    return served.has(h) || siteDomains.some((d) => h === d || h.endsWith(`.${d}`));
  };

  /** @param {URL} url @returns {Route | null} */
  const lookup = (url) => {
    let list = routes.get(routeKey(url)) ?? (url.search ? routes.get(routeKey(new URL(url.pathname, url))) : undefined);
    // Routing ignores the scheme, except for a redirect: `http://x/a` → `https://x/a` is declared on the http
    // address only, and the https request it leads to must reach the page, not the redirect again.
    list = list?.filter((r) => r.kind !== 'resource' || !r.location || r.scheme === url.protocol);
    if (!list?.length) return null;
    return list.find((r) => r.slug === preferred) ?? list[0] ?? null;
  };

  const certDir = mkdtempSync(path.join(os.tmpdir(), 'zjol-fixture-tls-'));
  // Also when the process ends without close() (a test that threw, process.exit()).
  const removeCertDir = () => rmSync(certDir, { recursive: true, force: true });
  process.once('exit', removeCertDir);
  const tls = await makeCertificates(certDir, [...served], siteDomains).catch((err) => {
    process.off('exit', removeCertDir);
    removeCertDir();
    throw err;
  });
  if (!tls && !warnedNoOpenssl) {
    warnedNoOpenssl = true;
    console.warn('fixture-server: openssl not found; serving HTTP only (https:// fixture URLs will fail).');
  }

  /** @type {http.RequestListener} */
  const handle = (req, res) => {
    void respond(req, res).catch((err) => {
      debug('error', req.url, err);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function respond(req, res) {
    const rawUrl = req.url ?? '/';
    const proxied = /^[a-z][a-z0-9+.-]*:\/\//i.test(rawUrl); // absolute-form: a proxy request
    const secure = /** @type {{ encrypted?: boolean }} */ (req.socket).encrypted === true;
    /** @type {URL} */
    let url;
    try {
      url = proxied ? new URL(rawUrl) : new URL(rawUrl, `${secure ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const route = lookup(url);
    if (!serves(url.hostname) || route?.kind === 'unresolvable') {
      // The host does not exist: fail at the network level, never with a document (header comment).
      debug('drop', req.method, url.href);
      req.socket.destroy();
      return;
    }
    /** @type {{ status: number, type: string, body: Buffer, location?: string }} */
    let answer;
    if (route?.kind === 'resource' && route.location) {
      answer = { status: route.status, type: 'text/html', body: Buffer.alloc(0), location: route.location };
    } else if (route?.kind === 'page') {
      const body = await readFile(route.file);
      const charset = route.charset ?? sniffCharset(body);
      answer = { status: 200, type: charset ? `text/html; charset=${charset}` : 'text/html', body };
    } else if (route?.kind === 'resource' && route.file) {
      const body = await readFile(route.file);
      let type = route.contentType ?? CONTENT_TYPES[extensionOf(route.file)] ?? 'application/octet-stream';
      const charset = route.charset ?? (type === 'text/html' ? sniffCharset(body) : null);
      if (charset && !type.includes('charset=')) type += `; charset=${charset}`;
      answer = { status: route.status, type, body };
    } else if (route?.kind === 'resource' && route.status < 400) {
      answer = { status: route.status, type: route.contentType ?? 'text/html', body: Buffer.alloc(0) };
    } else if (route?.kind === 'resource') {
      answer = { status: route.status, type: 'text/html', body: Buffer.from(errorDocument(route.status)) };
    } else if (IMAGE_EXTENSIONS.has(extensionOf(url.pathname))) {
      answer = { status: 200, type: 'image/png', body: PLACEHOLDER_PNG };
    } else {
      answer = { status: 404, type: 'text/html', body: Buffer.from(errorDocument(404)) };
    }
    debug(answer.status, req.method, url.href, proxied ? '(proxied)' : '', route?.slug ?? '');
    res.writeHead(answer.status, reasonPhrase(answer.status), {
      Server: SERVER_TOKEN,
      'Content-Type': answer.type,
      'Content-Length': answer.body.length,
      // Tests re-open the same URLs with other fixture variants (prefer()); never serve from cache.
      'Cache-Control': 'no-store',
      ...(answer.location ? { Location: answer.location } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : answer.body);
  }

  /** @param {http.IncomingMessage} req @param {import('node:stream').Duplex} socket @param {Buffer} head */
  const onConnect = (req, socket, head) => {
    const target = req.url ?? '';
    const host = target.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    if (!serves(host)) {
      // Firefox shows "server not found" for a CONNECT answered 404 (header comment).
      debug('CONNECT refused', target);
      socket.end(`HTTP/1.1 404 Not Found\r\nServer: ${SERVER_TOKEN}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
      return;
    }
    debug('CONNECT', target);
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    sniff(/** @type {net.Socket} */ (socket));
  };

  const httpServer = http.createServer(handle);
  httpServer.on('connect', onConnect);
  httpServer.on('clientError', (_err, socket) => socket.destroy());
  /** @type {https.Server | null} */
  let httpsServer = null;
  if (tls) {
    httpsServer = https.createServer({ key: tls.key, cert: tls.cert }, handle);
    httpsServer.on('connect', onConnect);
    httpsServer.on('clientError', (_err, socket) => socket.destroy());
    httpsServer.on('tlsClientError', (err) => debug('tls error', err.message));
  }

  /**
   * Reads the first chunk of a connection and hands the socket (chunk pushed back) to the server
   * that speaks its protocol.
   * @param {net.Socket} socket
   */
  function sniff(socket) {
    socket.once('data', (chunk) => {
      socket.pause();
      socket.unshift(chunk);
      if (chunk[0] === 0x16 && httpsServer) {
        httpsServer.emit('connection', socket); // the TLS socket reads the pushed-back bytes itself
      } else {
        httpServer.emit('connection', socket);
        // The http parser takes over the socket's handle for new bytes but gets the pushed-back
        // chunk through 'data', which a paused socket never emits. Resuming flushes it on the next
        // tick, before any new network read, so the order of bytes is kept.
        socket.resume();
      }
    });
  }

  /** @type {Set<net.Socket>} */
  const sockets = new Set();
  const listener = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', (err) => debug('socket error', err.message));
    sniff(socket);
  });
  await new Promise((resolve, reject) => {
    listener.once('error', (err) => {
      process.off('exit', removeCertDir);
      removeCertDir();
      reject(err);
    });
    listener.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = /** @type {net.AddressInfo} */ (listener.address());
  debug(`listening on 127.0.0.1:${address.port}, ${fixtures.length} fixtures, hosts: ${[...served].join(' ')}`);

  let closed = false;
  return {
    port: address.port,
    address: '127.0.0.1',
    hosts: [...served].sort(),
    unresolvableHosts: [...unresolvable].sort(),
    siteDomains: [...siteDomains],
    fixtures,
    urlOf(slug) {
      const fixture = fixtures.find((f) => f.slug === slug);
      if (!fixture) throw new Error(`fixture-server: no fixture "${slug}" (have: ${fixtures.map((f) => f.slug).join(', ') || 'none'})`);
      return fixture.url;
    },
    prefer(slug) {
      if (slug !== null && !fixtures.some((f) => f.slug === slug)) throw new Error(`fixture-server: no fixture "${slug}"`);
      preferred = slug;
    },
    serves,
    ca: tls?.ca ?? null,
    caFile: tls?.caFile ?? null,
    spki: tls?.spki ?? null,
    async close() {
      if (closed) return;
      closed = true;
      const done = new Promise((resolve) => listener.close(() => resolve(undefined)));
      for (const socket of sockets) socket.destroy();
      await done;
      process.off('exit', removeCertDir);
      removeCertDir();
    },
  };
}

const run = promisify(execFile);

/**
 * A throwaway CA and a leaf certificate for every served host (wildcards for the site domains),
 * made with the openssl CLI. A separate CA, not one self-signed leaf, because Firefox refuses a CA
 * certificate used as a server certificate, so the Firefox harness imports `ca` as a trusted root.
 * Returns null when openssl is missing.
 * @param {string} dir
 * @param {string[]} hosts
 * @param {string[]} siteDomains
 */
async function makeCertificates(dir, hosts, siteDomains) {
  const names = new Set(['localhost']);
  for (const d of siteDomains) names.add(d).add(`*.${d}`);
  for (const h of hosts) if (!net.isIP(h)) names.add(h);
  const san = [...[...names].map((n) => `DNS:${n}`), 'IP:127.0.0.1'].join(',');
  const f = (/** @type {string} */ name) => path.join(dir, name);
  writeFileSync(
    f('leaf.ext'),
    `subjectAltName=${san}\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n`,
  );
  const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  const days = String(CERT_DAYS);
  try {
    // Two rounds of openssl (CA and leaf request in parallel, then the signature): start-up time counts.
    await Promise.all([
      run('openssl', [
        'req', '-x509', ...newKey, '-keyout', f('ca.key'), '-out', f('ca.pem'), '-days', days,
        '-subj', '/O=zjol-reader/CN=zjol-reader fixture CA',
        '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
      ]),
      run('openssl', ['req', '-new', ...newKey, '-keyout', f('leaf.key'), '-out', f('leaf.csr'), '-subj', '/O=zjol-reader/CN=zjol.com.cn']),
    ]);
    await run('openssl', [
      'x509', '-req', '-in', f('leaf.csr'), '-CA', f('ca.pem'), '-CAkey', f('ca.key'), '-set_serial', `0x${Date.now().toString(16)}`,
      '-days', days, '-extfile', f('leaf.ext'), '-out', f('leaf.pem'),
    ]);
  } catch (err) {
    if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ENOENT') return null;
    throw err;
  }
  const cert = readFileSync(f('leaf.pem'), 'utf8');
  const ca = readFileSync(f('ca.pem'), 'utf8');
  const spkiDer = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return {
    key: readFileSync(f('leaf.key'), 'utf8'),
    // The chain, so clients that trust the CA can build the path.
    cert: cert + ca,
    ca,
    caFile: f('ca.pem'),
    spki: createHash('sha256').update(spkiDer).digest('base64'),
  };
}
