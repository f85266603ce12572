// Small hand-made documents for each zjol era, built from docs/zjol-templates.md facts and the seed page's text
// (shared by the extract and detect tests). Each builder returns HTML; tests parse it with jsdom.
import { JSDOM } from 'jsdom';

export const P = [
  '昨日下午，市政府举行全体（扩大）会议，部署落实上午闭幕的十一届人代会五次会议确定的政府工作任务。',
  '副市长杨戌标、沈坚、何关新出席会议。6位市人大代表和政协委员、10位市民代表应邀列席会议，会议通过网络进行视频直播。',
  '会上，市发改委、经委、建委、卫生局和萧山区、淳安县作了交流发言，介绍了各自今年的工作打算。',
  '蔡奇强调，为确保完成年度目标任务，要以饱满的热情和良好的精神状态，狠抓工作落实，一级抓一级，争创一流业绩。',
  '蔡奇还对做好一季度工作进行了部署。着重是确保一季度开门红，深入开展春风行动，抓好社会稳定工作。',
];

export const ERROR_404 = '<center><h1>404 Not Found</h1></center><hr><center>ZJOL/1.22.95</center>';

export function doc(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

const nav = `<div class="nav"><a href="/">首页</a> | <a href="/yc/">原创</a> | <a href="/jsb/">浙江即时报</a> | <a href="/zxt/">资讯通</a> | <a href="/gc/">高层</a> | <a href="/rs/">人事</a></div>`;
const related = `<div class="related"><ul>${['小伙遇车祸遭拦腰碾压', '杭黄铁路工程获批 2018年坐火车一个半小时到黄山', '浙江新增5例H7N9禽流感病例 杭州活禽交易全部暂停', '行人擅闯机场快速路被撞后遭反复碾压 责任怎么判?'].map((t, i) => `<li><a href="/system/2014/01/2${i}/01980${i}.shtml">${t}</a></li>`).join('')}</ul></div>`;
const footer = `<div class="footer">Copyright © 1999-2015 Zjol. All Rights Reserved 浙江在线版权所有</div>`;

/** A legacy "system" page shaped like the seed: breadcrumb text, toolbar, title printed twice in part, a 404
 *  fragment where the date line should be, full-width indents, trailing byline, chrome after the body. */
export function legacyPage(opts: { dateLine?: string; byline?: string; extraBody?: string; pager?: string } = {}): string {
  const body = P.map((p) => `<p>　　${p}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="gb2312"><title>不断谋求新突破推动杭州率先发展-浙江新闻-浙江在线</title></head><body>
  <div class="top">浙江在线 <form>关键词 <input name="q"> 范围 <select><option>全部</option></select></form></div>
  ${nav}
  <table width="950"><tr><td width="650" valign="top">
    <div class="crumb">您当前的位置 :浙江在线 > <a href="/">浙江新闻</a> > <a href="/zjzh/">浙江纵横</a> > <a href="/hz/">杭州</a> 正文</div>
    <div class="tools">| <a href="javascript:print()">打印</a></div>
    <div class="font">放大 原大 缩小 打印</div>
    <h1 class="title">不断谋求新突破推动杭州率先发展 推动杭州率先发展</h1>
    <div class="date">${opts.dateLine ?? ERROR_404}</div>
    <div class="content">
    ${body}
    ${opts.extraBody ?? ''}
    <p>　　会上，蔡奇还对网络上吸收到的群众意见建议作了回应，强调要进一步构建权力阳光运行机制，推进政府科学民主决策。${opts.byline ?? '(记者王琦李稹)'}</p>
    ${opts.pager ?? ''}
    </div>
    <div class="copy">[ <a href="#">复制本文标题地址</a> ] [ <a href="#">发表评论</a> ]</div>
    ${related}
    <div class="comment">请您文明上网、理性发言并遵守相关规定，在注册后发表评论。 <a href="#">我要注册</a></div>
  </td><td width="300" valign="top">${ERROR_404}<ul><li><a href="/a">热点新闻一</a></li><li><a href="/b">热点新闻二</a></li></ul></td></tr></table>
  ${footer}
  </body></html>`;
}

/** A TRS WCM page (div.contTit, span#pubtime_baidu, span#source_baidu, span#author_baidu, div.contTxt). */
export function trsPage(opts: { body?: string; author?: string; pager?: string } = {}): string {
  const body = opts.body ?? P.map((p) => `<p style="text-align: left;">　　${p}</p>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>世界首条新能源空铁实验线在成都成功运行_国内新闻_国际国内_浙江在线</title></head><body>
  ${nav}
  <div class="path">您当前的位置 :<a href="http://www.zjol.com.cn/">浙江在线</a> &gt; <a href="../../" class="CurrChnlCls">国际国内</a>&nbsp;&gt;&nbsp;<a href="../" class="CurrChnlCls">国内新闻</a> &gt; 正文</div>
  <div class="contTit">世界首条新能源空铁实验线在成都成功运行</div>
  <div class="time"><span id="pubtime_baidu">2016-11-22 09:52:04</span> <span id="source_baidu">来源：华西都市报</span> <span id="author_baidu">作者：${opts.author ?? ''}</span> <span class="zh"><a href="javascript:doZoom(18)">放大</a> <a href="javascript:doZoom(16)">原大</a> <a href="javascript:doZoom(14)">缩小</a></span></div>
  <div class="contTxt">${body}<div class="news_more_page" style="text-align: center;">${opts.pager ?? ''}</div></div>
  <div class="editor">责任编辑：周舸</div>
  ${related}${footer}
  </body></html>`;
}

/** A 2022+ page (h1.artTitle, div.info spans, div.content div.artCon). */
export function modernPage(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>于晓东主持召开区政府第4次常务会议-浙江新闻-浙江在线</title></head><body>
  <header>${nav}</header>
  <div class="wrap crumbs">当前位置：<a href="https://www.zjol.com.cn/">浙江在线</a> &gt; <a href="https://zjnews.zjol.com.cn/gjgn/">国际国内</a> &gt; <a href="https://zjnews.zjol.com.cn/gjgn/gn/">国内</a></div>
  <main><article><h1 class="artTitle">于晓东主持召开区政府第4次常务会议</h1>
  <div class="info"><span>2022-04-08 18:06:31</span><span>来源：浙江日报</span></div>
  <div class="content"><div class="artCon">${P.map((p) => `<p>${p}</p>`).join('')}
  <p>浙江日报记者 黄宏 通讯员 王华卫</p></div></div>
  </article><aside>${related}</aside></main>${footer}</body></html>`;
}

/** An e-paper page: date only in the URL, the paper in <title>. */
export function epaperPage(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>浙江日报 - 河南省委书记给记者出了五道思考题</title></head><body>
  <div class="main-top"><a href="/">浙江日报</a> <a href="#">上一版</a> <a href="#">下一版</a></div>
  <div class="main-article-title">河南省委书记给记者出了五道思考题</div>
  <div class="main-article-content">${P.map((p) => `<p>　　${p}</p>`).join('')}</div>
  <div class="main-foot">浙江日报报业集团 版权所有 未经授权 不得转载</div></body></html>`;
}

/** A list page: many headline links, no running text. */
export function listPage(): string {
  const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/system/2014/01/${String(i + 1).padStart(2, '0')}/0198${i}.shtml">杭州新闻标题第${i + 1}条 市政府部署今年工作任务</a> <span>2014-01-${String(i + 1).padStart(2, '0')}</span></li>`).join('');
  return `<!DOCTYPE html><html><head><title>杭州新闻-浙江在线</title></head><body>${nav}<ul class="list">${items}</ul>${footer}</body></html>`;
}
