import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/core/text/shorten';

describe('shorten', () => {
  it('leaves a short line alone', () => {
    expect(shorten('自主创新要有新突破', 40)).toBe('自主创新要有新突破');
  });

  it('cuts at the last comma near the limit, with an ellipsis', () => {
    const text = '今年新一轮“十大工程”拟安排重点建设项目501个，招商引资要大力招引世界500强、中国企业500强、民营企业500强';
    const out = shorten(text, 40);
    expect(out).toBe('今年新一轮“十大工程”拟安排重点建设项目501个，招商引资要大力招引世界500强…');
    expect(shorten(text, 36)).toBe('今年新一轮“十大工程”拟安排重点建设项目501个…');
    expect(Array.from(out).length).toBeLessThanOrEqual(41);
  });

  it('cuts at the limit when there is no break late enough', () => {
    expect(shorten('一'.repeat(50), 40)).toBe(`${'一'.repeat(40)}…`);
  });
});
