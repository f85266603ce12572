// Saved page bytes → text. A browser decodes a page before any script runs; the CLI and tests read saved files
// and must sniff the charset themselves (TEMPLATES.md: legacy zjol pages are GB2312/GBK, newer ones UTF-8).
//
// Order: byte-order mark, then the HTTP Content-Type charset, then <meta charset> / <meta http-equiv> in the
// first 4 KB, then a UTF-8 validity check. Declarations lie often enough on Chinese pages to be checked:
// a CWCED page declares gb2312 but is UTF-8, a trafilatura xinhuanet page declares utf-8 but is GBK. So a
// declared legacy CJK charset gives way to UTF-8 when the bytes are valid UTF-8 with multi-byte sequences
// (GBK text of any length is essentially never valid UTF-8), and a declared UTF-8 gives way to gb18030 when
// the bytes are not valid UTF-8. GB2312 and GBK are decoded as their superset gb18030.

/** How far into the document a <meta> charset declaration is looked for (the HTML spec's prescan uses 1024; old
 *  Chinese pages often put long comments or scripts first). */
const META_PRESCAN_BYTES = 4096;

const GB_FAMILY = new Set(['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'ms936', 'windows-936', 'euc-cn', 'csgb2312', 'chinese', 'gb_2312-80', 'iso-ir-58', 'hz-gb-2312']);
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'x-unicode20utf8']);

export interface Decoded {
  html: string;
  charset: string;
}

/** Canonical name of a charset label, or null when this environment has no decoder for it. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  if (GB_FAMILY.has(l)) return 'gb18030';
  if (UTF8_LABELS.has(l)) return 'utf-8';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

function charsetFromContentType(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m ? normalizeCharset(m[1]) : null;
}

function charsetFromMeta(bytes: Uint8Array): string | null {
  // Latin-1 maps bytes 1:1 to code units, so ASCII markup is readable whatever the real encoding is.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_PRESCAN_BYTES));
  const re = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/gi;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const cs = normalizeCharset(m[1]);
    if (cs) return cs;
  }
  const xml = /<\?xml\b[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml ? normalizeCharset(xml[1]) : null;
}

/** 'ascii' when every byte is < 0x80, 'utf-8' when valid UTF-8 with multi-byte sequences, null when invalid. */
export function utf8Validity(bytes: Uint8Array): 'ascii' | 'utf-8' | null {
  let multi = false;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return null;
    // A sequence cut by the end of a truncated file is not evidence against UTF-8.
    if (i + need >= n) return multi || need > 0 ? 'utf-8' : null;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    multi = true;
    i += need + 1;
  }
  return multi ? 'utf-8' : 'ascii';
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  return new TextDecoder(charset).decode(bytes);
}

export function decodeHtml(bytes: Uint8Array, contentType?: string): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { html: decodeWith(bytes.subarray(3), 'utf-8'), charset: 'utf-8' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { html: decodeWith(bytes.subarray(2), 'utf-16le'), charset: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { html: decodeWith(bytes.subarray(2), 'utf-16be'), charset: 'utf-16be' };
  }

  const declared = charsetFromContentType(contentType) ?? charsetFromMeta(bytes);
  const validity = utf8Validity(bytes);
  let charset: string;
  if (declared === 'utf-8' || declared === null) {
    // Undeclared or UTF-8-declared bytes that are not UTF-8 are, on Chinese sites, almost always GBK.
    charset = validity === null ? 'gb18030' : 'utf-8';
  } else if (validity === 'utf-8' && isLegacyMultiByte(declared)) {
    charset = 'utf-8';
  } else {
    charset = declared;
  }
  return { html: decodeWith(bytes, charset), charset };
}

/** Legacy multi-byte CJK encodings, whose text is never valid UTF-8 by accident. Single-byte ones
 *  (windows-1252 …) are left alone: a page declared Latin-1 whose bytes are valid UTF-8 is also mislabelled,
 *  but such pages are outside this extension's reach and a wrong guess there costs nothing we measure. */
function isLegacyMultiByte(charset: string): boolean {
  return charset === 'gb18030' || charset === 'big5' || charset === 'euc-jp' || charset === 'shift_jis' || charset === 'euc-kr';
}
