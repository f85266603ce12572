import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('reads a file, a URL and a format', () => {
    expect(parseArgs(['extract', 'a.html', '--url', 'http://zjnews.zjol.com.cn/x.shtml', '--format', 'md'])).toEqual({
      ok: true,
      args: {
        command: 'extract',
        paths: ['a.html'],
        url: 'http://zjnews.zjol.com.cn/x.shtml',
        format: 'md',
        merge: false,
        out: null,
        docxStyle: 'official',
        citeStyle: 'gbt7714',
        accessed: null,
      },
    });
    expect(parseArgs(['extract', '--format=txt', 'a.html'])).toMatchObject({ ok: true, args: { format: 'txt', url: null } });
  });

  it('reads several pages to merge, --merge, and the Word and citation options', () => {
    expect(parseArgs(['extract', 'p1.shtml', 'p2.shtml', 'p3.shtml'])).toMatchObject({ ok: true, args: { paths: ['p1.shtml', 'p2.shtml', 'p3.shtml'] } });
    expect(parseArgs(['extract', 'dir', '--merge'])).toMatchObject({ ok: true, args: { paths: ['dir'], merge: true } });
    expect(parseArgs(['extract', 'a.html', '--format', 'docx', '--out', 'a.docx', '--docx-style', 'modern'])).toMatchObject({
      ok: true,
      args: { format: 'docx', out: 'a.docx', docxStyle: 'modern' },
    });
    expect(parseArgs(['extract', 'a.html', '--format=cite', '--cite-style=bibtex', '--accessed', '2026-03-05'])).toMatchObject({
      ok: true,
      args: { format: 'cite', citeStyle: 'bibtex', accessed: '2026-03-05' },
    });
  });

  it.each([
    [['extract'], /no file/],
    [['convert', 'a.html'], /unknown command/],
    [['extract', 'a.html', '--frobnicate'], /unknown option/],
    [['extract', 'a.html', '--format', 'pdf'], /unknown format/],
    [['extract', 'a.html', '--url'], /needs a value/],
    [['extract', 'a.html', '--url', 'ftp://x'], /http\(s\) URL/],
    [['extract', 'a.html', '--format', 'docx'], /--out FILE/],
    [['extract', 'a.html', '--docx-style', 'fancy'], /unknown docx style/],
    [['extract', 'a.html', '--cite-style', 'mla'], /unknown citation style/],
    [['extract', 'a.html', '--accessed', 'yesterday'], /YYYY-MM-DD/],
    [['extract', 'a.html', '--out'], /needs a value/],
  ])('refuses %j with one line', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(message);
      expect(parsed.error).not.toContain('\n');
    }
  });
});
