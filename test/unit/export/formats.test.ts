import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { toHtml } from '../../../src/core/export/html';
import { toJson } from '../../../src/core/export/json';
import { toMarkdown } from '../../../src/core/export/markdown';
import { outlineMarkdown } from '../../../src/core/export/points-outline';
import { toText } from '../../../src/core/export/text';
import type { Article, Points } from '../../../src/core/types';
import { sanitizeToString } from '../../../src/common/sanitize';
import { testFragmentParser } from '../../helpers/pages';

const article: Article = {
  url: 'http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710.shtml',
  title: '不断谋求新突破推动杭州率先发展',
  subtitle: null,
  date: '2010-02-05T07:30:00+08:00',
  source: '杭州日报',
  authors: ['王琦', '李稹'],
  editor: '周舸',
  channel: ['浙江新闻', '浙江纵横', '杭州'],
  blocks: [
    { type: 'paragraph', text: '昨日下午，市政府举行全体（扩大）会议。' },
    { type: 'subhead', text: '一、总体要求' },
    { type: 'paragraph', text: '详见浙江在线报道，*不是*强调。', html: '详见<a href="http://www.zjol.com.cn/">浙江在线</a>报道，*不是*强调。' },
    { type: 'image', src: 'http://china.zjol.com.cn/gnxw/201611/W020161122370848408202.jpg', caption: '驾驶舱' },
    { type: 'table', rows: [['指标', '数值'], ['GDP|增速', '9.1%']], header: true },
    { type: 'paragraph', text: '1. 这不是列表' },
  ],
  text: '昨日下午，市政府举行全体（扩大）会议。\n一、总体要求\n详见浙江在线报道，*不是*强调。\n驾驶舱\n指标 数值\nGDP|增速 9.1%\n1. 这不是列表',
  extractor: 'rule:legacy',
};

const points: Points = {
  groups: [
    {
      intro: '蔡奇从七个方面对做好今年工作提出具体要求',
      declaredCount: 7,
      points: [
        { marker: '一是', headline: '自主创新要有新突破', text: '一是自主创新要有新突破。', block: 0 },
        { marker: '二是', headline: '转型升级要有新举措', text: '二是转型升级要有新举措。', block: 0 },
      ],
      countMismatch: { declared: 7, found: 2 },
    },
    {
      intro: '关键是以更大手笔抓好大平台、大产业',
      declaredCount: null,
      parent: '0.2',
      points: [{ marker: '在大平台方面', headline: '三次产业都要抓集聚区建设', text: '…', block: 0 }],
    },
  ],
};

const { window } = new JSDOM('');
afterAll(() => window.close());
const sanitize = (html: string): string => sanitizeToString(window as unknown as Window, html);

describe('Markdown export', () => {
  const md = toMarkdown(article, { exportedAt: '2026-11-27', points, parseFragment: testFragmentParser() });

  it('starts with YAML front matter holding the metadata', () => {
    expect(md.startsWith('---\ntitle: "不断谋求新突破推动杭州率先发展"\ndate: "2010-02-05T07:30:00+08:00"\n')).toBe(true);
    expect(md).toContain('authors: ["王琦", "李稹"]');
    expect(md).toContain('channel: ["浙江新闻", "浙江纵横", "杭州"]');
    expect(md).toContain('editor: "周舸"');
    expect(md).toContain(`url: "${article.url}"`);
    expect(md).toContain('exported: "2026-11-27"');
  });

  it('renders subheads, links, images with captions and tables', () => {
    expect(md).toContain('\n## 一、总体要求\n');
    expect(md).toContain('[浙江在线](http://www.zjol.com.cn/)');
    expect(md).toContain('![驾驶舱](<http://china.zjol.com.cn/gnxw/201611/W020161122370848408202.jpg>)\n*驾驶舱*');
    expect(md).toContain('| 指标 | 数值 |\n| --- | --- |\n| GDP\\|增速 | 9.1% |');
  });

  it('keeps a headerless table headerless: an empty heading row, every row a data row', () => {
    const plain: Article = { ...article, blocks: [{ type: 'table', rows: [['营收', '100亿元'], ['利润', '12亿元']] }] };
    expect(toMarkdown(plain, { exportedAt: '2026-11-27', parseFragment: testFragmentParser() })).toContain('|  |  |\n| --- | --- |\n| 营收 | 100亿元 |\n| 利润 | 12亿元 |');
  });

  it('writes a point whose marker is its own number (1. 1、 （1）) once, as the list number', () => {
    const numbered: Points = {
      groups: [
        {
          intro: null,
          declaredCount: null,
          points: [
            { marker: '1.', headline: '会议传达学习了重要讲话精神', text: '', block: 0 },
            { marker: '2、', headline: '会议研究通过了通告', text: '', block: 0 },
            { marker: '（3）', headline: '会议还研究了其他事项', text: '', block: 0 },
            // Not its own number: kept as written.
            { marker: '5.', headline: '跳号', text: '', block: 0 },
          ],
        },
      ],
    };
    const outline = outlineMarkdown(numbered, (f, d) => `${f}/${d}`);
    expect(outline.split('\n')).toEqual(['1. 会议传达学习了重要讲话精神', '2. 会议研究通过了通告', '3. 会议还研究了其他事项', '4. **5.** 跳号']);
    expect(toText(article, { points: numbered })).toContain('  1. 会议传达学习了重要讲话精神\n  2. 会议研究通过了通告');
    const html = toHtml(article, { exportedAt: '2026-11-27', points: numbered, sanitize });
    expect(html).toContain('<li>会议传达学习了重要讲话精神</li>');
    expect(html).toContain('<li><strong>5.</strong> 跳号</li>');
  });

  it('escapes page text that would read as Markdown', () => {
    expect(md).toContain('\\*不是\\*强调');
    expect(md).toContain('1\\. 这不是列表');
  });

  it('adds the summary as a nested list with the count check', () => {
    expect(md).toContain('## 要点摘要\n\n- 蔡奇从七个方面对做好今年工作提出具体要求（2 / 7）\n  1. **一是** 自主创新要有新突破\n  2. **二是** 转型升级要有新举措\n     - 关键是以更大手笔抓好大平台、大产业\n       1. **在大平台方面** 三次产业都要抓集聚区建设');
  });

  it('leaves the summary out when not asked', () => {
    expect(toMarkdown(article, { exportedAt: '2026-11-27', parseFragment: testFragmentParser() })).not.toContain('要点摘要');
  });
});

