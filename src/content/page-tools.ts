// The page tools, injected by the background into a tab's isolated world the first time the
// article is asked for there (popup, reader mode, export): extraction and points, the reader view
// and the export builder with DOMPurify and Turndown — none of which the content script carries,
// since it runs on every zjol page.
import { readArticle } from '../core/index';
import { buildExport } from '../common/export-article';
import { defineOwnGlobal } from '../page/own-global';
import { highlightPointInPage } from './page-sentence-highlight';
import { PAGE_TOOLS_KEY, type PageTools } from './page-tools-api';
import { ShadowReaderView } from './reader-view';
import { readWholeArticle } from './whole-article';

defineOwnGlobal<PageTools>(PAGE_TOOLS_KEY, {
  readArticle,
  view: new ShadowReaderView(),
  buildExport: (req) => buildExport(window, req),
  highlightInPage: highlightPointInPage,
  readWholeArticle: (page) => readWholeArticle(page, location.origin),
});
