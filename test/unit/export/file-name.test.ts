import { describe, expect, it } from 'vitest';
import { fileName, MAX_FILE_NAME_BYTES } from '../../../src/core/export/file-name';

const TEMPLATE = '{date} {title}.{ext}';
const bytes = (s: string): number => new TextEncoder().encode(s).length;

describe('fileName', () => {
  it('fills the default template and keeps Chinese', () => {
    expect(fileName(TEMPLATE, { date: '2010-02-05T07:30:00+08:00', title: '不断谋求新突破推动杭州率先发展', source: '杭州日报', ext: 'md' })).toBe(
      '2010-02-05 不断谋求新突破推动杭州率先发展.md',
    );
  });

  it('replaces characters illegal on Windows, macOS or Linux', () => {
    const name = fileName(TEMPLATE, { date: null, title: 'a/b\\c:d*e?f"g<h>i|j\u0001k', source: null, ext: 'txt' });
    expect(name).toBe('a_b_c_d_e_f_g_h_i_j_k.txt');
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
  });

  it('keeps full-width punctuation, which is legal everywhere', () => {
    expect(fileName('{title}.{ext}', { date: null, title: '一是：要有“新突破”？', source: null, ext: 'md' })).toBe('一是：要有“新突破”？.md');
  });

  it('trims very long titles by UTF-8 bytes and keeps the extension', () => {
    const name = fileName(TEMPLATE, { date: '2024-01-01', title: '浙'.repeat(400), source: null, ext: 'html' });
    expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.endsWith('浙.html')).toBe(true);
    expect(name.startsWith('2024-01-01 ')).toBe(true);
  });

  it('is never empty', () => {
    expect(fileName('{title}.{ext}', { date: null, title: '', source: null, ext: 'json' })).toBe('article.json');
    expect(fileName('{title}.{ext}', { date: null, title: '???', source: null, ext: 'json' })).toBe('article.json');
    expect(fileName('{title}.{ext}', { date: null, title: '  ...  ', source: null, ext: 'json' })).toBe('article.json');
  });

  it('falls back to the title when the template leaves nothing', () => {
    expect(fileName('{source}.{ext}', { date: null, title: '标题', source: null, ext: 'md' })).toBe('标题.md');
  });

  it('avoids reserved Windows names and leading or trailing dots', () => {
    expect(fileName('{title}.{ext}', { date: null, title: 'CON', source: null, ext: 'txt' })).toBe('_CON.txt');
    expect(fileName('{title}.{ext}', { date: null, title: '..hidden..', source: null, ext: 'txt' })).toBe('hidden.txt');
  });

  it('ends in exactly one extension whatever the template does with {ext}', () => {
    expect(fileName('{title}', { date: null, title: '标题', source: null, ext: 'md' })).toBe('标题.md');
    expect(fileName('{title}.{ext}.{ext}', { date: null, title: '标题', source: null, ext: 'md' })).toBe('标题.md');
  });
});