describe('text export', () => {
  it('gives title, meta line, body, link and summary', () => {
    const text = toText(article, { points });
    expect(text.startsWith('不断谋求新突破推动杭州率先发展\n2010-02-05 07:30 · 来源：杭州日报 · 作者：王琦、李稹 · 责任编辑：周舸\n\n昨日下午')).toBe(true);
    expect(text).toContain(article.url);
    expect(text).toContain('  1. 一是 自主创新要有新突破');
  });
});

describe('HTML export', () => {
  const html = toHtml(article, { exportedAt: '2026-11-27', points, sanitize });

  it('is one standalone page with the typography inlined and no script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('text-indent:2em');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<h1 class="zr-title">不断谋求新突破推动杭州率先发展</h1>');
    expect(html).toContain('<figcaption>驾驶舱</figcaption>');
    expect(html).toContain('class="zr-points"');
  });

  it('keeps table headings as header cells, and prints dark on white in every theme', () => {
    const doc = new JSDOM(toHtml(article, { exportedAt: '2026-11-27', sanitize, theme: 'dark' })).window.document;
    expect([...doc.querySelectorAll('table thead th')].map((th) => th.textContent)).toEqual(['指标', '数值']);
    expect([...doc.querySelectorAll('table tbody td')].map((td) => td.textContent)).toEqual(['GDP|增速', '9.1%']);
    expect(doc.documentElement.dataset.theme).toBe('dark');
    const css = doc.querySelector('style')?.textContent ?? '';
    // The print palette comes after every theme's, at the same specificity, so it wins.
    const print = css.lastIndexOf('@media print{:root[data-theme]{--zr-bg:#ffffff;--zr-fg:#000000;');
    expect(print).toBeGreaterThan(css.lastIndexOf(':root[data-theme="dark"]'));
    expect(css).toContain('.zr-body td,.zr-body th{');
    expect(css).toMatch(/\.zr-body td,\.zr-body th\{[^}]*text-align:start/);
  });

  it('sanitises hostile inline markup', () => {
    const hostile: Article = {
      ...article,
      title: '<img src=x onerror=alert(1)>',
      blocks: [
        { type: 'paragraph', text: 'x', html: '<a href="javascript:alert(1)">x</a><img src="x" onerror="alert(1)"><svg onload="alert(1)"></svg><iframe srcdoc="<script>alert(1)</script>"></iframe><a href="data:text/html,<script>alert(1)</script>">d</a><b id="cookie" name="x">c</b>' },
        { type: 'image', src: 'javascript:alert(1)', caption: '<script>alert(1)</script>' },
      ],
    };
    const out = toHtml(hostile, { exportedAt: '2026-11-27', sanitize });
    const doc = new JSDOM(out).window.document;
    expect(doc.querySelectorAll('script, iframe, svg, object, embed, meta[http-equiv="refresh"]')).toHaveLength(0);
    for (const el of doc.body.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name).not.toMatch(/^on|^id$|^name$|^srcdoc$/i);
        if (/^(href|src)$/.test(attr.name)) expect(attr.value).toMatch(/^https?:\/\//);
      }
    }
    // The hostile title is shown as text, not markup.
    expect(doc.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(doc.querySelector('[data-block="0"]')).not.toBeNull();
  });
});

describe('JSON export', () => {
  it('carries the article model and its points', () => {
    const value = JSON.parse(toJson(article, { points }));
    expect(value.title).toBe(article.title);
    expect(value.points.groups[1].parent).toBe('0.2');
    expect(value.points.groups[0].points[0]).toEqual({ marker: '一是', headline: '自主创新要有新突破', text: '一是自主创新要有新突破。', block: 0 });
  });
});

describe('outline', () => {
  it('puts nested groups under their parent point', () => {
    const md = outlineMarkdown(points, (f, d) => `${f}/${d}`);
    expect(md.split('\n')).toEqual([
      '- 蔡奇从七个方面对做好今年工作提出具体要求（2/7）',
      '  1. **一是** 自主创新要有新突破',
      '  2. **二是** 转型升级要有新举措',
      '     - 关键是以更大手笔抓好大平台、大产业',
      '       1. **在大平台方面** 三次产业都要抓集聚区建设',
    ]);
  });
});
