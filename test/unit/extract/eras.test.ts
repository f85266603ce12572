import { pageContext } from '../../../src/core/page-context';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index';
import { ERROR_404, P, doc, epaperPage, legacyPage, modernPage, trsPage } from './builders';

const LEGACY = 'http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710.shtml';
const TRS = 'http://china.zjol.com.cn/gnxw/201611/t20161122_2024781.shtml';
const MODERN = 'https://zjnews.zjol.com.cn/gjgn/gn/202204/t20220408_24061234.shtml';
const EPAPER = 'http://zjrb.zjol.com.cn/html/2016-11/22/content_3015678.htm';
const LAST = '会上，蔡奇还对网络上吸收到的群众意见建议作了回应，强调要进一步构建权力阳光运行机制，推进政府科学民主决策。';

function extract(html: string, url: string) {
  const r = extractArticle(pageContext(doc(html, url), url));
  if (!r) throw new Error('no article');
  return r;
}

describe('legacy pages (generic body, text-pattern metadata)', () => {
  it('dedupes the title printed twice, reads breadcrumb and trailing byline, keeps chrome out', () => {
    const { article } = extract(legacyPage(), LEGACY);
    expect(article.title).toBe('不断谋求新突破推动杭州率先发展');
    expect(article.channel).toEqual(['浙江新闻', '浙江纵横', '杭州']);
    expect(article.authors).toEqual(['王琦', '李稹']);
    expect(article.extractor).toBe('generic');
    // The byline leaves the body; the paragraph it ended stays.
    expect(article.text.split('\n')).toEqual([...P, LAST]);
    for (const chrome of ['放大', '复制本文标题地址', '发表评论', '小伙遇车祸', '文明上网', 'Copyright', '404 Not Found', 'ZJOL/']) {
      expect(article.text).not.toContain(chrome);
    }
  });

  it('takes the date from the URL when the date line is a 404 fragment', () => {
    expect(extract(legacyPage(), LEGACY).article.date).toBe('2010-02-05');
  });

  it('reads the date line when it is there: `2010年02月05日 07:30:45 来源：杭州日报`', () => {
    const { article } = extract(legacyPage({ dateLine: '2010年02月05日 07:30:45 来源：杭州日报' }), LEGACY);
    expect(article.date).toBe('2010-02-05T07:30:45+08:00');
    expect(article.source).toBe('杭州日报');
  });

  it('reads `来源： 浙江在线－浙江日报` as the paper and a byline line with reporter and correspondent', () => {
    const { article } = extract(
      legacyPage({ dateLine: '2014-03-02 06:51:00 来源： 浙江在线－浙江日报', byline: '', extraBody: '<p>浙江日报记者 黄宏 通讯员 王华卫</p>' }),
      LEGACY,
    );
    expect(article.source).toBe('浙江日报');
    expect(article.authors).toEqual(['黄宏', '王华卫']);
    expect(article.text).not.toContain('通讯员');
  });

  it('reads reporters from an opening dateline and keeps the dateline in the text', () => {
    const { article } = extract(legacyPage({ byline: '', extraBody: '' }).replace(`<p>　　${P[0]}`, `<p>　　本报讯（记者 王琦 通讯员 李稹）${P[0]}`), LEGACY);
    expect(article.authors).toEqual(['王琦', '李稹']);
    expect(article.text.startsWith('本报讯（记者 王琦 通讯员 李稹）昨日下午')).toBe(true);
    const wire = extract(legacyPage({ byline: '' }).replace(`<p>　　${P[0]}`, `<p>　　新华社北京2月5日电（记者 欧阳修文）${P[0]}`), LEGACY).article;
    expect(wire.authors).toEqual(['欧阳修文']);
  });

  it('collects the other pages of a multi-page article in order', () => {
    const pager = '<p><a href="016284710.shtml">1</a> <a href="016284710_02.shtml">3</a> <a href="016284710_01.shtml">2</a> <a href="016284710_01.shtml">下一页</a></p>';
    const { article } = extract(legacyPage({ pager }), LEGACY);
    expect(article.pages).toEqual([
      'http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710_01.shtml',
      'http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710_02.shtml',
    ]);
    const second = extract(legacyPage({ pager }), LEGACY.replace('.shtml', '_01.shtml')).article;
    expect(second.pages).toEqual([LEGACY, 'http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710_02.shtml']);
    expect(extract(legacyPage(), LEGACY).article.pages).toBeUndefined();
  });
});

