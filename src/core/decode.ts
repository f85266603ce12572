// Saved page bytes → text. A browser decodes a page before any script runs; the CLI and tests read saved files
// and must sniff the charset themselves (docs/zjol-templates.md: legacy zjol pages are GB2312/GBK, newer ones UTF-8).
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

/** A page is UTF-8 when its valid multi-byte sequences outnumber its invalid bytes by this much: one
 *  stray byte (a corrupt comment) must not turn a UTF-8 page into GBK mojibake, while GBK text, whose
 *  characters are nearly all invalid as UTF-8, stays far below it. */
const UTF8_MAJORITY = 20;

/** Valid multi-byte UTF-8 sequences and invalid bytes in the data (an invalid byte is skipped alone). */
export function utf8Counts(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    if (need === 0) {
      invalid++;
      i++;
      continue;
    }
    if (i + need >= n) break; // cut by the end of a truncated file: no evidence either way
    let cp = b & (0x3f >> need);
    let ok = true;
    for (let k = 1; k <= need && ok; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function looksUtf8(bytes: Uint8Array): boolean {
  const { valid, invalid } = utf8Counts(bytes);
  return valid > 0 && valid >= invalid * UTF8_MAJORITY;
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
  let charset: string;
  if (declared === 'utf-8' || declared === null) {
    // Undeclared or UTF-8-declared bytes that are not UTF-8 are, on Chinese sites, almost always GBK.
    const { valid, invalid } = utf8Counts(bytes);
    charset = invalid > 0 && valid < invalid * UTF8_MAJORITY ? 'gb18030' : 'utf-8';
  } else if (isLegacyMultiByte(declared) && looksUtf8(bytes)) {
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
