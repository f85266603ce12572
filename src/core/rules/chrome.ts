// Site chrome that sits inside or right next to article bodies on Chinese news pages, as text patterns on one
// line (a <p>, a table cell, a <br>-separated run). The seed page shows the zjol forms (`放大 原大 缩小 打印`,
// `[ 复制本文标题地址 ] [ 发表评论 ]`, the comment prompt, the copyright footer); the rest are the common forms
// of portals and blogs in CWCED (sohu/sina/163 toolbars, share bars, 上一篇/下一篇, view counters).
// Only lines up to CHROME_MAX_CHARS are tested: a real paragraph that happens to mention 版权 stays.

export const CHROME_MAX_CHARS = 80;

export const CHROME_LINE_PATTERNS: readonly RegExp[] = [
  /放大\s*原大\s*缩小/,
  /^[|｜\s]*打印[|｜\s]*$/,
  /[【\[]\s*(字[体號号]|字号)[:：]?\s*[大中小]/,
  /^(字[体號号]|字号)[:：]?\s*[大中小]\s*[大中小]/,
  /^[大中小]?字号$/,
  /复制本文标题(地址)?|复制(链接|网址|地址)/,
  /[【\[]\s*(发表评论|我来说两句|我要评论|打印(本页|此文)?|关闭(窗口)?|收藏(本文)?|推荐给?(朋友|好友)|纠错|我要“?揪”?错)\s*[】\]]/,
  /^(发表评论|我要评论|我来说两句|查看评论|网友评论|相关评论)/,
  /请您?文明上网|理性发言|遵守相关规定|发表评论前请|评论仅代表网友/,
  /^(我要注册|注册|登录|用户名|密码)([|｜\s]|$)/,
  /copyright\s*(©|\(c\)|&copy;)?|版权所有|all rights reserved|不得转载|禁止转载|转载请注明/i,
  /ICP备|ICP证|许可证编号|公网安备|举报电话|举报邮箱|违法和不良信息|增值电信业务|转载申请|授权转载|侵权行为/,
  // Site disclaimers under articles: `本网站所刊登的信息…均仅供参考，不代表本站立场`.
  /仅供参考.{0,12}不代表|不代表本(?:站|网|报|台)(?:的)?(?:立场|观点)|版权归原作者|如有侵权/,
  // Related-headline lists that print each item's date after the link: `·标题 (2005-04-27 14:32PM)`.
  /^[·•●◆■□▪]\s*\S.{2,60}[(（]\s*\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}[^()（）]*[)）]$/,
  /^(分享|分享到|转发到|收藏到)[:：]?/,
  /扫一扫|扫描二维码|长按(识别)?二维码|关注(我们的)?(官方)?微信/,
  /^(上一篇|下一篇|上一页|下一页|上一条|下一条|返回(顶部|首页|列表)|回到顶部|关闭窗口|打印本页|点击(进入|查看)(更多)?)/,
  /^(相关(新闻|阅读|链接|报道|文章|资讯|内容|专题)|延伸阅读|推荐阅读|热点(新闻|推荐)|热门(文章|推荐)|猜你喜欢|更多精彩|精彩推荐|今日推荐|最新(文章|评论)|编辑推荐)[:：]?\s*$/,
  /^(阅读|浏览|点击|人气|访问)(数|次数|量)?[:：(（]\s*\d+/,
  // A line of counters only: `阅读 1.2万 点赞 86`, `浏览量：3000 评论 12`.
  /^(?:(?:阅读|浏览|点击|点赞|评论|分享|收藏|转发|在看|赞)(?:数|次数|量)?\s*[:：]?\s*\d[\d.,]*\s*[万wkK]?\+?\s*){1,6}$/,
  /^(标签|关键词|关键字|tags?)[:：]/i,
  /^(页面功能|网友评论\s*\d*\s*条|我要反馈|举报)/,
  /第\s*\d+\s*(个|位)(阅览|访问|读)者|(阅读|浏览|点击)(次数|数)[:：]?\s*\d+/,
  /^第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页/,
  // Pagers: `共3页 [1] [2] [3] 下一页`, `上一页 1 2 3 下一页`.
  /^(共\s*\d+\s*页\s*)?(?:[\[【(]?\s*\d{1,3}\s*[\]】)]?\s*|上一页\s*|下一页\s*|首页\s*|尾页\s*|末页\s*|[<>«»…|]\s*)+$/,
  /^(本文)?(网址|地址|链接)[:：]\s*https?:/,
  /^[◆■□●▲▼★☆◇○>»\s]*(返回|更多)(>>|》|»)?$/,
];

/** A line that is only a run of navigation words (`首页 | 原创 | 浙江即时报`): separators between short items. */
export const NAV_RUN = /^(?:[^|｜│·•\s]{1,8}\s*[|｜│·•]\s*){2,}[^|｜│·•\s]{0,8}$/;

export function isChromeLine(text: string, chars: number): boolean {
  if (chars > CHROME_MAX_CHARS) return false;
  if (NAV_RUN.test(text)) return true;
  for (const re of CHROME_LINE_PATTERNS) if (re.test(text)) return true;
  return false;
}
