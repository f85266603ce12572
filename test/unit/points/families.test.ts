// One test per marker family, on sentences written for these tests in the style of Chinese
// government news (the labelled cases cover 一是, 首先/其次/再次/最后, 第一道题, 一、, 1、, 1. and
// 着力/在X方面; the rest is covered here only).

import { describe, expect, it } from 'vitest';
import { findPoints } from '../../../src/core/points/index';
import { asLabelled, blocksOf, outline } from './helpers';

const run = (text: string) => findPoints(blocksOf(text));

describe('一是/二是 and 一要/二要', () => {
  it('inline 一是 list after a colon lead-in, 要 dropped after 是', () => {
    const r = run('会议强调,下一步要抓好三方面工作:一是要加快项目建设,确保早日投产;二是优化营商环境;三是守牢安全底线。');
    expect(asLabelled(r)).toEqual([
      {
        intro: '会议强调,下一步要抓好三方面工作',
        declared_count: 3,
        points: [
          { marker: '一是', headline: '加快项目建设,确保早日投产' },
          { marker: '二是', headline: '优化营商环境' },
          { marker: '三是', headline: '守牢安全底线' },
        ],
      },
    ]);
  });

  it('一要/二要/三要 with the clause before the first marker as intro', () => {
    const r = run('会议要求,一要提高政治站位,切实把思想统一到省委决策部署上来;二要压实工作责任,层层传导压力;三要强化督促检查,确保各项措施落地见效。');
    expect(r.groups[0]!.intro).toBe('会议要求');
    expect(outline(r)).toEqual([['一要|提高政治站位,切实把思想统一到省委决策部署上来', '二要|压实工作责任,层层传导压力', '三要|强化督促检查,确保各项措施落地见效']]);
  });

  it('one paragraph per point, intro from the 指出 sentence before', () => {
    const r = run('市长在会上指出,当前经济运行总体平稳。\n一是工业生产稳中有进。1至5月,规上工业增加值增长6.1%。\n二是投资结构持续优化。\n三是消费市场加快回暖。');
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.intro).toBe('市长在会上指出,当前经济运行总体平稳');
    expect(r.groups[0]!.points.map((p) => p.block)).toEqual([1, 2, 3]);
    expect(r.groups[0]!.points[0]!.text).toBe('工业生产稳中有进。1至5月,规上工业增加值增长6.1%。');
  });

  it('a change of suffix continues the numbering (一是…四是 then 五要/六要)', () => {
    const r = run('他要求,一是抓项目;二是抓招商;三是抓服务;四是抓环境;五要抓作风;六要抓队伍。');
    expect(outline(r)[0]!.map((p) => p.split('|')[0])).toEqual(['一是', '二是', '三是', '四是', '五要', '六要']);
  });

  it('restarted numbering opens a sibling group in the same paragraph', () => {
    const r = run('他指出,当前存在两个问题:一是认识不到位,二是措施不得力。他强调,下一步要做到三个坚持:一是坚持问题导向,二是坚持目标导向,三是坚持结果导向。');
    expect(r.groups.map((g) => [g.intro, g.declaredCount, g.points.length, g.parent])).toEqual([
      ['他指出,当前存在两个问题', 2, 2, undefined],
      ['他强调,下一步要做到三个坚持', 3, 3, undefined],
    ]);
    expect(r.groups[0]!.points[1]!.text).toBe('措施不得力。');
  });

  it('a second list in the same sentence takes its intro after the first list\'s last ;', () => {
    const r = run('会议指出,一是成绩显著;二是问题不少;会议还要求:一要加强领导;二要落实责任。');
    expect(r.groups.map((g) => g.intro)).toEqual(['会议指出', '会议还要求']);
    expect(r.groups[0]!.points[1]!.text).toBe('问题不少');
    expect(run('一是成绩显著;二是问题不少;一要加强领导;二要落实责任。').groups.map((g) => [g.intro, g.parent])).toEqual([
      [null, undefined],
      [null, undefined],
    ]);
  });

  it('paragraph indentation (full-width spaces, nbsp) does not hide markers', () => {
    const r = run('\u3000\u3000会议强调:\n\u3000\u3000一是加强领导。\n\u00a0\u00a0二是落实责任。');
    expect(outline(r)).toEqual([['一是|加强领导', '二是|落实责任']]);
    expect(r.groups[0]!.intro).toBe('会议强调');
  });

  it('an ordinal glued to a speech verb still counts (他说一是…)', () => {
    const r = run('他说一是要加强领导,二是要落实责任。');
    expect(asLabelled(r)).toEqual([{ intro: '他说', declared_count: null, points: [{ marker: '一是', headline: '加强领导' }, { marker: '二是', headline: '落实责任' }] }]);
  });

  it('十一是 and beyond', () => {
    const items = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'].map((n) => `${n}是抓好第${n}项工作`).join(';');
    const r = run(`会议部署了十二项重点工作:${items}。`);
    expect(r.groups[0]!.points.map((p) => p.marker).slice(-3)).toEqual(['十是', '十一是', '十二是']);
    expect(r.groups[0]!.declaredCount).toBe(12);
  });
});