describe('TRS pages', () => {
  it('uses the era selectors', () => {
    const { article } = extract(trsPage({ author: '王琦' }), TRS);
    expect(article).toMatchObject({
      title: '世界首条新能源空铁实验线在成都成功运行',
      date: '2016-11-22T09:52:04+08:00',
      source: '华西都市报',
      authors: ['王琦'],
      editor: '周舸',
      channel: ['国际国内', '国内新闻'],
      extractor: 'rule:trs',
    });
    expect(article.text.split('\n')).toEqual(P.slice(0, 5));
  });

  it('does not take the page tools after an empty 作者： for a name', () => {
    expect(extract(trsPage(), TRS).article.authors).toEqual([]);
  });

  it('resolves ./W0… images with oldsrc, and takes the centred caption paragraph', () => {
    const body =
      '<p style="text-align:center"><img src="./W020161122370848408202.jpg" oldsrc="W020161122370848408202.jpg"></p>' +
      '<p style="text-align: center;">　　这条新能源空铁试验线，为架设于5米之上空中的白色轨道</p>' +
      P.map((p) => `<p>　　${p}</p>`).join('');
    const { article } = extract(trsPage({ body }), TRS);
    expect(article.blocks[0]).toEqual({ type: 'image', src: 'http://china.zjol.com.cn/gnxw/201611/W020161122370848408202.jpg', caption: '这条新能源空铁试验线，为架设于5米之上空中的白色轨道' });
    expect(article.text.split('\n')[0]).toBe('这条新能源空铁试验线，为架设于5米之上空中的白色轨道');
    expect(article.text.split('\n')).toHaveLength(6);
  });

  it('resolves lazy-loaded images (data-src, data-original) over placeholders', () => {
    const body = '<p><img src="/images/blank.gif" data-original="/pic/a.jpg"></p><p><img src="data:image/gif;base64,R0lGOD" data-src="https://img.zjol.com.cn/b.png"></p>' + P.map((p) => `<p>${p}</p>`).join('');
    const srcs = extract(trsPage({ body }), TRS).article.blocks.filter((b) => b.type === 'image').map((b) => (b as { src: string }).src);
    expect(srcs).toEqual(['http://china.zjol.com.cn/pic/a.jpg', 'https://img.zjol.com.cn/b.png']);
  });

  it('makes <strong> paragraphs subheads and keeps inline markup of paragraphs', () => {
    const body = `<p style="text-align: left;">　<strong>　空铁初体验</strong></p><p>　　${P[0]}<a href="/a.html">相关</a><em>强调</em></p>` + P.slice(1).map((p) => `<p>${p}</p>`).join('');
    const { article } = extract(trsPage({ body }), TRS);
    expect(article.blocks[0]).toEqual({ type: 'subhead', text: '空铁初体验' });
    expect(article.blocks[1]).toEqual({ type: 'paragraph', text: `${P[0]}相关强调`, html: `${P[0]}<a href="http://china.zjol.com.cn/a.html">相关</a><em>强调</em>` });
  });

  it('turns data tables into rows', () => {
    const table = '<table><tr><th>指标</th><th>2016年</th></tr><tr><td>营收</td><td>100亿元</td></tr><tr><td>利润</td><td>12亿元</td></tr></table>';
    const { article } = extract(trsPage({ body: P.map((p) => `<p>${p}</p>`).join('') + table }), TRS);
    expect(article.blocks.at(-1)).toEqual({ type: 'table', rows: [['指标', '2016年'], ['营收', '100亿元'], ['利润', '12亿元']], header: true });
    expect(article.text).toContain('营收\t100亿元');
  });

  it('keeps a table header only where the page has one (<th> row or <thead>)', () => {
    const body = P.map((p) => `<p>${p}</p>`).join('');
    const tables = {
      thead: '<table><thead><tr><td>指标</td><td>2016年</td></tr></thead><tbody><tr><td>营收</td><td>100亿元</td></tr></tbody></table>',
      none: '<table><tr><td>营收</td><td>100亿元</td></tr><tr><td>利润</td><td>12亿元</td></tr></table>',
      // Headings down the first column only: the first row is data.
      column: '<table><tr><th>营收</th><td>100亿元</td></tr><tr><th>利润</th><td>12亿元</td></tr></table>',
    };
    const last = (table: string) => extract(trsPage({ body: body + table }), TRS).article.blocks.at(-1) as { header?: boolean };
    expect(last(tables.thead).header).toBe(true);
    expect(last(tables.none).header).toBeUndefined();
    expect(last(tables.column).header).toBeUndefined();
  });

  it('reads the TRS pager in the news_more_page slot', () => {
    const pager = '<a href="t20161122_2024781_1.shtml">2</a><a href="t20161122_2024781_2.shtml">3</a>';
    expect(extract(trsPage({ pager }), TRS).article.pages).toEqual([
      'http://china.zjol.com.cn/gnxw/201611/t20161122_2024781_1.shtml',
      'http://china.zjol.com.cn/gnxw/201611/t20161122_2024781_2.shtml',
    ]);
  });

  it('falls back to the generic finder when the rule body is missing', () => {
    const html = trsPage().replace('class="contTxt"', 'class="articleBody"');
    const { article } = extract(html, TRS);
    expect(article.extractor).toBe('generic');
    expect(article.text.split('\n')).toEqual(P);
  });
});

