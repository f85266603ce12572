// Runs in every frame of zjol pages (manifest: all_frames, document_start). Two jobs:
//  - in a child frame whose own document is an error page (the ZJOL/nginx stock document, any
//    HTTP error status), ask the background for a one-time token and post it to the parent,
//    whose content script then hides this frame (see src/content/child-frames.ts);
//  - in a frame that itself holds frames, hide its own broken children the same way.
// The top frame is the content script's business; this script does nothing there.
import { recogniseErrorDocument } from '../core/index';
import { sendToBackground } from '../platform/messages';
import { ChildFrames, FRAME_TOKEN_KEY } from '../page/child-frames';
import { Hider } from '../page/hider';

/** The HTTP status of this document's own response, where the browser exposes it. */
function responseStatus(): number | undefined {
  const [entry] = performance.getEntriesByType('navigation') as (PerformanceNavigationTiming & { responseStatus?: number })[];
  return entry?.responseStatus || undefined;
}

async function reportIfError(): Promise<void> {
  const status = responseStatus();
  const recognised = recogniseErrorDocument(document, status);
  if (!recognised && !(status && status >= 400)) return;
  const answer = await sendToBackground('frame-is-error', {
    status: recognised?.status ?? status ?? null,
    server: recognised?.server ?? null,
  });
  if (answer.ok) window.parent.postMessage({ [FRAME_TOKEN_KEY]: answer.value.token }, '*');
}

// document_start (manifest): the token listener must be the frame's first (see ChildFrames).
if (window !== window.top) {
  const children = new ChildFrames(document, new Hider());
  children.listenForTokens();
  const onReady = (): void => {
    void reportIfError();
    // Asking the background costs a message per frame: only frames that hold frames ask.
    if (document.querySelector('iframe, frame')) children.watchFailures();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onReady, { once: true });
  else onReady();
}
