import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normaliseSettings } from '../../../src/common/settings-schema';

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
