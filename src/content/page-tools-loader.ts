// Gets the page tools into this frame's isolated world (the background injects them once).
import { sendToBackground } from '../platform/messages';
import { ownGlobal } from '../page/own-global';
import { PAGE_TOOLS_KEY, type PageTools } from './page-tools-api';

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
