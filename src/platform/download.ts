// Saves an export through browser.downloads. The one place that knows the difference between
// contexts: pages (popup, Firefox's background page) can make blob URLs; Chrome's service worker
// cannot, so it passes a data: URL, which Chrome's downloads API accepts. A Word file arrives as
// base64 (it travelled in a message) and is saved as its bytes.
import { browser } from './browser-api';
import type { ExportFile } from '../common/export-article';

const REVOKE_AFTER_MS = 60_000;

function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function downloadFile(file: ExportFile): Promise<number> {
  const canBlob = typeof URL.createObjectURL === 'function';
  const binary = file.encoding === 'base64';
  const url = canBlob
    ? URL.createObjectURL(new Blob([binary ? base64Bytes(file.content) : file.content], { type: file.mime }))
    : `data:${file.mime};base64,${binary ? file.content : base64Utf8(file.content)}`;
  try {
    return await browser.downloads.download({ url, filename: file.filename, saveAs: false, conflictAction: 'uniquify' });
  } finally {
    if (canBlob) setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
