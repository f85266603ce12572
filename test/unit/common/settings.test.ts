import { describe, expect, it } from 'vitest';
import { CITATION_STYLES, DOCX_STYLES } from '../../../src/core/index';
import { checkSetting, CITATION_STYLE_NAMES, DEFAULT_SETTINGS, DOCX_STYLE_NAMES, inRange, LINE_HEIGHT_RANGE, normaliseSettings, stepSetting } from '../../../src/common/settings-schema';

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

describe('checkSetting', () => {
  it('takes a value in range and on its step, from a form field (text) or from storage (number)', () => {
    expect(checkSetting('readerFontSize', '24')).toEqual({ ok: true, value: 24 });
    expect(checkSetting('readerFontSize', 14)).toEqual({ ok: true, value: 14 });
    expect(checkSetting('readerLineHeight', '1.7')).toEqual({ ok: true, value: 1.7 });
    expect(checkSetting('readerLineWidth', '30')).toEqual({ ok: true, value: 30 });
  });

  it('refuses a value out of range, off its step, or empty, and says why; it never substitutes another value', () => {
    for (const [key, value] of [
      ['readerFontSize', '40'],
      ['readerFontSize', '13'],
      ['readerFontSize', '19.5'],
      ['readerFontSize', ''],
      ['readerFontSize', 'abc'],
      ['readerLineWidth', '31'],
      ['readerLineHeight', '3'],
      ['readerLineHeight', '1.75'],
    ] as const) {
      const checked = checkSetting(key, value);
      expect(checked.ok, `${key}=${value}`).toBe(false);
      if (!checked.ok) expect(checked.problem.kind).toBe('range');
    }
    expect(checkSetting('fileNameTemplate', '  ')).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(checkSetting('readerTheme', 'neon')).toEqual({ ok: false, problem: { kind: 'choice' } });
    expect(checkSetting('readerFontFamily', 'kai')).toEqual({ ok: true, value: 'kai' });
  });

  it('steps a number setting by whole steps, inside its range', () => {
    expect(stepSetting('readerFontSize', 19, 1)).toBe(20);
    expect(stepSetting('readerFontSize', 28, 1)).toBe(28);
    expect(stepSetting('readerLineHeight', 1.8, -1)).toBe(1.7);
    expect(inRange(stepSetting('readerLineHeight', 1.4, 7), LINE_HEIGHT_RANGE)).toBe(true);
  });

  it('follows the system theme unless told otherwise', () => {
    expect(DEFAULT_SETTINGS.readerTheme).toBe('auto');
    expect(normaliseSettings({ readerTheme: 'auto', readerFontFamily: 'serif', readerLineHeight: 2 })).toMatchObject({
      readerTheme: 'auto',
      readerFontFamily: 'serif',
      readerLineHeight: 2,
    });
  });
});

describe('the reading desk settings', () => {
  it('default to not adding by themselves, grouping by source, with leads', () => {
    expect([DEFAULT_SETTINGS.deskAutoAdd, DEFAULT_SETTINGS.briefGroupBy, DEFAULT_SETTINGS.briefLeads]).toEqual([false, 'source', true]);
  });

  it('keep valid values and replace invalid ones', () => {
    expect(normaliseSettings({ deskAutoAdd: true, briefGroupBy: 'tag', briefLeads: false })).toMatchObject({ deskAutoAdd: true, briefGroupBy: 'tag', briefLeads: false });
    expect(normaliseSettings({ deskAutoAdd: 'yes', briefGroupBy: 'date', briefLeads: 1 })).toMatchObject({ deskAutoAdd: false, briefGroupBy: 'source', briefLeads: true });
  });
});
