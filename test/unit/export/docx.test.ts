// The Word export's package, read back: body text, the 公文 faces and sizes with their fallbacks, the
// GB/T 9704 page, the points outline as Word numbering, images embedded or linked, tables, the export time.
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocx, type Article, type DocxImage, type Points } from '../../../src/core/index';
import { PLACEHOLDER_PNG } from '../../../scripts/fixture-server.mjs';
import { docxParts, packDocx } from '../../helpers/docx';
import { loadMerged } from '../../helpers/merged';
import { article, para } from '../merge/article';

const EXPORTED_AT = '2026-01-01T08:00:00Z';

/** The text of each Word paragraph of a document part, in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}
/** The Word paragraph whose text is `text`. */
function paragraphXml(xml: string, text: string): string {
  const found = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].find((p) => paragraphs(p[0])[0] === text);
  if (!found) throw new Error(`no paragraph "${text}"`);
  return found[0];
}

async function parts(a: Article, options: Partial<Parameters<typeof buildDocx>[2]> = {}) {
  return docxParts(await packDocx(buildDocx(docx, a, { style: 'official', exportedAt: EXPORTED_AT, ...options })));
}

describe('the official (GB/T 9704) document of the merged three-page article', async () => {
  const { merge, goldMerged } = loadMerged('multi-page');
  const files = await parts(merge.article, { points: merge.points });
  const doc = files['word/document.xml']!;

  it('holds the title and every paragraph of all three pages', () => {
    const text = paragraphs(doc).join('\n');
    expect(paragraphs(doc)[0]).toBe('毛光烈参加北仑代表团和市直第二代表团审议');
    for (const line of goldMerged.split('\n').filter(Boolean)) {
      for (const sentence of line.split('。').filter((s) => s.length > 8)) expect(text).toContain(sentence);
    }
  });

  it('sets the title in 小标宋 at 2号 and the body in 仿宋 at 3号, fixed 28 pt lines, two-character indent', () => {
    const title = paragraphXml(doc, '毛光烈参加北仑代表团和市直第二代表团审议');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    const second = merge.article.blocks[1]!;
    const body = paragraphXml(doc, second.type === 'paragraph' ? second.text : '');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('w:ascii="Times New Roman"');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toMatch(/<w:spacing [^>]*w:line="560" w:lineRule="exact"\/>/);
    expect(body).toMatch(/<w:ind w:firstLine="640" w:firstLineChars="200"\/>/);
  });

  it('lays out A4 with the standard margins and outside page numbers', () => {
    expect(doc).toMatch(/<w:pgSz w:w="11906" w:h="16838"[^>]*\/>/);
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(files['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.entries(files).filter(([path]) => /^word\/footer\d+\.xml$/.test(path)).map(([, xml]) => xml);
    expect(footers).toHaveLength(2);
    for (const footer of footers) expect(footer).toMatch(/— .*PAGE.* —/s);
  });

  it('names a fallback for each face in the font table', () => {
    const fonts = files['word/fontTable.xml']!;
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
  });

  it('lists the five points as one numbered Word list', () => {
    const items = [...doc.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => p[0]).filter((p) => p.includes('<w:numPr>'));
    expect(items.map((p) => paragraphs(p)[0])).toEqual(['一是 打响“港口牌”', '二是 种好“高产田”', '三是 谱好“环保曲”', '四是 唱好“民乐调”', '五是 增强“主心骨”']);
    const numIds = new Set(items.map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p)?.[1]));
    expect(numIds.size).toBe(1);
    for (const item of items) expect(item).toContain('<w:ilvl w:val="0"/>');
    expect(files['word/numbering.xml']).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/><w:lvlText w:val="%1."\/>/);
    expect(paragraphs(doc)).toContain('他说，宁波要实现经济社会又好又快发展，必须全力做好五方面工作（5 / 5）');
  });

  it('ends with the source URL as a link, and stamps the export time in the core properties', () => {
    expect(paragraphs(doc).at(-1)).toBe(`查看原文：${merge.article.url}`);
    expect(files['word/_rels/document.xml.rels']).toContain(`Target="${merge.article.url}" TargetMode="External"`);
    expect(files['docProps/core.xml']).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${EXPORTED_AT}</dcterms:created>`);
    expect(files['docProps/core.xml']).toContain('<dc:title>毛光烈参加北仑代表团和市直第二代表团审议</dc:title>');
  });
});

describe('the merge with a page missing', async () => {
  const { merge } = loadMerged('multi-page-404');
  const doc = (await parts(merge.article))['word/document.xml']!;
  it('names the page that could not be read, with its address', () => {
    expect(paragraphs(doc)).toContain(`第3页未能读取（HTTP 404）：${merge.failed[0]!.url}`);
  });
});

describe('the modern look', async () => {
  const { merge } = loadMerged('trs-interview');
  const doc = (await parts(merge.article, { style: 'modern' }))['word/document.xml']!;
  it('uses sans faces at 11 pt, 1.5 lines, no first-line indent', () => {
    const first = merge.article.blocks.find((b) => b.type === 'paragraph')!;
    const body = paragraphXml(doc, first.type === 'paragraph' ? first.text : '');
    expect(body).toContain('w:eastAsia="等线"');
    expect(body).toContain('<w:sz w:val="22"/>');
    expect(body).toMatch(/w:line="360" w:lineRule="auto"/);
    expect(body).not.toContain('firstLine');
    expect(doc).toMatch(/<w:pgMar w:top="1440" w:right="1803" w:bottom="1440" w:left="1803"/);
  });
  it('marks subheads as outline level 2 headings', () => {
    expect(paragraphXml(doc, '学习不是为了对比做好自己最重要')).toContain('<w:outlineLvl w:val="1"/>');
  });
});

describe('images, tables, nested points', () => {
  const SRC = 'https://edu.zjol.com.cn/jyjsb/202202/W020220215372915604218.jpg';
  const withImage = article({ blocks: [{ type: 'image', src: SRC, caption: '郭荣梅指挥乐团练习' }, para('正文。')] });
  const png: DocxImage = { data: new Uint8Array(PLACEHOLDER_PNG), type: 'png', width: 1200, height: 800 };

  it('embeds an image whose bytes it has, scaled to the text width, with its caption', async () => {
    const files = await parts(withImage, { images: new Map([[SRC, png]]) });
    const media = Object.keys(files).filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const doc = files['word/document.xml']!;
    expect(doc).toMatch(/<a:blip r:embed="[^"]+"/);
    // 156 mm at 96 dpi is 589 px, 9525 EMU a pixel.
    expect(doc).toContain(`<wp:extent cx="${589 * 9525}" cy="${Math.round((800 * 589) / 1200) * 9525}"/>`);
    expect(paragraphs(doc)).toContain('郭荣梅指挥乐团练习');
  });

  it('links an image whose bytes it has not', async () => {
    const files = await parts(withImage);
    expect(Object.keys(files).some((p) => p.startsWith('word/media/'))).toBe(false);
    expect(paragraphs(files['word/document.xml']!)).toContain(`[图片] ${SRC}`);
    expect(files['word/_rels/document.xml.rels']).toContain(`Target="${SRC}"`);
  });

  it('writes a table as a Word table', async () => {
    const doc = (await parts(article({ blocks: [{ type: 'table', rows: [['指标', '数值'], ['吞吐量', '9.2亿吨']] }] })))['word/document.xml']!;
    expect(doc.match(/<w:tr>/g)).toHaveLength(2);
    expect(doc.match(/<w:tc>/g)).toHaveLength(4);
    expect(paragraphs(doc)).toEqual(expect.arrayContaining(['指标', '数值', '吞吐量', '9.2亿吨']));
  });

  it('keeps inline bold and links of a paragraph', async () => {
    const doc = (await parts(article({ blocks: [para('看原文链接', '看<strong>原文</strong><a href="https://zjnews.zjol.com.cn/">链接</a>')] })))['word/document.xml']!;
    expect(doc).toMatch(/<w:b\/>.*<w:t xml:space="preserve">原文<\/w:t>/s);
    expect(doc).toMatch(/<w:hyperlink [^>]*>.*链接/s);
  });

  it('numbers a nested group one level down and restarts numbering for each group', async () => {
    const points: Points = {
      groups: [
        { intro: '甲', declaredCount: null, points: [{ marker: '一是', headline: '甲一', text: '', block: 0 }, { marker: '二是', headline: '甲二', text: '', block: 0 }] },
        { intro: null, declaredCount: null, parent: '0.1', points: [{ marker: '1.', headline: '子一', text: '', block: 0 }] },
        { intro: '乙', declaredCount: null, points: [{ marker: '一是', headline: '乙一', text: '', block: 0 }] },
      ],
    };
    const doc = (await parts(article(), { points }))['word/document.xml']!;
    const items = [...doc.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => p[0]).filter((p) => p.includes('<w:numPr>'));
    const info = items.map((p) => ({ text: paragraphs(p)[0], level: /<w:ilvl w:val="(\d)"/.exec(p)?.[1], num: /<w:numId w:val="(\d+)"/.exec(p)?.[1] }));
    expect(info.map((i) => [i.text, i.level])).toEqual([['一是 甲一', '0'], ['1. 子一', '1'], ['二是 甲二', '0'], ['一是 乙一', '0']]);
    expect(info[0]!.num).toBe(info[2]!.num);
    expect(info[3]!.num).not.toBe(info[0]!.num);
  });
});
