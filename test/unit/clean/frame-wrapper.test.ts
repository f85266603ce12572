import { describe, expect, it } from 'vitest';
import { frameWrapper } from '../../../src/core/clean/frame-wrapper';
import { paragraphs, parse } from './dom';

function wrapperOf(html: string): Element {
  const doc = parse(html);
  const frame = doc.querySelector('iframe');
  if (!frame) throw new Error('no frame');
  return frameWrapper(frame);
}

describe('frameWrapper', () => {
  it('a table cell holding only the frame', () => {
    const el = wrapperOf(`<body><table><tr><td id="cell"> <iframe src="/ssi/a.shtml"></iframe> </td><td>来源:杭州日报</td></tr></table></body>`);
    expect(el.id).toBe('cell');
  });

  it('a div holding the frame, whitespace, &nbsp;, a comment and a script', () => {
    const el = wrapperOf(`<body>${paragraphs(1)}<div id="box">\n  &nbsp;<!-- include --><iframe src="/ssi/a.shtml"></iframe><script>var x;</script>\n</div>${paragraphs(1)}</body>`);
    expect(el.id).toBe('box');
  });

  it('the frame alone when its div also holds a caption', () => {
    const el = wrapperOf(`<body><div id="box"><iframe src="/ssi/a.shtml"></iframe><p>图为会议现场</p></div></body>`);
    expect(el.localName).toBe('iframe');
  });

  it('the frame alone when its div also holds an image or a form control', () => {
    expect(wrapperOf(`<body><div><iframe src="/a"></iframe><img src="b.jpg"></div></body>`).localName).toBe('iframe');
    expect(wrapperOf(`<body><div><iframe src="/a"></iframe><input type="text"></div></body>`).localName).toBe('iframe');
  });

  it('hidden inputs and empty boxes do not count as content', () => {
    const el = wrapperOf(`<body><div id="box"><input type="hidden" name="a"><div class="clear"></div><iframe src="/a"></iframe></div><p>正文</p></body>`);
    expect(el.id).toBe('box');
  });

  it('a box hidden by markup that holds content still counts (scripts may show it later)', () => {
    expect(wrapperOf(`<body><div id="box"><iframe src="/a"></iframe><div style="display:none">相关阅读</div></div><p>正文</p></body>`).localName).toBe('iframe');
    expect(wrapperOf(`<body><div id="box"><iframe src="/a"></iframe><div style="display:none"></div></div><p>正文</p></body>`).id).toBe('box');
  });

  it('climbs through nested boxes up to the first one that holds something else', () => {
    const el = wrapperOf(`<body><div id="outer"><h2>相关新闻</h2><div id="mid"><div id="inner"><iframe src="/a"></iframe></div></div></div></body>`);
    expect(el.id).toBe('mid');
  });

  it('a one-cell table holding the frame is hidden whole', () => {
    const el = wrapperOf(`<body><div>${paragraphs(1)}<table id="t"><tr><td><iframe src="/a"></iframe></td></tr></table></div></body>`);
    expect(el.id).toBe('t');
  });

  it('never <body>, <html>, <main> or <article>', () => {
    expect(wrapperOf(`<body><iframe src="/a"></iframe></body>`).localName).toBe('iframe');
    expect(wrapperOf(`<body><main><iframe src="/a"></iframe></main></body>`).localName).toBe('iframe');
    expect(wrapperOf(`<body><article><div id="d"><iframe src="/a"></iframe></div></article></body>`).id).toBe('d');
  });
});
