// zjol URLs that are not articles (docs/zjol-templates.md: index pages, channel roots, the home page, BBS), and the app's
// collection pages. Checked before the era rules.
import type { NOT_ARTICLE_REASONS } from '../types';

export interface NonArticleRule {
  reason: (typeof NOT_ARTICLE_REASONS)[number];
  host?: RegExp;
  path: RegExp;
}

export const NON_ARTICLE_RULES: readonly NonArticleRule[] = [
  { reason: 'bbs', host: /^(bbs|club|luntan)\.zjol\.com\.cn$/i, path: /^/ },
  { reason: 'bbs', path: /^\/(?:[\w.-]+\/)*zjolbbs(?:\/|$)/i },
  // The comment system's own pages (lists, forms, the frames articles embed).
  { reason: 'comment-page', host: /^(comment|pinglun)\.zjol\.com\.cn$/i, path: /^/ },
  { reason: 'home-page', host: /^(www\.)?zjol\.com\.cn$/i, path: /^\/(?:index(?:_\d+)?\.s?html?)?(?:[?#].*)?$/i },
  { reason: 'index-page', path: /\/index(?:_\d+)?\.s?html?(?:[?#].*)?$/i },
  // App collections: a subject (专题), topic, live stream or an outbound link wrapper is not one article.
  { reason: 'topic-page', host: /^zj\.zjol\.com\.cn$/i, path: /^\/(?:subject|topic)\.html/i },
  { reason: 'live-page', host: /^zj\.zjol\.com\.cn$/i, path: /^\/live\.html/i },
  { reason: 'link-page', host: /^zj\.zjol\.com\.cn$/i, path: /^\/link\.html/i },
  // A path of folders only (`/`, `/yc/`, `/05zjnews/rdgz/`, also without the last slash) is a channel front page.
  { reason: 'channel-root', path: /^\/(?:[\w.-]+\/)*(?:[\w-]+\/?)?(?:[?#].*)?$/ },
];