describe('首先/其次/再次/最后', () => {
  it('inline, with 要 kept after 首先 (its marker does not end in 要/是)', () => {
    const r = run('做好这项工作,首先,要统一思想;其次,要健全机制;再次,要强化保障;最后,要严格考核。');
    expect(asLabelled(r)).toEqual([
      {
        intro: '做好这项工作',
        declared_count: null,
        points: [
          { marker: '首先', headline: '要统一思想' },
          { marker: '其次', headline: '要健全机制' },
          { marker: '再次', headline: '要强化保障' },
          { marker: '最后', headline: '要严格考核' },
        ],
      },
    ]);
  });

  it('首先 then 二是/三是 form one group (the seed\'s mixed run)', () => {
    const r = run('他说,形势依然复杂。首先,外部环境更趋严峻。二是结构性矛盾仍然突出。三是风险隐患不容忽视。');
    expect(outline(r)).toEqual([['首先|外部环境更趋严峻', '二是|结构性矛盾仍然突出', '三是|风险隐患不容忽视']]);
    expect(r.groups[0]!.intro).toBe('他说,形势依然复杂');
  });

  it('首先 then 第二/第三 form one group', () => {
    const r = run('如何抓好落实?首先,要明确责任。第二,要完善机制。第三,要强化考核。');
    expect(outline(r)).toEqual([['首先|要明确责任', '第二|要完善机制', '第三|要强化考核']]);
    expect(r.groups[0]!.intro).toBe('如何抓好落实');
  });

  it('首先/其次 nested inside 一是', () => {
    const r = run('他强调两点。一是思想要到位:首先要认清形势,其次要明确任务。二是行动要到位。');
    expect(r.groups.map((g) => g.parent ?? null)).toEqual([null, '0.1']);
    expect(r.groups[1]!.intro).toBeNull();
    expect(outline(r)[1]).toEqual(['首先|要认清形势', '其次|要明确任务']);
  });
});

describe('第一/第二 with and without a classifier', () => {
  it('bare 第一, 第二, 第三', () => {
    expect(outline(run('第一,要提高认识。第二,要加强领导。第三,要狠抓落实。'))).toEqual([['第一|要提高认识', '第二|要加强领导', '第三|要狠抓落实']]);
  });

  it('第一条/第二条 of a regulation, one per line', () => {
    const r = run('第一条 为了规范财政资金管理,制定本办法。\n第二条 本办法适用于全市各级行政事业单位。\n第三条 财政部门负责本办法的组织实施。');
    expect(outline(r)).toEqual([['第一条|为了规范财政资金管理,制定本办法', '第二条|本办法适用于全市各级行政事业单位', '第三条|财政部门负责本办法的组织实施']]);
  });

  it('第一个/第二个 with a count in the intro', () => {
    const r = run('他提出了三个希望:第一个,要坚定理想信念;第二个,要勇于担当作为;第三个,要严守纪律规矩。');
    expect(asLabelled(r)[0]).toEqual({
      intro: '他提出了三个希望',
      declared_count: 3,
      points: [
        { marker: '第一个', headline: '要坚定理想信念' },
        { marker: '第二个', headline: '要勇于担当作为' },
        { marker: '第三个', headline: '要严守纪律规矩' },
      ],
    });
  });

  it('第一步/第二步 and 第一部分 headings', () => {
    expect(outline(run('推进分三步走:第一步,摸清底数;第二步,制定方案;第三步,组织实施。'))).toEqual([['第一步|摸清底数', '第二步|制定方案', '第三步|组织实施']]);
    expect(outline(run('第一部分 总体要求\n坚持以人民为中心。\n第二部分 主要任务\n加快推进共同富裕示范区建设。'))).toEqual([['第一部分|总体要求', '第二部分|主要任务']]);
  });

  it('第一道题: question lists end each headline at the question mark', () => {
    const r = run('书记出了三道题——\n第一道题:项目为什么落地慢?怎么破解?\n第二道题:群众最盼什么?\n第三道题:干部作风如何转变?');
    expect(asLabelled(r)[0]).toEqual({
      intro: '书记出了三道题',
      declared_count: 3,
      points: [
        { marker: '第一道题', headline: '项目为什么落地慢' },
        { marker: '第二道题', headline: '群众最盼什么' },
        { marker: '第三道题', headline: '干部作风如何转变' },
      ],
    });
  });
});

