// Gets the page tools (and, for a Word export, the docx tools) into this frame's isolated world; the
// background injects each once.
import { sendToBackground } from '../platform/messages';
import { ownGlobal } from '../page/own-global';
import { DOCX_TOOLS_KEY, PAGE_TOOLS_KEY, type DocxTools, type PageTools } from './page-tools-api';

/** The page tools if they are loaded already. */
export function pageTools(): PageTools | undefined {
  return ownGlobal<PageTools>(PAGE_TOOLS_KEY);
}

export async function loadPageTools(): Promise<PageTools> {
  if (!pageTools()) {
    const answer = await sendToBackground('load-page-tools', {});
    if (!answer.ok) throw new Error(answer.error);
  }
  const tools = pageTools();
  if (!tools) throw new Error('page tools did not load');
  return tools;
}

/** The docx tools, injected on the first Word export in this frame. */
export async function loadDocxTools(): Promise<DocxTools> {
  if (!ownGlobal<DocxTools>(DOCX_TOOLS_KEY)) {
    const answer = await sendToBackground('load-docx-tools', {});
    if (!answer.ok) throw new Error(answer.error);
  }
  const tools = ownGlobal<DocxTools>(DOCX_TOOLS_KEY);
  if (!tools) throw new Error('docx tools did not load');
  return tools;
}
