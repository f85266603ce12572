// Traps (README rules 7 and 8, and the brief's list): text that looks like an enumeration but is
// not one. Each must give no group, or leave the real list next to it untouched.

import { describe, expect, it } from 'vitest';
import { findPoints } from '../../../src/core/points/index';
import { blocksOf, outline } from './helpers';

const groupsOf = (text: string) => findPoints(blocksOf(text)).groups;

describe('no list', () => {
  const cases: [string, string][] = [
    ['之一是 / 其一是', '这是全省十大民生实事之一。其中之一是建设城市书房,其一是扩大服务覆盖面,二是提升服务质量。'],
    ['一是一、二是二', '做工作要一是一、二是二,实事求是,来不得半点虚假。'],
    ['首先 as a connective', '蔡奇首先对当前形势进行了分析,随后听取了各部门汇报。'],
    ['最后 and 同时 as connectives', '会议首先传达了省委全会精神。同时,各部门汇报了工作进展。最后,市委书记作总结讲话。'],
    ['再次 meaning "again"', '会议再次强调,要坚决守住安全底线。其次是质量问题。'],
    ['最后一年 / 最后一公里', '今年是“十四五”的最后一年,要打通服务群众的最后一公里。'],
    ['、-list with a count (五个方面的要求)', '会议提出了五个方面的要求:思想认识、组织领导、工作机制、督查考核、宣传引导。'],
    ['分两个阶段', '省委全会提出,我省将分两个阶段推进发展,努力实现生产总值、人均收入翻一番。'],
    ['month ranges and numbers', '1-6月份,全市实现地区生产总值1234.5亿元,同比增长8.2%。1、2月份增速较快,3.15晚会后消费回暖。'],
    ['dates', '2023.1.5,会议召开。2023.2.8,项目开工。'],
    ['names (五水共治, 三改一拆, 五包, 六大联动)', '全面推进“五水共治”“三改一拆”,深化“六大联动”,落实门前“五包”责任制。'],
    ['slogan 、-list with counts', '重点抓好“一个统领、两个重点、四个综合”工作。'],
    ['一、二、三产业 / 第一、二季度', '推进一、二、三产业融合发展,第一、二季度增长较快。'],
    ['第一时间 / 第二天 / 第一书记 / 第二代表团 / 第一方队', '事故发生后,第一时间赶赴现场,第二天召开会议。第一书记带队走访市直第二代表团,进入全国第一方队。'],
    ['rankings', '该区综合考核位列全市第一,第二名为西湖区。'],
    ['会议… subject-led sentences', '会议听取了工作汇报。会议强调,要抓好落实。会议要求,各地要高度重视。会议指出,成绩来之不易。'],
    ['a person as the subject of each paragraph', '王浩在会上首先回顾了去年工作。\n王浩从三个方面部署了今年任务。\n王浩强调,要严守纪律。\n王浩还对近期工作作了安排。'],
    ['runs led only by a modal', '要加快发展。要深化改革。要改善民生。要确保稳定。'],
    ['runs led only by 要把', '要把发展作为第一要务;要把民生放在首位;要把安全摆在突出位置。'],
    ['copula 是…;是…;是…', '杭州是一座历史文化名城;是一座创新活力之城;是一座生态文明之都。'],
    ['comma 排比 without a count', '谋划工作有高度,应对风险有准度,推进落实有力度,服务群众有温度。'],
    ['a topic noun repeated (not a verb lead)', '开学前,学校要做好准备。开学后,学校要严格管理。开学时,学生要按时报到。'],
    ['a lone 一是', '他说,一是要看到成绩。'],
    ['a lone 首先 and a lone 第一', '首先,要统一思想。我们要争创全国第一。'],
    ['footnote marks glued to text', '全市GDP增长7.5%①,高于全省平均②,居全省首位③。'],
    ['一方面…另一方面 frames', '一方面,要加大投入。另一方面,要提高效率。'],
    ['在这方面 (not an item)', '在这方面,我们还有差距。在那方面,也要努力。在各方面,都要加强。'],
    ['a blank form of bare markers', '我的问题:\n1.\n2.\n3.'],
    ['negative case n01 style: count with no list', '省委十三届二次全会提出,我省将从实际出发,分两个阶段,推进发展。'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      expect(outline(findPoints(blocksOf(text)))).toEqual([]);
    });
  }
});

describe('traps next to a real list', () => {
  it('最后 before a lead-in is not the last point of the list before it (p03, p06)', () => {
    const g = groupsOf('首先,要统一思想。其次,要健全机制。最后,县委书记要求:一是加强领导;二是落实责任。');
    expect(g.map((x) => x.points.map((p) => p.marker))).toEqual([
      ['首先', '其次'],
      ['一是', '二是'],
    ]);
    expect(g[1]!.intro).toBe('最后,县委书记要求');
  });

  it('最后 after an 一是 list stays a connective', () => {
    const g = groupsOf('他提出:一是加强学习;二是改进作风;三是狠抓落实。最后,他强调,要确保各项工作落到实处。');
    expect(g).toHaveLength(1);
    expect(g[0]!.points.map((p) => p.marker)).toEqual(['一是', '二是', '三是']);
  });

  it('a glued 一是 does not lend its 二是 to an unrelated 首先 (公众一是…、二是…)', () => {
    const g = groupsOf('首先价格应走向透明化。资本希望得到回报,公众一是希望得到优质服务、二是希望付费低廉。');
    expect(g).toEqual([]);
  });

  it('count words that are not the list\'s count give no declared count (两个取向/十方面/四张高分答卷)', () => {
    const g = groupsOf('会议指出,全市上下坚持两个取向,实施十方面举措,交出四张高分答卷,会议强调,一要聚焦发展大局;二要聚焦民生福祉;三要聚焦安全稳定。');
    expect(g[0]!.declaredCount).toBeNull();
    expect(g[0]!.countMismatch).toBeUndefined();
  });

  it('a count in an earlier clause counts only when it matches (三点要求 … 强调:)', () => {
    expect(groupsOf('会议提出三点要求,强调:一是提高站位;二是压实责任;三是强化督查。')[0]!.declaredCount).toBe(3);
    expect(groupsOf('会议提出十点要求,强调:一是提高站位;二是压实责任;三是强化督查。')[0]!.declaredCount).toBeNull();
  });

  it('names inside the points do not disturb the list (p06: 门前“五包”)', () => {
    const g = groupsOf('他提出两点建议:一是落实好门前“五包”机制;二是深化“五水共治”,推进“三改一拆”。');
    expect(g.map((x) => [x.declaredCount, x.points.length])).toEqual([[2, 2]]);
  });

  it('a 、-list inside a point is not split (p03: 设施农业、秸秆禁烧…)', () => {
    const g = groupsOf('他要求:一是明确任务,认真做好设施农业、秸秆禁烧、基础服务等各项工作;二是加强领导。');
    expect(g[0]!.points[0]!.headline).toBe('明确任务,认真做好设施农业、秸秆禁烧、基础服务等各项工作');
  });

  it('full-width and ASCII punctuation behave the same', () => {
    const ascii = findPoints(blocksOf('会议要求:一是加强领导;二是落实责任。'));
    const full = findPoints(blocksOf('会议要求：一是加强领导；二是落实责任。'));
    expect(outline(ascii)).toEqual(outline(full));
    expect(full.groups[0]!.intro).toBe('会议要求');
  });
});
