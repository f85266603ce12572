// The docx tools, injected by the background into a tab's isolated world the first time a Word export is asked
// for there (popup, keyboard command, context menu): the docx package and the page's loaded images. Kept apart
// from the page tools, which reader mode and every other export load, so only a Word export carries docx.
import { buildDocxExport } from '../common/docx-export';
import { defineOwnGlobal } from '../page/own-global';
import { loadedImages } from './page-images';
import { DOCX_TOOLS_KEY, type DocxTools } from './page-tools-api';

defineOwnGlobal<DocxTools>(DOCX_TOOLS_KEY, {
  buildDocx: async (req) => buildDocxExport({ ...req, images: await loadedImages(req.article, document) }),
});
