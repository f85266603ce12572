// Addresses taken from a page into the article model (links, image sources): absolute, and
// http(s) only. Checked on the parsed URL, not the raw text: `java&#9;script:` and
// `\u0001javascript:` slip past a test of the text but come out of the URL parser as javascript:.
export function absoluteHttpUrl(raw: string | null | undefined, base: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