describe('（一）（二） and (1)(2)', () => {
  it('full-width and ASCII parentheses in one list, one point per paragraph', () => {
    const r = run('会议强调,要重点抓好以下工作:\n（一）加强组织领导。各地要成立工作专班。\n（二）强化督查考核。对工作不力的要严肃问责。\n(三)营造良好氛围。要加大宣传力度。');
    expect(asLabelled(r)).toEqual([
      {
        intro: '会议强调,要重点抓好以下工作',
        declared_count: null,
        points: [
          { marker: '（一）', headline: '加强组织领导' },
          { marker: '（二）', headline: '强化督查考核' },
          { marker: '(三)', headline: '营造良好氛围' },
        ],
      },
    ]);
  });

  it('(1)(2)(3) inline', () => {
    expect(outline(run('主要内容:(1)完善制度;(2)加强监督;(3)严肃问责。'))).toEqual([['(1)|完善制度', '(2)|加强监督', '(3)|严肃问责']]);
  });
});

describe('一、二、 headings and inline', () => {
  it('heading lines (as subheads) with (一) sub-points under the second', () => {
    const r = run('为推进工作,现提出如下意见。\n## 一、总体要求\n到2025年,基本形成工作框架。\n## 二、主要任务\n(一)推动高质量发展。加快建设现代化经济体系。\n(二)促进共同富裕。缩小城乡差距。\n## 三、保障措施\n加强组织领导。');
    expect(asLabelled(r)).toEqual([
      { intro: '为推进工作,现提出如下意见', declared_count: null, points: [{ marker: '一、', headline: '总体要求' }, { marker: '二、', headline: '主要任务' }, { marker: '三、', headline: '保障措施' }] },
      { parent: '0.2', intro: null, declared_count: null, points: [{ marker: '(一)', headline: '推动高质量发展' }, { marker: '(二)', headline: '促进共同富裕' }] },
    ]);
    expect(r.groups[0]!.points[2]!.text).toBe('保障措施\n加强组织领导。');
  });

  it('heading list after an ordinary paragraph has no intro', () => {
    const r = run('今年以来,我市扎实推进各项工作。\n一、工作目标\n到年底完成改造任务。\n二、工作措施\n强化资金保障。');
    expect(r.groups[0]!.intro).toBeNull();
  });

  it('inline 一、二、 after 如下', () => {
    expect(asLabelled(run('现就有关事项通知如下:一、提高认识;二、加强领导;三、狠抓落实。'))).toEqual([
      { intro: '现就有关事项通知如下', declared_count: null, points: [{ marker: '一、', headline: '提高认识' }, { marker: '二、', headline: '加强领导' }, { marker: '三、', headline: '狠抓落实' }] },
    ]);
  });
});

describe('1、 1. 1) ①②', () => {
  it('1、 lines', () => {
    expect(outline(run('具体要求:\n1、各地要高度重视。\n2、各单位要密切配合。'))).toEqual([['1、|各地要高度重视', '2、|各单位要密切配合']]);
  });

  it('1. lines ending with ;', () => {
    const r = run('2023.1.5 会议召开。\n1.加快推进项目建设;\n2.全力做好招商引资;\n3.持续优化营商环境。');
    expect(outline(r)).toEqual([['1.|加快推进项目建设', '2.|全力做好招商引资', '3.|持续优化营商环境']]);
  });

  it('1) and 1） inline', () => {
    expect(outline(run('各单位要做到:1)明确责任人;2)建立工作台账;3）按时报送信息。'))).toEqual([['1)|明确责任人', '2)|建立工作台账', '3）|按时报送信息']]);
  });

  it('①②③ inline', () => {
    const r = run('主要任务包括:①完善基础设施;②提升公共服务水平;③加强生态环境保护。');
    expect(asLabelled(r)).toEqual([{ intro: '主要任务包括', declared_count: null, points: [{ marker: '①', headline: '完善基础设施' }, { marker: '②', headline: '提升公共服务水平' }, { marker: '③', headline: '加强生态环境保护' }] }]);
  });

  it('1. inside 一是: nested under its point', () => {
    const r = run('会议部署了三项工作。一是抓好疫情防控:1.严格落实“四早”要求;2.加强重点人群管理。二是抓好经济运行。三是抓好安全生产。');
    expect(r.groups.map((g) => [g.declaredCount, g.parent ?? null, g.points.length])).toEqual([
      [3, null, 3],
      [null, '0.1', 2],
    ]);
  });
});

