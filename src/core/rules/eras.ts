// The page families of zjol.com.cn as data (docs/zjol-templates.md, "Page families and their addresses"
// and "Markup of article pages"), one record per era; behaviour that is code lives in src/core/eras/.
// Selectors are tried in order, first match wins; when a rule's body selectors find nothing the extractor
// falls back to the generic path, so a record only has to be right where it says something.
import type { ARTICLE_REASONS, Era } from '../types';

export interface EraSelectors {
  title?: string[];
  subtitle?: string[];
  /** Elements holding the date line; the first whose text parses as a date wins. */
  date?: string[];
  /** Elements holding `来源：…`. */
  source?: string[];
  author?: string[];
  editor?: string[];
  /** The article body container. */
  body?: string[];
  /** Breadcrumb links, site root included (dropped when it looks like one). */
  breadcrumb?: string[];
  /** Links that mark channel levels only, never the root: TRS's `a.CurrChnlCls`. */
  channelLinks?: string[];
}

export interface EraRule {
  era: Exclude<Era, 'unknown'>;
  /** Detection reason for an article of this era. */
  reason: (typeof ARTICLE_REASONS)[number];
  /** Host pattern (default: any zjol host). */
  host?: RegExp;
  /** Matched against the pathname: a query (`?from=singlemessage`, `?div=-1`) never changes the era. */
  path: RegExp;
  /** Matched against the query when the page is named by it (app views: `news.html?id=…`). */
  query?: RegExp;
  /** Markup that proves the era when two eras share a URL shape (TRS and 2022+ pages both use tYYYYMMDD_N). */
  markers?: string[];
  /** Earliest URL date of this era, used only when no marker decides. */
  since?: string;
  selectors: EraSelectors;
}

const TRS_PATH = /^\/(?:[\w.-]+\/)+(\d{4})(\d{2})\/t(\d{8})_(\d+)(?:_(\d+))?\.s?html?$/i;

export const ERA_RULES: readonly EraRule[] = [
  {
    // App web views: zj.zjol.com.cn/news.html?id=… (video.html and album.html are single items too).
    era: 'app',
    reason: 'app-article',
    host: /^zj\.zjol\.com\.cn$/i,
    path: /^\/(?:news|video|album)\.html$/i,
    query: /^\?(?:.*&)?id=\w+/i,
    selectors: {
      title: ['.article-title', '.news-title', 'h1'],
      date: ['.article-time', '.news-time', '.time'],
      source: ['.article-source', '.source'],
      body: ['.article-content', '.news-content', '.content'],
    },
  },
  {
    // E-paper: http://<paper>.zjol.com.cn/html/YYYY-MM/DD/content_N.htm
    era: 'epaper',
    reason: 'epaper-article',
    path: /^\/(?:[\w.-]+\/)*html\/\d{4}-\d{2}\/\d{2}\/content_\d+(?:_\d+)?\.html?$/i,
    selectors: {
      title: ['.main-article-title', '.article-title', 'h1'],
      subtitle: ['.main-article-subtitle', '.main-article-pretitle'],
      author: ['.main-article-author'],
      body: ['.main-article-content', '#ozoom', '.article-content'],
    },
  },
  {
    // 2022+ pages: same URL shape as TRS, told apart by markup (h1.artTitle, div.artCon) or the URL date.
    era: 'modern',
    reason: 'modern-article',
    path: TRS_PATH,
    markers: ['h1.artTitle', 'div.artCon'],
    since: '2022-01-01',
    selectors: {
      title: ['h1.artTitle', '.artTitle'],
      subtitle: ['.artSubTitle', '.subTitle'],
      date: ['div.info span', '.info span', '.info'],
      source: ['div.info span', '.info span'],
      author: ['.info .author', '.author'],
      editor: ['.editor', '.zbbj'],
      body: ['div.content div.artCon', 'div.artCon', '.artCon'],
      breadcrumb: ['.breadcrumb a', '.crumbs a', '.position a'],
      channelLinks: ['a.CurrChnlCls'],
    },
  },
  {
    // TRS WCM (about 2016–2022): /<column>/YYYYMM/tYYYYMMDD_N.shtml, images ./W0….jpg with oldsrc.
    era: 'trs',
    reason: 'trs-article',
    path: TRS_PATH,
    markers: ['div.contTxt', 'div.contTit', 'span#pubtime_baidu'],
    selectors: {
      title: ['div.contTit', 'div.artTitle', '.contTit', '.artTitle'],
      subtitle: ['div.contSubTit', '.subTit'],
      date: ['span#pubtime_baidu', '#pubtime_baidu', 'div.time', '.time'],
      source: ['span#source_baidu', '#source_baidu'],
      author: ['span#author_baidu', '#author_baidu'],
      editor: ['span#editor_baidu', '#editor_baidu', '.editor'],
      body: ['div.contTxt', '.contTxt', 'div.artCon'],
      channelLinks: ['a.CurrChnlCls'],
    },
  },
  {
    // Legacy "system" era (about 2005–2017): /system/YYYY/MM/DD/N.shtml, optional channel prefix and _NN page
    // suffix. Its markup is unknown (docs/zjol-templates.md): the generic extractor and text patterns do the work.
    era: 'legacy',
    reason: 'legacy-article',
    path: /^\/(?:[\w.-]+\/)*system\/\d{4}\/\d{2}\/\d{2}\/\d+(?:_\d+)?\.s?html?$/i,
    selectors: {},
  },
];
