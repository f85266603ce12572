// What the browser tests know about each fixture page: its meta.json and gold.txt (read from
// test/pages, part of the project), and the page elements behind its counts, transcribed from
// each meta.json's `notes` (which name the ad units and broken-frame boxes by id/class).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClutterKind } from '../../src/core/types';
import type { PageMeta } from '../helpers/pages';

export const PAGES_DIR = join(import.meta.dirname, '..', 'pages');

export type Counts = Record<ClutterKind, number>;

export interface FixtureInfo {
  slug: string;
  dir: string;
  url: string;
  /** What a reader in a browser meets: the page once its own scripts ran (`afterScripts`), else as served. */
  isArticle: boolean;
  /** The article is rendered by the page's own script after load (`afterScripts` in meta.json). */
  rendersLate: boolean;
  /** On zjol.com.cn, where the extension's content script runs by itself. */
  isZjol: boolean;
  reason: string | undefined;
  title: string | null;
  /** What must be hidden once the page's own scripts are done (`hiddenAfterScripts`, else `hidden`). */
  hidden: Counts;
  mustStayVisible: string[];
  keepFrames: string[];
  /** gold.txt lines (empty for non-articles). */
  gold: string[];
  /** The meta, for anything else. */
  meta: PageMeta;
}

export function fixtureSlugs(): string[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PAGES_DIR, d.name, 'meta.json')))
    .map((d) => d.name)
    .sort();
}