describe('其一/其二', () => {
  it('with punctuation after the marker', () => {
    expect(asLabelled(run('原因有二:其一,投入不足;其二,机制不活。'))).toEqual([{ intro: '原因有二', declared_count: 2, points: [{ marker: '其一', headline: '投入不足' }, { marker: '其二', headline: '机制不活' }] }]);
  });
});

describe('repeated-lead lists', () => {
  it('announced by a count and a colon: two or more comma-separated units (着力…)', () => {
    const r = run('他说,要实现“三个一流”:着力打造一流营商环境,着力建设一流创新平台,着力培育一流人才队伍。');
    expect(asLabelled(r)).toEqual([
      {
        intro: '他说,要实现“三个一流”',
        declared_count: 3,
        points: [
          { marker: '着力', headline: '打造一流营商环境' },
          { marker: '着力', headline: '建设一流创新平台' },
          { marker: '着力', headline: '培育一流人才队伍' },
        ],
      },
    ]);
  });

  it('announced by a colon alone: three units sharing a verb lead', () => {
    expect(outline(run('会议要求:着力稳增长,着力促改革,着力惠民生。'))).toEqual([['着力|稳增长', '着力|促改革', '着力|惠民生']]);
  });

  it('two units with a count (两个确保)', () => {
    const r = run('必须做到“两个确保”:确保安全生产形势稳定,确保疫情防控不出问题。');
    expect(outline(r)).toEqual([['确保|安全生产形势稳定', '确保|疫情防控不出问题']]);
    expect(r.groups[0]!.declaredCount).toBe(2);
  });

  it('要对标落实…; four times, the first after a lead-in clause', () => {
    const r = run('市委书记强调,要对标落实省委决策部署,扎实推进共同富裕;要对标落实市委全会精神,加快建设现代化;要对标落实年度目标任务,确保全年红;要对标落实群众期盼,办好民生实事。');
    expect(asLabelled(r)).toEqual([
      {
        intro: '市委书记强调',
        declared_count: null,
        points: [
          { marker: '要对标落实', headline: '省委决策部署,扎实推进共同富裕' },
          { marker: '要对标落实', headline: '市委全会精神,加快建设现代化' },
          { marker: '要对标落实', headline: '年度目标任务,确保全年红' },
          { marker: '要对标落实', headline: '群众期盼,办好民生实事' },
        ],
      },
    ]);
  });

  it('three sentences opening with 坚持', () => {
    expect(outline(run('坚持以人民为中心,办好民生实事。坚持问题导向,破解发展难题。坚持系统观念,统筹推进各项工作。'))).toEqual([
      ['坚持|以人民为中心,办好民生实事', '坚持|问题导向,破解发展难题', '坚持|系统观念,统筹推进各项工作'],
    ]);
  });

  it('the lead stops at a word: 加强党建/加强党风/加强党员 share 加强', () => {
    const r = run('加强党建引领,夯实基层基础;加强党风廉政建设,营造风清气正环境;加强党员教育管理,发挥先锋模范作用。');
    expect(r.groups[0]!.points.map((p) => p.marker)).toEqual(['加强', '加强', '加强']);
  });

  it('要突出… paragraphs, one unit each', () => {
    const r = run('会议强调:\n要突出项目攻坚,加快重大项目建设。\n要突出招商引资,引进一批大项目好项目。\n要突出改革创新,激发市场主体活力。');
    expect(outline(r)).toEqual([['要突出|项目攻坚,加快重大项目建设', '要突出|招商引资,引进一批大项目好项目', '要突出|改革创新,激发市场主体活力']]);
    expect(r.groups[0]!.intro).toBe('会议强调');
  });

  it('在X方面 frames, three in a row', () => {
    expect(outline(run('在产业发展方面,要加快培育新兴产业。在城市建设方面,要推进有机更新。在民生保障方面,要办好十件实事。'))).toEqual([
      ['在产业发展方面|要加快培育新兴产业', '在城市建设方面|要推进有机更新', '在民生保障方面|要办好十件实事'],
    ]);
  });

  it('two 在X方面 frames named by an earlier 、-list: intro and count from that sentence', () => {
    const r = run('关键是抓好大平台、大项目。在大平台方面,要建设产业园区。在大项目方面,要加快开工建设。');
    expect(asLabelled(r)).toEqual([
      { intro: '关键是抓好大平台、大项目', declared_count: 2, points: [{ marker: '在大平台方面', headline: '要建设产业园区' }, { marker: '在大项目方面', headline: '要加快开工建设' }] },
    ]);
  });
});
