// One sample element (id="t" unless the selector needs siblings) for every marker rule in
// src/core/rules/ads.ts, and the host it applies on. ads.test.ts fails when a rule has no sample.
const ADCODE = 'http://img.zjol.com.cn/05zjol/adcode';

/** A sample element (with id="t") for every marker rule, and the host it applies on. */
export const MARKER_SAMPLES: Record<string, { html: string; host?: string }> = {
  '#MainPromotionBanner': { html: `<div id="MainPromotionBanner"><ul class="Slides"><li><a href="http://example.com/"><img src="${ADCODE}/images/upload/s1.jpg"></a></li></ul></div>` },
  '[id^="divAdvertise"]': { html: `<div id="divAdvertise"><div id="divAdvertiseBar"><span id="divAdvertiseTitle">广告</span><span id="divAdvertiseClose">关闭</span></div><div id="divAdvertiseContent"><img src="/a.jpg"></div></div>` },
  '#spgg': { html: `<div id="spgg"><embed src="/v.swf"></div>` },
  '#spggwh': { html: `<div id="spggwh"><embed src="/v.swf"></div>` },
  '#leftDivspgg': { html: `<div id="leftDivspgg"><embed src="/v.swf"></div>` },
  '[title="浙江在线视频广告"]': { html: `<div id="t" title="浙江在线视频广告"><embed src="/v.swf"></div>` },
  'iframe[src*="/05zjol/adcode/"]': { html: `<iframe id="t" src="${ADCODE}/html/a1.html" width="300" height="250"></iframe>` },
  'img[src*="/05zjol/adcode/"]': { html: `<img id="t" src="${ADCODE}/images/upload/20150101.jpg">` },
  'embed[src*="/05zjol/adcode/"]': { html: `<embed id="t" src="${ADCODE}/images/upload/20150101.swf" width="950" height="90">` },
  'object[data*="/05zjol/adcode/"]': { html: `<object id="t" data="${ADCODE}/images/upload/20150101.swf" type="application/x-shockwave-flash"></object>` },
  'img[src*="/05zjol/images/main/ggzs_"]': { html: `<img id="t" src="http://www.zjol.com.cn/05zjol/images/main/ggzs_200.jpg">` },
  '.lTopAD': { html: `<div id="t" class="lTopAD"><a href="http://example.com/"><img src="/a.jpg"></a></div>` },
  '.lBottomAD': { html: `<div id="t" class="lBottomAD"><a href="http://example.com/"><img src="/a.jpg"></a></div>` },
  'span.qqt': { html: `<span id="t" class="qqt"><a href="http://example.com/">全球通</a></span>` },
  'span.lqgg': { html: `<span id="t" class="lqgg"><a href="http://example.com/">楼盘</a></span>` },
  '.ad470': { html: `<div id="t" class="ad470"><img src="/a.jpg"></div>`, host: 'txnews.zjol.com.cn' },
  '.bot': { html: `<div id="t" class="bot"><img src="/b.jpg"></div>`, host: 'biz.zjol.com.cn' },
  '.zsFooterBox + .close': { html: `<div class="zsFooterBox"><img src="/f.jpg"></div><a id="t" class="close" href="javascript:void(0)">关闭</a>`, host: 'biz.zjol.com.cn' },
  'img[width="980"]': { html: `<img id="t" src="/banner.jpg" width="980" height="90">`, host: 'biz.zjol.com.cn' },
  'ins.adsbygoogle': { html: `<ins id="t" class="adsbygoogle" data-ad-client="ca-pub-1" data-ad-slot="2"></ins>` },
  '[data-ad-slot]': { html: `<div id="t" data-ad-slot="2"></div>` },
  '[data-ad-client]': { html: `<div id="t" data-ad-client="ca-pub-1"></div>` },
};

