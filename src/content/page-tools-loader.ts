// Gets the page tools into this frame's isolated world (the background injects them once).
import { sendToBackground } from '../shared/messages';
import type { PageTools } from './page-tools-api';

export async function loadPageTools(): Promise<PageTools> {
  if (!globalThis.__zjolPageTools) {
    const answer = await sendToBackground('load-page-tools', {});
    if (!answer.ok) throw new Error(answer.error);
  }
  const tools = globalThis.__zjolPageTools;
  if (!tools) throw new Error('page tools did not load');
  return tools;
}
