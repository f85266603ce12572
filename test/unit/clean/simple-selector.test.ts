import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compileSimpleSelector } from '../../../src/core/clean/simple-selector';
import { AD_MARKER_RULES } from '../../../src/core/rules/ads';

const html = `<div id="divAdvertiseBar" class="a b"><img src="http://img.zjol.com.cn/05zjol/adcode/images/upload/x.jpg" width="980">
<span class="qqt lqgg"></span><ins class="adsbygoogle" data-ad-slot="1"></ins><p title="浙江在线视频广告" lang="zh-CN"></p>
<iframe src="/05zjol/adcode/a.html"></iframe><embed src="x"><object data="/05zjol/adcode/f.swf"></object></div>`;

describe('compileSimpleSelector', () => {
  const doc = new JSDOM(html).window.document;
  const elements = [...doc.querySelectorAll('*')];

  it('agrees with Element.matches on every ad marker and element', () => {
    for (const rule of AD_MARKER_RULES) {
      const test = compileSimpleSelector(rule.selector);
      if (!test) continue;
      for (const el of elements) expect(test(el), `${rule.selector} on <${el.localName}>`).toBe(el.matches(rule.selector));
    }
  });

  it.each(['div#divAdvertiseBar.a.b', '[lang|="zh"]', '[class~="lqgg"]', '[src$=".jpg"]', '*', 'span.qqt.lqgg', '[id^=""]'])(
    'agrees with matches for %s',
    (selector) => {
      const test = compileSimpleSelector(selector)!;
      expect(test).not.toBeNull();
      for (const el of elements) expect(test(el), `<${el.localName}>`).toBe(el.matches(selector));
    },
  );

  it('leaves combinators and pseudo-classes to matches', () => {
    expect(compileSimpleSelector('.zsFooterBox + .close')).toBeNull();
    expect(compileSimpleSelector('div > span')).toBeNull();
    expect(compileSimpleSelector('a:first-child')).toBeNull();
  });
});
