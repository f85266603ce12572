// The small rules on their own: headline (README rule 3), declared count (rule 5), intro lead-ins
// (rule 4), numerals and the marker scanner.

import { describe, expect, it } from 'vitest';
import { headlineOf } from '../../../src/core/points/headline';
import { countWords, findDeclaredCount } from '../../../src/core/points/declared-count';
import { leadsIn } from '../../../src/core/points/intro';
import { readCnNumeral, readDigits } from '../../../src/core/points/numerals';
import { scanCandidates } from '../../../src/core/points/markers';

function headline(text: string, marker: string): string {
  const at = text.indexOf(marker);
  return headlineOf(text, marker, at + marker.length, text.length);
}

describe('headline', () => {
  it('drops one 要/是 only after a 要/是-final marker', () => {
    expect(headline('二是要种好“高产田”。大力引进…', '二是')).toBe('种好“高产田”');
    expect(headline('首先,要善于宣传。', '首先')).toBe('要善于宣传');
    // …but never cuts a word that merely starts with 要/是.
    expect(headline('一要是非分明,敢于担当。', '一要')).toBe('是非分明,敢于担当');
    expect(headline('二是要求各地压实责任。', '二是')).toBe('要求各地压实责任');
    expect(headline('一是要素保障到位。', '一是')).toBe('要素保障到位');
    expect(headline('一是要要素保障到位。', '一是')).toBe('要素保障到位');
  });

  it('stops at 。 ; : ? ! and the line end; commas never stop it', () => {
    expect(headline('一是进一步统一思想,提高认识;二是…', '一是')).toBe('进一步统一思想,提高认识');
    expect(headline('第五道题:大家有什么提高?学到了什么?', '第五道题')).toBe('大家有什么提高');
    expect(headline('一、宣传重点\n重点宣传…', '一、')).toBe('宣传重点');
    expect(headline('1.会议传达学习了讲话精神;', '1.')).toBe('会议传达学习了讲话精神');
    expect(headline('③加强保护!', '③')).toBe('加强保护');
    expect(headline('一是坚持一个原则:稳中求进。', '一是')).toBe('坚持一个原则');
  });

  it('skips punctuation attached to the marker and trims trailing punctuation, keeping closing quotes', () => {
    expect(headline('第一道题:今年两会有哪些不同?', '第一道题')).toBe('今年两会有哪些不同');
    expect(headline('首先,“后危机”不等于“危机后”。', '首先')).toBe('“后危机”不等于“危机后”');
    expect(headline('着力加快文化强市建设、打造一流的城市软实力,', '着力')).toBe('加快文化强市建设、打造一流的城市软实力');
  });

  it('ends at the end of the point when there is no stop (comma-joined items)', () => {
    const text = '着力加快经济转型升级、打造一流的现代产业体系,着力加快港口经济圈建设';
    expect(headlineOf(text, '着力', 2, text.indexOf('着力', 2))).toBe('加快经济转型升级、打造一流的现代产业体系');
  });
});

