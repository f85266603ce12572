// Small builders for the clean tests: every test parses its own hand-made document.
import { JSDOM } from 'jsdom';
import type { ClutterItem } from '../../../src/core/types';

export const ARTICLE_URL = 'http://zjnews.zjol.com.cn/05zjnews/system/2010/02/05/016284710.shtml';

export function parse(html: string, url = ARTICLE_URL): Document {
  return new JSDOM(html, { url }).window.document;
}

/** Paragraphs in the style of the seed page (full-width indents, ASCII commas as on the real page). */
export const PROSE = [
  '　　昨日下午,市政府举行全体(扩大)会议,部署落实上午闭幕的十一届人代会五次会议确定的政府工作任务。',
  '　　副市长杨戌标、沈坚、何关新出席会议。6位市人大代表和政协委员、10位市民代表应邀列席会议。会议通过网络进行视频直播。',
  '　　蔡奇从七个方面对做好今年工作提出具体要求。一是自主创新要有新突破。坚持创新导向,建设创新载体,做强创新主体。',
  '　　蔡奇强调,为确保完成年度目标任务,要以饱满的热情和良好的精神状态,狠抓工作落实。一是解放思想抓落实。',
];

export function paragraphs(count = PROSE.length): string {
  let html = '';
  for (let i = 0; i < count; i++) html += `<p>${PROSE[i % PROSE.length]}</p>\n`;
  return html;
}

/** The pieces zjol's server pastes in place of a missing include (docs/zjol-templates.md, "Broken blocks"). */
export function stockPieces(status = '404 Not Found', server = 'ZJOL/1.22.95', withTitle = true): string {
  return `${withTitle ? `<title>${status}</title>\n` : ''}<center><h1>${status}</h1></center>\n<hr><center>${server}</center>\n`;
}

/** The whole stock error document. */
export function stockDocument(status = '404 Not Found', server = 'ZJOL/1.22.95'): string {
  return `<html>\n<head><title>${status}</title></head>\n<body bgcolor="white">\n<center><h1>${status}</h1></center>\n<hr><center>${server}</center>\n</body>\n</html>\n`;
}

/** Text of everything the items would hide, whitespace-collapsed. */
export function hiddenText(items: ClutterItem[]): string {
  return items
    .map((item) => item.element.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `node` is one of the items' elements or inside one. */
export function isHidden(items: ClutterItem[], node: Node): boolean {
  return items.some((item) => item.element === node || item.element.contains(node));
}
