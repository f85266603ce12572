// A page with a data table whose first row is headings, for the table tests of both browsers:
// the modern-article fixture (test/pages/modern-article, its 1./2./3. outline points included)
// with a <thead> table added to its body, written at test time into a pages folder of its own.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PAGES_DIR } from './fixtures';

export const TABLE_SLUG = 'table-article';
export const TABLE_HEAD = ['项目', '2021年', '2022年'];
export const TABLE_ROWS = [
  ['烟花爆竹禁燃区域面积（平方公里，含温泉镇全域及周边各村）', '12.5', '18.3'],
  ['居家健康监测服务对象（人）', '1,204', '2,387'],
];

/** Writes the page into `dir` (a pages folder for startHarness / startFirefoxHarness). */
export function writeTablePage(dir: string): void {
  const target = path.join(dir, TABLE_SLUG);
  cpSync(path.join(PAGES_DIR, 'modern-article'), target, { recursive: true });
  const cell = (tag: string, text: string) => `<${tag}>${text}</${tag}>`;
  const table = [
    '<table border="1">',
    `<thead><tr>${TABLE_HEAD.map((t) => cell('th', t)).join('')}</tr></thead>`,
    `<tbody>${TABLE_ROWS.map((row) => `<tr>${row.map((t) => cell('td', t)).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('');
  const source = path.join(target, 'source.html');
  const html = readFileSync(source, 'utf8');
  const anchor = '<p style="text-indent: 2em;">会议还研究了其他事项。</p>';
  if (!html.includes(anchor)) throw new Error('modern-article changed: the table page needs a new anchor');
  writeFileSync(source, html.replace(anchor, `${anchor}\n${table}`));
}

/** The reader view's table, asked in the page (self-contained: serialised into it). */
export function tableInView() {
  const root = document.getElementById('zjol-reader-root')?.shadowRoot;
  const table = root?.querySelector('.zr-body table');
  if (!table) return null;
  const align = (el: Element | null | undefined) => (el ? getComputedStyle(el).textAlign : null);
  return {
    head: [...table.querySelectorAll('thead th')].map((th) => th.textContent),
    body: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => `${c.localName}:${c.textContent}`)),
    cellAlign: [...new Set([...table.querySelectorAll('th, td')].map((c) => align(c)))],
    paragraphAlign: align(root?.querySelector('.zr-body p')),
  };
}
