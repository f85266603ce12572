// File names for downloads, from a template (default `{date} {title}.{ext}`). Safe on Windows,
// macOS and Linux: characters illegal anywhere are replaced, reserved Windows names avoided,
// Chinese kept, length trimmed by UTF-8 bytes (ext4 allows 255 bytes; a Chinese character is 3),
// and never empty.
export interface FileNameFields {
  date: string | null;
  title: string;
  source: string | null;
  ext: string;
}

/** Bytes for the whole name; leaves room under 255 for the browser's " (1)" de-duplication. */
export const MAX_FILE_NAME_BYTES = 200;
const FALLBACK_STEM = 'article';
// Illegal on Windows (<>:"/\|?*), path separators everywhere, control characters, and the
// characters Chrome's downloads API refuses (~ at the start is handled by the leading trim).
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029\ufeff]/g;
const RESERVED_WINDOWS = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

const encoder = new TextEncoder();

function clean(text: string): string {
  return text.replace(ILLEGAL, '_').replace(/\s+/g, ' ');
}

function trimToBytes(text: string, maxBytes: number): string {
  if (encoder.encode(text).length <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const ch of text) {
    const size = encoder.encode(ch).length;
    if (bytes + size > maxBytes) break;
    out += ch;
    bytes += size;
  }
  return out;
}

export function fileName(template: string, fields: FileNameFields): string {
  const ext = clean(fields.ext).replace(/[.\s]/g, '') || 'txt';
  const day = fields.date ? fields.date.slice(0, 10) : '';
  const filled = template
    .replace(/\{ext\}/g, '\u0000EXT\u0000')
    .replace(/\{date\}/g, day)
    .replace(/\{title\}/g, fields.title)
    .replace(/\{source\}/g, fields.source ?? '');
  // Whatever the template did with {ext}, the name ends in exactly one ".ext".
  let stem = clean(filled.replace(/\u0000EXT\u0000/g, '')).trim();
  stem = stem.replace(/\.+$/, '').replace(/^[.\s~-]+/, '').replace(/[\s.]+$/, '');
  stem = trimToBytes(stem, MAX_FILE_NAME_BYTES - encoder.encode(`.${ext}`).length).replace(/[\s.]+$/, '');
  const usable = (text: string): boolean => !/^[_\s.~-]*$/.test(text);
  if (!usable(stem)) {
    const title = trimToBytes(clean(fields.title).trim(), 60).replace(/^[.\s~-]+/, '').replace(/[\s.]+$/, '');
    stem = usable(title) ? title : FALLBACK_STEM;
  }
  if (RESERVED_WINDOWS.test(stem)) stem = `_${stem}`;
  return `${stem}.${ext}`;
}
