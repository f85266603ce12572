// Types of fixture-server.mjs for the TypeScript tests (the .mjs carries the same JSDoc; keep them in step).

export const SERVER_TOKEN: 'ZJOL/1.22.95';
export const REASON_PHRASES: Record<number, string>;
export const SITE_DOMAINS: string[];
export const IMAGE_EXTENSIONS: Set<string>;
export const CONTENT_TYPES: Record<string, string>;
export const PLACEHOLDER_PNG: Buffer;

export interface ResourceSpec {
  status?: number;
  file?: string;
  network?: 'unresolvable';
  charset?: string;
  contentType?: string;
}

export interface FixtureMeta extends Record<string, unknown> {
  url: string;
  charset?: string;
  resources?: Record<string, ResourceSpec>;
}

export interface Fixture {
  slug: string;
  dir: string;
  url: string;
  meta: FixtureMeta;
}

export interface FixtureServer {
  /** the one port for HTTP, HTTPS and CONNECT (on 127.0.0.1) */
  port: number;
  address: string;
  /** hosts to send to this server: every host named by a fixture URL or resource, minus unresolvable ones */
  hosts: string[];
  /** hosts that must fail DNS (resources marked network: 'unresolvable') */
  unresolvableHosts: string[];
  /** domains whose every subdomain is also served */
  siteDomains: string[];
  fixtures: Fixture[];
  /** a fixture's real URL (meta.url) */
  urlOf(slug: string): string;
  /** when fixtures share a URL, answer with this one's page and resources (null: the first slug) */
  prefer(slug: string | null): void;
  /** whether requests for this host name are answered */
  serves(host: string): boolean;
  /** PEM of the CA that signed the server certificate (null: openssl missing, HTTP only) */
  ca: string | null;
  caFile: string | null;
  /** base64 SHA-256 of the leaf certificate's SubjectPublicKeyInfo */
  spki: string | null;
  close(): Promise<void>;
}

export function errorDocument(status: number): string;
export function sniffCharset(bytes: Uint8Array): string | null;
export function loadFixtures(pagesDir: string): Fixture[];
export function startFixtureServer(options?: { pagesDir?: string; port?: number; siteDomains?: string[] }): Promise<FixtureServer>;
