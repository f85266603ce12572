import { describe, expect, it } from 'vitest';
import { findErrorFragments } from '../../../src/core/clean/error-fragments';
import { PROSE, hiddenText, isHidden, paragraphs, parse, stockPieces } from './dom';

/** Every visible piece of the stock page is hidden and no paragraph of the article is. */
function expectOnlyFragmentsHidden(doc: Document, expectedRuns: number, statusLine = '404 Not Found', server = 'ZJOL/1.22.95'): void {
  const items = findErrorFragments(doc);
  for (const item of items) expect(item.kind).toBe('error-fragment');
  for (const el of Array.from(doc.querySelectorAll('body center, body hr, body h1'))) {
    if ((el.closest('center') ?? el).textContent?.match(/^\s*(\d{3} [A-Za-z ]+|ZJOL\/\S+|nginx\S*|openresty\S*)\s*$/) || el.localName === 'hr') {
      expect(isHidden(items, el), el.outerHTML).toBe(true);
    }
  }
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (/[\u4e00-\u9fff]/.test(p.textContent ?? '')) expect(isHidden(items, p), p.textContent ?? '').toBe(false);
  }
  const expected = Array.from({ length: expectedRuns }, () => `${statusLine} ${statusLine} ${server}`).join(' ');
  // Titles in <body> are part of the run; without them each run reads "<status> <server>".
  const text = hiddenText(items);
  expect([expected, expected.replaceAll(`${statusLine} ${statusLine}`, statusLine)]).toContain(text);
}

describe('findErrorFragments: the pasted stock page', () => {
  it('in a <td> of the legacy layout: the cell', () => {
    const doc = parse(`<body><table><tr><td class="title">不断谋求新突破推动杭州率先发展</td></tr>
<tr><td>${stockPieces()}</td><td>${PROSE[0]}</td></tr></table>${paragraphs()}</body>`);
    const items = findErrorFragments(doc);
    expect(items.map((item) => item.element.localName)).toEqual(['td']);
    expect(items[0]?.reason).toBe('stock-error-run:404:ZJOL/1.22.95');
    expectOnlyFragmentsHidden(doc, 1);
  });

  it('in a <td> alone in its row: the row (nothing else in it)', () => {
    const doc = parse(`<body><table><tr><td>不断谋求新突破推动杭州率先发展</td></tr><tr><td>\n${stockPieces()}</td></tr></table>${paragraphs()}</body>`);
    expect(findErrorFragments(doc).map((item) => item.element.localName)).toEqual(['tr']);
    expectOnlyFragmentsHidden(doc, 1);
  });

  it('in a <div> between paragraphs: the div', () => {
    const doc = parse(`<body>${paragraphs(2)}<div class="dateline">\n${stockPieces()}\n</div>${paragraphs(2)}</body>`);
    const items = findErrorFragments(doc);
    expect(items.map((item) => item.element.className)).toEqual(['dateline']);
    expectOnlyFragmentsHidden(doc, 1);
  });

  it('directly in the body between paragraphs: each piece', () => {
    const doc = parse(`<body>${paragraphs(2)}${stockPieces()}${paragraphs(2)}</body>`);
    expect(findErrorFragments(doc).map((item) => item.element.localName)).toEqual(['title', 'center', 'hr', 'center']);
    expectOnlyFragmentsHidden(doc, 1);
  });

  it('at the end of the page, after the footer text', () => {
    const doc = parse(`<body>${paragraphs(2)}<div class="foot">Copyright © 1999-2015 Zjol. All Rights Reserved 浙江在线版权所有</div>\n${stockPieces('404 Not Found', 'ZJOL/1.22.95')}</body>`);
    expect(findErrorFragments(doc).map((item) => item.element.localName)).toEqual(['title', 'center', 'hr', 'center']);
    expectOnlyFragmentsHidden(doc, 1);
  });

  it('twice in a row (the seed page above its footer): both, as one wrapper', () => {
    const doc = parse(`<body>${paragraphs(2)}<div id="ssi">${stockPieces()}${stockPieces()}</div><div>Copyright © 1999-2015 Zjol.</div></body>`);
    expect(findErrorFragments(doc).map((item) => item.element.id)).toEqual(['ssi']);
    expectOnlyFragmentsHidden(doc, 2);
  });

  it('twice in a row directly in the body: all eight pieces', () => {
    const doc = parse(`<body>${paragraphs(2)}${stockPieces()}${stockPieces()}</body>`);
    expect(findErrorFragments(doc)).toHaveLength(8);
    expectOnlyFragmentsHidden(doc, 2);
  });

  it('without the <title> piece', () => {
    const doc = parse(`<body>${paragraphs(1)}<div class="x">${stockPieces('404 Not Found', 'ZJOL/1.22.95', false)}</div>${paragraphs(1)}</body>`);
    expect(findErrorFragments(doc).map((item) => item.element.className)).toEqual(['x']);
    expectOnlyFragmentsHidden(doc, 1);
  });

  it('inside a <font> wrapper', () => {
    const doc = parse(`<body>${paragraphs(1)}<font color="#333333" size="2">${stockPieces()}</font>${paragraphs(1)}</body>`);
    expect(findErrorFragments(doc).map((item) => item.element.localName)).toEqual(['font']);
    expectOnlyFragmentsHidden(doc, 1);
  });

  it('inside a <p> as the parser leaves it (the <center> closes the <p>)', () => {
    const doc = parse(`<body>${paragraphs(1)}<p class="src">${stockPieces()}</p>${paragraphs(1)}</body>`);
    const items = findErrorFragments(doc);
    expect(items.map((item) => item.element.localName)).toEqual(['p', 'center', 'hr', 'center']);
    expect(items[0]?.element.className).toBe('src');
    expectOnlyFragmentsHidden(doc, 1);
  });

  it('inside a <p> built by script (XHTML-style nesting)', () => {
    const doc = parse(`<body>${paragraphs(1)}<div id="slot"></div>${paragraphs(1)}</body>`);
    const p = doc.createElement('p');
    for (const tag of ['center', 'hr', 'center']) p.appendChild(doc.createElement(tag));
    const [heading, , server] = Array.from(p.children);
    heading!.innerHTML = '<h1>503 Service Temporarily Unavailable</h1>';
    server!.textContent = 'nginx/1.18.0';
    doc.getElementById('slot')!.replaceWith(p);
    expect(findErrorFragments(doc).map((item) => item.element)).toEqual([p]);
  });

  const variants: Array<[string, string]> = [
    ['403 Forbidden', 'ZJOL/1.22.95'],
    ['500 Internal Server Error', 'ZJOL/1.9.0'],
    ['502 Bad Gateway', 'nginx/1.18.0'],
    ['503 Service Temporarily Unavailable', 'nginx'],
    ['504 Gateway Time-out', 'openresty/1.19.3.1'],
  ];
  for (const [line, server] of variants) {
    it(`${line} / ${server}`, () => {
      const doc = parse(`<body>${paragraphs(1)}<div class="inc">${stockPieces(line, server)}</div>${paragraphs(1)}</body>`);
      const items = findErrorFragments(doc);
      expect(items).toHaveLength(1);
      expect(items[0]?.reason).toBe(`stock-error-run:${line.slice(0, 3)}:${server}`);
      expectOnlyFragmentsHidden(doc, 1, line, server);
    });
  }

  it("Apache's shape (h1 Not Found, explanation, address)", () => {
    const doc = parse(`<body>${paragraphs(1)}<div class="inc"><title>404 Not Found</title>
<h1>Not Found</h1>
<p>The requested URL /05zjnews/ssi/dateline.shtml was not found on this server.</p>
<hr>
<address>Apache/2.2.15 (CentOS) Server at zjnews.zjol.com.cn Port 80</address></div>${paragraphs(1)}</body>`);
    expect(findErrorFragments(doc).map((item) => item.element.className)).toEqual(['inc']);
  });

  it('a failed include in <head>: the parser moves the rest into <body>, found without its title', () => {
    const doc = parse(`<html><head><title>标题</title>${stockPieces()}</head><body>${paragraphs(2)}</body></html>`);
    const items = findErrorFragments(doc);
    expect(items.map((item) => item.element.localName)).toEqual(['center', 'hr', 'center']);
  });

  it('scripts, comments and <br> between pieces do not break the run', () => {
    const doc = parse(`<body>${paragraphs(1)}<div class="inc"><center><h1>404 Not Found</h1></center><!-- ssi --><br>
<script>var a = 1;</script><hr><br><center>ZJOL/1.22.95</center></div>${paragraphs(1)}</body>`);
    expect(findErrorFragments(doc).map((item) => item.element.className)).toEqual(['inc']);
  });
});

