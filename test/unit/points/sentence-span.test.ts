import { describe, expect, it } from 'vitest';
import { pointSentence } from '../../../src/core/points/sentence-span';

const span = (text: string, marker: string, headline: string): string | null => {
  const at = pointSentence(text, { marker, headline });
  return at ? text.slice(at[0], at[1]) : null;
};

// The seed's paragraph with seven points in it (test/pages/legacy-seed-frames).
const SEED = '蔡奇从七个方面提出要求：一是自主创新要有新突破。坚持创新导向，建设创新载体。二是转型升级要有新举措。关键是以更大手笔抓好大平台。三是城市建设要有新亮点。';

describe('pointSentence', () => {
  it("gives the point's sentence, from its marker to its full stop, not the paragraph", () => {
    expect(span(SEED, '一是', '自主创新要有新突破')).toBe('一是自主创新要有新突破。');
    expect(span(SEED, '二是', '转型升级要有新举措')).toBe('二是转型升级要有新举措。');
    expect(span(SEED, '三是', '城市建设要有新亮点')).toBe('三是城市建设要有新亮点。');
  });

  it('skips a marker occurrence that is not followed by the headline', () => {
    const text = '所谓一是一，二是二。一是要加强领导；二是要落实责任。';
    expect(span(text, '一是', '加强领导')).toBe('一是要加强领导；');
  });

  it('ignores layout whitespace and full-width indents, and returns offsets in the original text', () => {
    const text = '\u3000\u3000首先，\n  “后危机”不等于\n“危机后”。在后危机时期，结构调整需要付出更大代价。';
    expect(span(text, '首先', '“后危机”不等于“危机后”')).toBe('首先，\n  “后危机”不等于\n“危机后”。');
  });

  it('falls back to the headline when the marker is not in the text, and to the end of the text without a full stop', () => {
    expect(span('三次产业都要抓集聚区建设，重点把大江东新城打造成产业大平台', '在大平台方面', '三次产业都要抓集聚区建设')).toBe(
      '三次产业都要抓集聚区建设，重点把大江东新城打造成产业大平台',
    );
    expect(span(SEED, '四是', '区域发展要有新进展')).toBeNull();
  });
});
