// The finder runs in the page on every article: it must stay linear. A 5,000-paragraph article
// must finish well under a second; inputs built to trip quadratic paths (one huge paragraph, a
// colon every few characters, thousands of markers) must too. Limits leave room for a loaded CI
// machine; typical timings are a fifth of them.

import { describe, expect, it } from 'vitest';
import { findPoints } from '../../../src/core/points/index';
import type { Block } from '../../../src/core/types';
import { loadCases } from './helpers';

const LIMIT_MS = 1500;

function time(blocks: Block[]): number {
  const t0 = performance.now();
  findPoints(blocks);
  return performance.now() - t0;
}

describe('performance', () => {
  it('a 5,000-paragraph article of labelled-case text', () => {
    const paragraphs = loadCases().flatMap((c) => c.text.split('\n'));
    const blocks: Block[] = Array.from({ length: 5000 }, (_, i) => ({ type: 'paragraph', text: paragraphs[i % paragraphs.length]! }));
    findPoints(blocks.slice(0, 200)); // warm up the JIT
    expect(time(blocks)).toBeLessThan(LIMIT_MS);
  });

  it('pathological inputs stay linear', () => {
    const one = (text: string): Block[] => [{ type: 'paragraph', text }];
    expect(time(one('一'.repeat(200_000)))).toBeLessThan(LIMIT_MS);
    expect(time(one('他说:好'.repeat(20_000)))).toBeLessThan(LIMIT_MS);
    expect(time(one(Array.from({ length: 20_000 }, (_, i) => `${(i % 9) + 1}、要加强工作`).join(';')))).toBeLessThan(LIMIT_MS);
    expect(time(one('实现十个一流:' + '着力加快发展,'.repeat(20_000)))).toBeLessThan(LIMIT_MS);
    expect(time(Array.from({ length: 5000 }, (_, i) => ({ type: 'paragraph' as const, text: `一是要加强第${i}项工作。二是加强。` })))).toBeLessThan(LIMIT_MS);
  });
});