describe('declared count', () => {
  it('reads the count words of list lead-ins', () => {
    const cases: [string, number][] = [
      ['蔡奇从七个方面对做好今年工作提出具体要求', 7],
      ['重在增强“四种能力”上下工夫', 4],
      ['他提出三点意见', 3],
      ['会议部署了六项重点任务', 6],
      ['这五道题分别是', 5],
      ['实现“十个一流”', 10],
      ['必须全力做好五方面工作', 5],
      ['主要抓好两个方面', 2],
      ['下一步要落实好十二条措施', 12],
      ['推进分三步走', 3],
      ['理由有五', 5],
      ['重点做好3个方面工作', 3],
    ];
    for (const [intro, n] of cases) expect(findDeclaredCount(intro, 1), intro).toBe(n);
  });

  it('ignores counts that name slogans, stages or people', () => {
    expect(findDeclaredCount('重点抓好“一个统领、两个重点、四个综合”工作', 3)).toBeNull();
    expect(findDeclaredCount('省委十三届二次全会提出', 3)).toBeNull();
    expect(findDeclaredCount('1200余名师生参加', 3)).toBeNull();
    expect(findDeclaredCount('第二代表团审议时', 2)).toBeNull();
    expect(findDeclaredCount(null, 2)).toBeNull();
  });

  it('takes the last clause only, unless an earlier item count equals the points found', () => {
    expect(findDeclaredCount('坚持两个取向,实施十方面举措,会议强调', 3)).toBeNull();
    expect(findDeclaredCount('会议提出三点要求,强调', 3)).toBe(3);
    expect(findDeclaredCount('会议提出三点要求,强调', 4)).toBeNull();
  });

  it('accepts a name-like count (六大…) only when it equals the points found', () => {
    expect(findDeclaredCount('深入推进“六大联动”', 6)).toBe(6);
    expect(findDeclaredCount('深入推进“六大联动”', 3)).toBeNull();
    expect(countWords('交出四张高分答卷')).toEqual([{ value: 4, strong: false, itemLike: false }]);
  });
});

describe('intro lead-ins', () => {
  it('recognises lead-in sentences', () => {
    expect(leadsIn('这五道题分别是——', false, 3)).toBe(true);
    expect(leadsIn('现将有关要求通知如下:', true, 3)).toBe(true);
    expect(leadsIn('如何成为宣传四中全会精神的主力军?', false, 3)).toBe(true);
    expect(leadsIn('蔡奇从七个方面对做好今年工作提出具体要求。', false, 3)).toBe(true);
    expect(leadsIn('他说,当前面临的形势仍然十分复杂,必须保持清醒头脑。', false, 3)).toBe(true);
    expect(leadsIn('蔡奇强调,为确保完成年度目标任务,要狠抓工作落实。', false, 3)).toBe(true);
  });

  it('rejects ordinary sentences, and speech sentences before heading lists', () => {
    expect(leadsIn('会议还研究了其他事项。', false, 3)).toBe(false);
    expect(leadsIn('今年以来,我市扎实推进各项工作。', false, 3)).toBe(false);
    expect(leadsIn('他说,今年工作成效明显。', true, 3)).toBe(false);
  });

  it('takes an item count before the last clause only when it counts this list', () => {
    expect(leadsIn('下阶段将从三个方面持续发力，巩固经济回稳向好态势。', true, 3)).toBe(true);
    expect(leadsIn('下阶段将从三个方面持续发力，巩固经济回稳向好态势。', true, 4)).toBe(false);
    expect(leadsIn('今年已建成两个园区，全市经济稳中有进。', true, 3)).toBe(false);
  });
});

describe('numerals and the scanner', () => {
  it('reads Chinese and Arabic numerals', () => {
    expect(readCnNumeral('十二是', 0)).toEqual({ value: 12, length: 2 });
    expect(readCnNumeral('二十三', 0)).toEqual({ value: 23, length: 3 });
    expect(readCnNumeral('两个', 0)).toBeNull();
    expect(readCnNumeral('两个', 0, true)).toEqual({ value: 2, length: 1 });
    expect(readDigits('12、', 0)).toEqual({ value: 12, length: 2 });
    expect(readDigits('2014.', 0)).toBeNull();
    expect(readDigits('３．', 0)).toEqual({ value: 3, length: 1 });
  });

  it('finds markers only at boundaries', () => {
    const markers = (t: string) => scanCandidates(t).map((c) => c.marker);
    expect(markers('之一是,其一是,统一要求,市直第二代表团,第一方队')).toEqual([]);
    expect(markers('会议要求:一是加强;二要落实;(三)督查;四、考核;5.问责;⑥公开;(7)总结')).toEqual(['一是', '二要', '(三)', '四、', '5.', '⑥', '(7)']);
    expect(markers('首先,要…其次要…再次强调…再次,要…最后一年…最后,要…')).toEqual(['首先', '其次', '再次', '最后']);
  });
});
