// The page tools, injected by the background into a tab's isolated world the first time reader
// mode or an export is asked for there: the reader view and the export builder, with DOMPurify
// and Turndown, none of which the content script carries (it runs on every zjol page).
import { buildExport } from '../shared/export-article';
import { ShadowReaderView } from './reader-view';

globalThis.__zjolPageTools ??= {
  view: new ShadowReaderView(),
  buildExport: (req) => buildExport(window, req),
};
