// The report's formatting and the per-data-set summary (bench/table.ts).
import { describe, expect, it } from 'vitest';
import { datasetTable, displayWidth, fmt, ms, pad, pct, renderTable, roundNumbers, speedRatio, summarizeDataset } from '../../../bench/table';
import { outcome } from './outcome';

describe('summarizeDataset', () => {
  it('gives exactly the results.json fields', () => {
    const s = summarizeDataset([
      outcome({ f1: 1, title: true, date: true, authors: false, ms: 2 }),
      outcome({ f1: 0.5, title: false, date: null, authors: true, ms: 4 }),
      outcome({ f1: 0, error: 'boom', ms: null }),
    ]);
    expect(Object.keys(s).sort()).toEqual(['authorRate', 'dateRate', 'meanF1', 'medianF1', 'medianMs', 'p90Ms', 'titleRate', 'under08'].sort());
    expect(s).toEqual({ meanF1: 0.5, medianF1: 0.5, under08: 2, titleRate: 0.5, dateRate: 1, authorRate: 0.5, medianMs: 3, p90Ms: 4 });
  });

  it('leaves rates and times empty when there is nothing to rate', () => {
    const s = summarizeDataset([outcome({ ms: null })]);
    expect(s.titleRate).toBeNull();
    expect(s.medianMs).toBeNull();
    expect(s.p90Ms).toBeNull();
  });
});

describe('numbers', () => {
  it('ratio is theirs over ours', () => {
    expect(speedRatio(50, 10)).toBe(5);
    expect(speedRatio(null, 10)).toBeNull();
    expect(speedRatio(5, 0)).toBeNull();
  });

  it('formats missing values as a dash', () => {
    expect(fmt(0.98765)).toBe('0.988');
    expect(fmt(null)).toBe('-');
    expect(pct(0.846)).toBe('85%');
    expect(pct(null)).toBe('-');
    expect(ms(3.14159)).toBe('3.14');
    expect(ms(123.45)).toBe('123.5');
    expect(ms(2242.4)).toBe('2242');
  });

  it('rounds every number of a nested value', () => {
    expect(roundNumbers({ a: 0.123456, b: [1.00001, 2], c: { d: null, e: 'x' } }, 3)).toEqual({ a: 0.123, b: [1, 2], c: { d: null, e: 'x' } });
  });
});

describe('table text', () => {
  it('counts CJK characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('浙江在线')).toBe(8);
    expect(displayWidth('，。')).toBe(4);
    expect(pad('浙江', 6)).toBe('浙江  ');
    expect(pad('1', 3, 'right')).toBe('  1');
  });

  it('aligns columns under a rule', () => {
    const t = renderTable(['name', 'n'], [['浙江', '1'], ['abcdef', '10']], ['left', 'right']);
    expect(t.split('\n')).toEqual(['name     n', '------  --', '浙江     1', 'abcdef  10']);
  });

  it('has one row per extractor per data set, ours with ratio 1', () => {
    const s = summarizeDataset([outcome({ ms: 10 })]);
    const slow = { ...s, medianMs: 55 };
    const text = datasetTable({ zjol: { 'zjol-reader': s, readability: slow }, cwced: { 'zjol-reader': s, readability: s } });
    const lines = text.split('\n');
    expect(lines).toHaveLength(2 + 4);
    expect(lines[0]).toMatch(/^set\s+extractor\s+mean F1\s+median F1\s+<0\.8\s+title\s+date\s+author\s+median ms\s+p90 ms\s+ratio$/);
    expect(lines[2]).toMatch(/^zjol\s+zjol-reader\s.*\s1\.00$/);
    expect(lines[3]).toMatch(/^zjol\s+readability\s.*\s55\.0\s+10\.0\s+5\.50$/);
  });
});
