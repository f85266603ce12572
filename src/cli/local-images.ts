// Images for the Word export of saved pages: an image is embedded when its file was saved with the page (the
// browser's "save page, complete" keeps them beside it, `name_files/…`), else the export links to it. Nothing is
// fetched. A file is taken only when its bytes are a PNG, JPEG, GIF or BMP whose size can be read.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, DocxImage } from '../core/index';

/** No news photo comes near this. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

const u16be = (b: Uint8Array, i: number): number => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8);
const u32be = (b: Uint8Array, i: number): number => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const i32le = (b: Uint8Array, i: number): number => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24);

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16be(b, i + 5), width: u16be(b, i + 7) };
    }
    i += 2 + u16be(b, i + 2);
  }
  return null;
}

/** The format and pixel size of image bytes, or null for anything else. */
export function imageInfo(data: Uint8Array): DocxImage | null {
  let found: Pick<DocxImage, 'type' | 'width' | 'height'> | null = null;
  if (data.length > 24 && data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) {
    found = { type: 'png', width: u32be(data, 16), height: u32be(data, 20) };
  } else if (data.length > 10 && data[0] === 0xff && data[1] === 0xd8) {
    const size = jpegSize(data);
    if (size) found = { type: 'jpg', ...size };
  } else if (data.length > 10 && data[0] === 0x47 && data[1] === 0x49 && data[2] === 0x46) {
    found = { type: 'gif', width: u16le(data, 6), height: u16le(data, 8) };
  } else if (data.length > 26 && data[0] === 0x42 && data[1] === 0x4d) {
    found = { type: 'bmp', width: Math.abs(i32le(data, 18)), height: Math.abs(i32le(data, 22)) };
  }
  return found && found.width > 0 && found.height > 0 ? { ...found, data } : null;
}

/** Where an image of a saved page would be on disk: its address relative to the page's own, from the page's file. */
function localPath(src: string, page: { url: string; path: string }): string | null {
  try {
    if (src.startsWith('file:')) return fileURLToPath(src);
    const base = new URL('.', page.url).href;
    if (!src.startsWith(base)) return null;
    const relative = decodeURIComponent(new URL(src).pathname.slice(new URL(base).pathname.length));
    const folder = resolve(dirname(page.path));
    const candidate = resolve(join(folder, relative));
    // Never outside the page's folder, whatever the address says.
    return candidate.startsWith(folder + sep) ? candidate : null;
  } catch {
    return null;
  }
}

export async function localImages(article: Article, pages: readonly { url: string; path: string }[]): Promise<Map<string, DocxImage>> {
  const images = new Map<string, DocxImage>();
  for (const block of article.blocks) {
    if (block.type !== 'image' || images.has(block.src)) continue;
    for (const page of pages) {
      const file = localPath(block.src, page);
      if (!file) continue;
      const info = await stat(file).catch(() => null);
      if (!info?.isFile() || info.size > MAX_IMAGE_BYTES) continue;
      const image = imageInfo(new Uint8Array(await readFile(file)));
      if (image) {
        images.set(block.src, image);
        break;
      }
    }
  }
  return images;
}
