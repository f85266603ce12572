import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('reads a file, a URL and a format', () => {
    expect(parseArgs(['extract', 'a.html', '--url', 'http://zjnews.zjol.com.cn/x.shtml', '--format', 'md'])).toEqual({
      ok: true,
      args: { command: 'extract', path: 'a.html', url: 'http://zjnews.zjol.com.cn/x.shtml', format: 'md' },
    });
    expect(parseArgs(['extract', '--format=txt', 'a.html'])).toMatchObject({ ok: true, args: { format: 'txt', url: null } });
  });

  it.each([
    [['extract'], /no file/],
    [['convert', 'a.html'], /unknown command/],
    [['extract', 'a.html', '--frobnicate'], /unknown option/],
    [['extract', 'a.html', '--format', 'pdf'], /unknown format/],
    [['extract', 'a.html', '--url'], /needs a value/],
    [['extract', 'a.html', '--url', 'ftp://x'], /http\(s\) URL/],
    [['extract', 'a.html', 'b.html'], /unexpected argument/],
  ])('refuses %j with one line', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toMatch(message);
      expect(parsed.error).not.toContain('\n');
    }
  });
});
