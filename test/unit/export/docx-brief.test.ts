// The daily brief as a Word document: every piece of the brief's document in word/document.xml (title, summary,
// group headings, each article's title linked to its page, source lines, leads, points as numbered lists that
// restart for each article, the note on shared points), in the faces of the chosen look, with the export time
// passed in as the document's time.
import { describe, expect, it } from 'vitest';
import * as docx from 'docx';
import { briefDocument, buildBriefDocx, makeBrief, runsText, type BriefDocument } from '../../../src/core/index';
import { docxParts, packDocx } from '../../helpers/docx';
import { fixtureArticle } from '../desk/samples';

const DAY = '2024-05-02';
const AT = '2024-05-02T09:30:00.000Z';

function sampleBrief(): BriefDocument {
  const brief = makeBrief([fixtureArticle('legacy-seed-frames'), fixtureArticle('legacy-seed-inline'), fixtureArticle('trs-article')], { date: DAY, groupBy: 'source', leads: true });
  return briefDocument(brief);
}

async function documentOf(doc: BriefDocument, style: 'official' | 'modern'): Promise<{ xml: string; text: string; parts: Record<string, string> }> {
  const parts = docxParts(await packDocx(buildBriefDocx(docx, doc, { style, exportedAt: AT })));
  const xml = parts['word/document.xml']!;
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return { xml, text, parts };
}

const paragraphs = (xml: string): string[] => xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/gs) ?? [];
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");

describe('buildBriefDocx', () => {
  const doc = sampleBrief();

  it('holds every piece of the brief, in order', async () => {
    const { text } = await documentOf(doc, 'official');
    const pieces = doc.blocks.flatMap((b) => (b.type === 'list' ? b.items.map(runsText) : [runsText(b.runs)]));
    expect(pieces.length).toBeGreaterThan(10);
    let at = 0;
    for (const piece of pieces) {
      const found = unescape(text).indexOf(piece, at);
      expect(found, piece).toBeGreaterThanOrEqual(at);
      at = found + piece.length;
    }
  });

  it('links each article title to its page', async () => {
    const { xml, parts } = await documentOf(doc, 'official');
    const rels = parts['word/_rels/document.xml.rels']!;
    const titles = doc.blocks.filter((b) => b.type === 'heading' && b.level === 3);
    expect(titles).toHaveLength(3);
    for (const heading of titles) {
      if (heading.type !== 'heading') continue;
      const url = heading.runs[0]!.link!;
      expect(rels).toContain(`Target="${url.replace(/&/g, '&amp;')}"`);
    }
    expect((xml.match(/<w:hyperlink /g) ?? []).length).toBeGreaterThanOrEqual(titles.length);
  });

  it('numbers each article’s points as a list of its own', async () => {
    const { xml } = await documentOf(doc, 'official');
    const lists = doc.blocks.filter((b) => b.type === 'list');
    const numbered = paragraphs(xml).filter((p) => p.includes('<w:numPr>'));
    expect(numbered).toHaveLength(lists.reduce((n, b) => n + (b.type === 'list' ? b.items.length : 0), 0));
    const ids = new Set(numbered.map((p) => /<w:numId w:val="(\d+)"\/>/.exec(p)![1]));
    expect(ids.size).toBe(lists.length);
  });

  it('sets the 公文 faces: title 小标宋, group headings 黑体, article titles 楷体, points 仿宋', async () => {
    const { xml, parts } = await documentOf(doc, 'official');
    const ps = paragraphs(xml);
    const faceOf = (p: string) => /w:eastAsia="([^"]+)"/.exec(p)?.[1];
    expect(faceOf(ps[0]!)).toBe('方正小标宋简体');
    const group = ps.find((p) => p.includes('<w:outlineLvl w:val="1"/>'))!;
    expect(faceOf(group)).toBe('黑体');
    const title = ps.find((p) => p.includes('<w:outlineLvl w:val="2"/>'))!;
    expect(faceOf(title)).toBe('楷体_GB2312');
    expect(faceOf(ps.find((p) => p.includes('<w:numPr>'))!)).toBe('仿宋_GB2312');
    expect(parts['word/fontTable.xml']).toContain('w:altName w:val="仿宋"');
    expect(parts['docProps/core.xml']).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${AT}</dcterms:created>`);
    expect(parts['docProps/core.xml']).toContain(`<dc:title>${doc.title}</dc:title>`);
  });

  it('uses the modern faces in the modern look', async () => {
    const { xml } = await documentOf(doc, 'modern');
    expect(xml).not.toContain('仿宋');
    expect(xml).toContain('w:eastAsia="等线"');
  });
});
