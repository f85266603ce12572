// Reads a saved page from disk and refuses what is not one, with a one-line reason: a missing or
// unreadable file, an empty or binary file, a page too large to be a news page.
import { readFile, stat } from 'node:fs/promises';
import { decodeHtml } from '../core/index';

/** No news page comes near this; jsdom would need gigabytes for a page much larger. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
const SNIFF_BYTES = 8192;

export type Input = { ok: true; html: string; charset: string } | { ok: false; error: string };

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  // UTF-16 pages carry NUL bytes legitimately; they announce themselves with a BOM.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  return head.includes(0);
}

function systemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (error as Error).message ?? String(error);
}

export async function readInput(path: string): Promise<Input> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, error: `${path}: not a regular file` };
    size = info.size;
  } catch (error) {
    return { ok: false, error: `${path}: ${systemError(error)}` };
  }
  if (size === 0) return { ok: false, error: `${path}: empty file` };
  if (size > MAX_INPUT_BYTES) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    return { ok: false, error: `${path}: ${mb(size)} MB is over the ${mb(MAX_INPUT_BYTES)} MB limit for one page` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, error: `${path}: ${systemError(error)}` };
  }
  if (looksBinary(bytes)) return { ok: false, error: `${path}: not HTML (binary data)` };
  const { html, charset } = decodeHtml(bytes);
  if (!/<[a-z!?/]/i.test(html.slice(0, 65536))) return { ok: false, error: `${path}: not HTML (no markup found)` };
  return { ok: true, html, charset };
}