describe('2022+ and e-paper pages', () => {
  it('reads div.info spans, the body byline line and the breadcrumb', () => {
    const { article } = extract(modernPage(), MODERN);
    expect(article).toMatchObject({
      title: '于晓东主持召开区政府第4次常务会议',
      date: '2022-04-08T18:06:31+08:00',
      source: '浙江日报',
      authors: ['黄宏', '王华卫'],
      channel: ['国际国内', '国内'],
      extractor: 'rule:modern',
    });
    expect(article.text).not.toContain('通讯员');
  });

  it('dates e-paper articles from the URL and names the paper', () => {
    const { article } = extract(epaperPage(), EPAPER);
    expect(article).toMatchObject({ title: '河南省委书记给记者出了五道思考题', date: '2016-11-22', source: '浙江日报', extractor: 'rule:epaper' });
    expect(article.text).not.toContain('版权所有');
  });
});

describe('editor and authors in other forms', () => {
  it('takes 责任编辑 as editor and stops the body there', () => {
    const html = `<html><head><title>标题测试新闻-浙江在线</title></head><body><h1>标题测试新闻</h1><div>2015-03-02 08:00 来源：钱江晚报</div><div class="c">${P.map((p) => `<p>${p}</p>`).join('')}<p>责任编辑：周舸</p><p>本网站所刊登的信息和各种专栏资料，均仅供参考，不代表本站立场，欢迎读者提供线索。</p></div></body></html>`;
    const { article } = extract(html, 'http://hz.zjol.com.cn/system/2015/03/02/019000000.shtml');
    expect(article.editor).toBe('周舸');
    expect(article.text.split('\n')).toEqual(P);
    expect(article.source).toBe('钱江晚报');
  });

  it('reads an unlabelled trailing name pair as authors and cuts it, with a closing source note', () => {
    const html = `<html><head><title>剪廉洁窗花</title></head><body><h1>剪廉洁窗花</h1><div>${P.slice(0, 4).map((p) => `<p>${p}</p>`).join('')}<p>${P[4]}（常书香 马丹阳）</p></div></body></html>`;
    const { article } = extract(html, 'http://example.invalid/a.html');
    expect(article.authors).toEqual(['常书香', '马丹阳']);
    expect(article.text.split('\n')).toEqual(P);
    const noted = extract(html.replace('（常书香 马丹阳）', '（作者系浙江大学教授） （来源：中国共产党新闻网）'), 'http://example.invalid/a.html').article;
    expect(noted.source).toBe('中国共产党新闻网');
    expect(noted.text.endsWith(`${P[4]}（作者系浙江大学教授）`)).toBe(true);
  });
});

describe('forms the fixtures do not show', () => {
  const paragraphs = P.map((p) => `<p>　　${p}</p>`).join('');

  it('keeps an article subhead that reads like a status line; drops only a whole pasted error document', () => {
    const body =
      '<p><strong>404 Not Found</strong></p><p>　　这是最常见的错误，表示服务器上找不到所请求的页面。</p>' +
      paragraphs +
      ERROR_404 +
      '<p><strong>502 Bad Gateway</strong></p><p>　　网关或代理服务器从上游服务器收到了无效响应。</p>';
    const lines = extract(trsPage({ body }), TRS).article.text.split('\n');
    expect(lines).toContain('404 Not Found');
    expect(lines).toContain('502 Bad Gateway');
    expect(lines.filter((l) => l === '404 Not Found')).toHaveLength(1);
    expect(lines).not.toContain('ZJOL/1.22.95');
  });

  it('keeps a photo credit with its picture, not among the authors', () => {
    const body =
      paragraphs +
      '<p style="text-align:center"><img src="./W020180516370848408202.jpg"></p>' +
      '<p style="text-align:center">　　嘉兴一家企业的智能生产线　记者 林云龙 摄</p>';
    const { article } = extract(trsPage({ body, author: '王琦' }), TRS);
    expect(article.authors).toEqual(['王琦']);
    expect(article.blocks.at(-1)).toMatchObject({ type: 'image', caption: '嘉兴一家企业的智能生产线　记者 林云龙 摄' });
    expect(article.text).toContain('记者 林云龙 摄');
    // A line that credits the text too is a byline.
    const both = extract(trsPage({ body: paragraphs + '<p>　　记者 林云龙/文 受访者供图</p>' }), TRS).article;
    expect(both.authors).toEqual(['林云龙']);
    expect(both.text.split('\n')).toEqual(P);
  });

  it('reads the legacy publisher form `发布人：-浙江在线-今日早报` as the source', () => {
    const { article } = extract(legacyPage({ dateLine: '发布时间：2010年02月05日 07:12 &nbsp;&nbsp;发布人：-浙江在线-今日早报' }), LEGACY);
    expect(article.source).toBe('今日早报');
    expect(article.date).toBe('2010-02-05T07:12:00+08:00');
  });

  it('leaves a line of counters out of the body', () => {
    const body = paragraphs + '<div class="detail-foot"><span>阅读 1.2万</span> <span>点赞 86</span></div>';
    expect(extract(trsPage({ body }), TRS).article.text.split('\n')).toEqual(P);
  });

  it('attaches captions in hyphenated caption classes', () => {
    const body = '<div class="pic"><img src="./W02018.jpg"><p class="img-desc">西湖边的晨练人群</p></div>' + paragraphs;
    const { article } = extract(trsPage({ body }), TRS);
    expect(article.blocks[0]).toMatchObject({ type: 'image', caption: '西湖边的晨练人群' });
  });
});
