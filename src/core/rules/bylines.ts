// In-page metadata forms of Chinese news pages, as data. Chinese pages rarely carry <meta>/JSON-LD; they print
// `发布时间：…`, `来源：…`, `作者：…`, `本报记者 X`, `责任编辑：X`, `(记者王琦李稹)` (docs/zjol-templates.md byline forms,
// the seed page, CWCED's portal/blog/forum pages).

/** Labels that put a date on the line (checked before unlabelled dates). */
export const DATE_LABEL = /(发布|发表|更新|出版|成文|刊发|上传|创建)?(时间|日期)\s*[:：]?|发表于|发布于|发帖时间|posted|published|\bon\s+\d/i;

/** `来源：X` and its variants; the value runs to the next label or a wide gap. Legacy zjol pages name the source
 *  as the publisher, site and paper after dashes: `发布人：-浙江在线-今日早报` (a person after 发布人 is not one). */
export const SOURCE_LABEL = /(?:本文来源|文章来源|新闻来源|信息来源|稿件来源|来源|来自|稿源|出处|发布人(?=\s*[:：]\s*[－\-—–]))\s*[:：]\s*/;

/** Labels whose names are authors: reporters, writers, correspondents; `文/`, 发帖人 and 楼主 on forums. */
export const AUTHOR_LABEL_SOURCE = '(?:(?:特约|实习|见习|首席|驻\\S{1,4})?(?:记者|评论员)|通讯员|作\\s*者|撰稿人?|撰文|文\\s*[/／]|实习生|编译|发帖人|楼主|发表人|原作者)';

/** Labels whose value is a username or a name of any script (forums, blogs): take the next token whole. */
export const OPEN_AUTHOR_LABEL = /(?:作\s*者|发帖人|楼主|发表人|原作者)\s*[:：]\s*([^\s:：|｜,，;；()（）[\]【】<>]{1,24})/;

/** A photo credit (`记者 林云龙 摄`, `（通讯员 王华 供图）`): it belongs to its picture's caption, and names no author… */
export const PHOTO_CREDIT = /(?:摄影?|拍摄|供图|制图)\s*[)）\]】]?\s*$/;
/** …unless the line credits the text too: `记者马俊峰/文 受访者供图`. */
export const TEXT_CREDIT = /[/／]\s*文|文\s*[/／]|撰文|采写|报道/;

/** Blog and forum stamps: `由海姑娘张贴 @`, `本贴由 大卫 于2005年…发表`, `ggjjzhzz 发表于 2005-9-15`, `… by duscha`. */
export const POSTED_BY: readonly RegExp[] = [
  /由\s*([^\s@]{1,24}?)\s*于.{0,60}?(?:张贴|发表|发布|发帖|撰写|贴出)/,
  /由\s*([^\s@]{1,24}?)\s*(?:张贴|发表|发布|发帖|撰写|贴出)/,
  /^(?:\S+\s+)?([^\s\]】:：]{1,24})\s+发表于/,
  /\bby\s+([^\s〓|｜,，]{1,24})\s*(?:〓|$|\||｜)/i,
];

/** Editors: `责任编辑：周舸`, `（责编：萧潇、张妍）`, `【编辑:刘欢】`, `编辑：山石`. */
export const EDITOR_LABEL = /(?:责任编辑|值班编辑|网络编辑|本文编辑|编辑|责编)\s*[:：]\s*([^\s）)\]】|｜:：]+(?:\s*[、,，]\s*[^\s）)\]】|｜:：]+)*)/;

/** Opening datelines: `本报讯（记者 王琦 通讯员 李稹）`, `新华社拉萨2月12日电（记者 格桑边觉）`. */
export const DATELINE = /^\s*[^，。（(]{0,24}?(?:讯|电|报道|消息)\s*[（(]([^（）()]{2,40})[)）]/;
/** …and without brackets: `本报杭州11月11日讯 记者 刘乐平 通讯员 施向东　正文…`, the names running to the
 *  full-width space (or the first clause mark) that opens the text. */
export const DATELINE_BARE = /^\s*[^，。（(]{0,24}?(?:讯|电)[ \u00a0\u3000]*((?:本报|本台)?(?:特约|实习|见习|首席)?(?:记者|通讯员)[^，。；：\u3000]{2,40}?)(?=\u3000|\s{2,}|[，。；：]|$)/;

/** A trailing `(记者王琦李稹)`, `（总台记者 张倩）`, `（姚峰 上海报道）`, `（常书香 马丹阳 ）` at the end of the body. */
export const TRAILING_PAREN = /[（(]\s*([^（）()]{2,40}?)\s*[)）]\s*$/;

/** Breadcrumb line: `您当前的位置 :浙江在线 > 浙江新闻 > 浙江纵横 > 杭州 正文`. */
export const BREADCRUMB_LABEL = /^(?:[您你]?(?:现在|当前)?的?(?:所在)?位置|当前页面|当前栏目)\s*[:：]?\s*/;
export const BREADCRUMB_SEPARATOR = /\s*(?:>>|>|»|＞|›|→|->|—>|\/\/)\s*/;
/** The last crumb of legacy pages is the word 正文 ("body"), not a channel. */
export const BREADCRUMB_TAIL = /\s*(正文|内容|详情|正文内容|阅读文章)$/;
/** Crumb texts that name a site root. */
export const SITE_ROOT_CRUMB = /^(首页|主页|网站首页|浙江在线|home|homepage)$/i;

/** Portal prefixes of a source value: `来源： 浙江在线－浙江日报` names the paper 浙江日报. */
export const SOURCE_PREFIX = /^[－\-—–]*\s*(浙江在线|浙江新闻客户端|中国浙江网)\s*[－\-—–]+\s*/;

/** Values that say "no author", or page tools that follow an empty `作者：` (`作者： 放大 原大 缩小`). */
export const NO_NAME = /^(佚名|未知|匿名|不详|admin|administrator|管理员|本站|小编|null|undefined|none|放大|原大|缩小|打印|分享|收藏|评论|字号|来源|时间|日期|编辑|关闭|返回|点击|阅读|浏览)$/i;