describe('findErrorFragments: never article text', () => {
  it('a sentence or paragraph mentioning "404 Not Found" stays', () => {
    const doc = parse(`<body>
<p>　　打开页面后,读者只看到一行英文“404 Not Found”,下面还有一行ZJOL/1.22.95。</p>
<p>404 Not Found</p>
<p>nginx/1.18.0</p>
<h2>404 Not Found</h2>
<p>　　这说明服务器上的文件已经被删除。</p>
<hr>
<center>ZJOL/1.22.95</center>
</body>`);
    expect(findErrorFragments(doc)).toEqual([]);
  });

  it('pieces separated by article text are not a run', () => {
    const doc = parse(`<body><center><h1>404 Not Found</h1></center><p>${PROSE[0]}</p><hr><center>ZJOL/1.22.95</center></body>`);
    expect(findErrorFragments(doc)).toEqual([]);
  });

  it('a run broken by an image is not a run', () => {
    const doc = parse(`<body><center><h1>404 Not Found</h1></center><img src="a.jpg"><hr><center>ZJOL/1.22.95</center></body>`);
    expect(findErrorFragments(doc)).toEqual([]);
  });

  it('a status heading without the stock <hr> and server line is not a run', () => {
    const doc = parse(`<body><center><h1>404 Not Found</h1></center>${paragraphs(1)}<center><h1>502 Bad Gateway</h1></center><center>ZJOL/1.22.95</center></body>`);
    expect(findErrorFragments(doc)).toEqual([]);
  });

  it('an unknown server line does not close a run', () => {
    const doc = parse(`<body><center><h1>404 Not Found</h1></center><hr><center>Copyright 2015</center></body>`);
    expect(findErrorFragments(doc)).toEqual([]);
  });

  it("the page's own <hr> before the block is not part of it", () => {
    const doc = parse(`<body>${paragraphs(1)}<hr class="own">${stockPieces()}${paragraphs(1)}</body>`);
    const items = findErrorFragments(doc);
    expect(items.some((item) => item.element.className === 'own')).toBe(false);
    expect(items).toHaveLength(4);
  });

  it('a wrapper holding the run and article text is not returned, the pieces are', () => {
    const doc = parse(`<body><div id="content">${paragraphs(2)}${stockPieces()}${paragraphs(2)}</div></body>`);
    const items = findErrorFragments(doc);
    expect(items.map((item) => item.element.localName)).toEqual(['title', 'center', 'hr', 'center']);
  });
});