export function fixture(slug: string): FixtureInfo {
  const dir = join(PAGES_DIR, slug);
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as PageMeta;
  const goldPath = join(dir, 'gold.txt');
  const gold = existsSync(goldPath)
    ? readFileSync(goldPath, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
    : [];
  const zero: Counts = { 'broken-frame': 0, 'error-fragment': 0, ad: 0 };
  return {
    slug,
    dir,
    url: meta.url,
    isArticle: (meta.afterScripts?.isArticle ?? meta.isArticle) === true,
    rendersLate: meta.afterScripts !== undefined,
    isZjol: /(^|\.)zjol\.com\.cn$/.test(new URL(meta.url).hostname),
    reason: meta.reason,
    title: typeof meta.expect?.title === 'string' ? meta.expect.title : null,
    hidden: { ...zero, ...(meta.hiddenAfterScripts ?? meta.hidden ?? {}) },
    mustStayVisible: meta.mustStayVisible ?? [],
    keepFrames: meta.keepFrames ?? [],
    gold,
    meta,
  };
}

/** A golden export of the page (`expected.md`, `expected.txt`), or null when there is none yet. */
export function golden(slug: string, name: 'expected.md' | 'expected.txt'): string | null {
  const file = join(PAGES_DIR, slug, name);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/**
 * The outermost element of every ad unit each page holds once its scripts have run, as its
 * meta.json notes name them. Each selector must match on the page (checked by the tests, so a
 * renamed fixture element fails loudly instead of passing silently).
 */
export const AD_UNITS: Record<string, string[]> = {
  'app-news': [],
  bbs: ['div.a_t'],
  'channel-root': ['div.adRow'],
  'comment-zjol-2015-pinglun': ['#qjxmtrwpvz'],
  'discusses-404': ['div.lTopAD', 'div.lBottomAD', '#qwtlnxdzvc'],
  'epaper-article': [],
  'frames-mixed': ['#jrwqxmbvfs'],
  'home-page': ['div.adTop', '#MainPromotionBanner', 'div.adMid', '#index_duilian'],
  'index-page': ['div.lTopAD', '#fdkwmzhqyt'],
  'late-ads': ['#zhkrbtqwmy', '#ymqkdzwhrv', '#gtbxnwfcpk', '#divAdvertise', '#zjnews_duilian'],
  'legacy-biz-2005-chaofadianjia-p2': ['div.bot', 'div.zsFooterBox', 'div.zsFooterBox + a.close'],
  'legacy-biz-2005-chaofadianjia-p3': ['#tsnqkzdwba', '#spgg'],
  'legacy-biz-2016-404-jiexi': ['div.lTopAD', 'div.lBottomAD'],
  'legacy-byline-zjrb': ['#ksmwzqrhbc', '#wfqtmxbzkr', 'span.lqgg', '#divAdvertise'],
  'legacy-china-2005-ccer-jingjiguancha': ['#mcvbnqwert'],
  'legacy-hangzhou-2014-index2': ['#ypcxmwqrbe'],
  'legacy-hynews-2014-cunzhishu-tongzhi': ['#MainPromotionBanner', 'span.qqt', 'span.lqgg'],
  'legacy-jxxznews-2011-fuping-gallery': ['#zxjbfqowma'],
  'legacy-nb-2007-maoguanglie-shenyi': ['#dl_wrap', '#divAdvertise'],
  // The other div.hy_box is the 通知公告 list: only the one with the fallback slot is an ad.
  'legacy-notice-huangyan': ['#rtkhbwznqs', 'div.hy_box:has(img[src*="ggzs_200"])'],
  'legacy-opinion-2009-cunguan-pinglun': ['#divAdvertise'],
  'legacy-seed-frames': ['#hqwpzkfmta', '#rnvbtkcxoe', '#mzqlcwdhyu', '#zjnews_duilian', '#divAdvertise'],
  'legacy-seed-inline': ['#kwtzbnrpda', '#fjxqmvhsle', 'div.gg200', '#spgg'],
  'legacy-sznews-2013-brief-jingjigongzuohui': ['#ewcqytpnas'],
  'legacy-txnews-2014-liqiang-sige-daowei': ['.ad470'],
  'legacy-zjnews-2009-changsanjiao-yijian-p1': ['#kcwqzrmtlb', '#ykhdsnwqpl'],
  'legacy-zjnews-2010-hangzhou-caiqi-seed': ['#uyrbwqzcnd', '#pxkfmjhlet'],
  'legacy-zjnews-2012-wenzhou-zhengjiwei': ['#hcvtnrqkxb', '#lwzpgmdyes', '#rqmxjzfoub'],
  'legacy-zjnews-2013-lianghui-zhuanti': ['#vhqrtcmelw', '#gwrqzypxna'],
  'modern-article': ['#vmqzrhtbkx', 'div.sideFrameAd'],
  'multi-page': ['#pxwnjkdfrb', '#vkhtqmzsea', 'img[src*="ggzs_200"]'],
  'multi-page-404': ['#pxwnjkdfrb', '#vkhtqmzsea', 'img[src*="ggzs_200"]'],
  'new-zjnews-2024-tingjuzhang-csr': ['#tpxlwcmvqe'],
  'new-zjnews-2024-xianxingzhe-video': ['div.lTopAD'],
  'non-zjol': [],
  'trs-article': ['div.lTopAD', 'div.lBottomAD', '#pmgsjwvkdr'],
  'trs-china-2020-zhouhanmin-p1': ['div.lTopAD'],
  'trs-china-2020-zhouhanmin-p2': ['#rmkqwzxnvt'],
  'trs-china-2022-brief-cesuo-geming': ['div.lTopAD', 'div.lBottomAD'],
  'trs-interview': ['div.lTopAD'],
  'trs-real-fragment': ['div.ad_top', '#gsnkrvtqpe', 'div.ad_txt'],
  'trs-zjnews-2016-geshi-zhibiao-table': ['div.lBottomAD'],
  'trs-zjnews-2017-wangzhan-choucha-soft404': ['iframe[src*="/adcode/iframe/ad_3021"]', '#divAdvertise'],
  'trs-zjnews-2018-wangzhan-choucha': ['#wkhxmzqdru'],
};

/** Elements a page's own scripts add late; the page is "done" when all of them exist. */
export const LATE_ELEMENTS: Record<string, string[]> = {
  'legacy-china-2005-ccer-jingjiguancha': ['#mcvbnqwert'],
  'late-ads': ['#ymqkdzwhrv', '#gtbxnwfcpk', '#divAdvertise', '#zjnews_duilian'],
  'frames-mixed': ['#lateSlot iframe'],
};

/** Pieces of ad-system markup no reader should ever see, on any zjol page (creatives, fallback slot image). */
export const AD_CREATIVES = 'img[src*="/05zjol/adcode/"], img[src*="/05zjol/images/main/ggzs_"], iframe[src*="/05zjol/adcode/"]';

/** Whitespace (and the full-width indent) does not count when comparing text. */
export const strip = (text: string): string => text.replace(/[\s\u3000]+/g, '');
