import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, DOCX_STYLES } from '../../../src/core/index';
import { CITATION_STYLE_NAMES, DEFAULT_SETTINGS, DOCX_STYLE_NAMES, normaliseSettings } from '../../../src/common/settings-schema';

describe('normaliseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(normaliseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and replaces invalid ones with their default', () => {
    const s = normaliseSettings({ exportFormat: 'html', readerTheme: 'neon', readerFontSize: 99, autoReader: true, fileNameTemplate: '  ' });
    expect(s.exportFormat).toBe('html');
    expect(s.autoReader).toBe(true);
    expect(s.readerTheme).toBe(DEFAULT_SETTINGS.readerTheme);
    expect(s.readerFontSize).toBe(DEFAULT_SETTINGS.readerFontSize);
    expect(s.fileNameTemplate).toBe(DEFAULT_SETTINGS.fileNameTemplate);
  });

  it('knows the Word looks and citation styles the core has, and keeps a chosen one', () => {
    expect(DOCX_STYLE_NAMES).toEqual(DOCX_STYLES);
    expect(CITATION_STYLE_NAMES).toEqual(CITATION_STYLES);
    expect(normaliseSettings({ exportFormat: 'docx', docxStyle: 'modern', citationStyle: 'bibtex' })).toMatchObject({ exportFormat: 'docx', docxStyle: 'modern', citationStyle: 'bibtex' });
    expect(normaliseSettings({ docxStyle: 'fancy', citationStyle: 'mla' })).toMatchObject({ docxStyle: 'official', citationStyle: 'gbt7714' });
  });
});
