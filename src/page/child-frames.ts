// Finds and hides this document's broken child frames from two independent signals:
//  1. the frame script inside a child frame recognised an error document; it got a one-time
//     token from the background and posts it to us. We ask the background whether the token was
//     issued to a child of *this* frame, and hide the <iframe> whose window posted it. A page
//     script can post messages too, but it cannot mint a token, and a replayed token is spent.
//  2. the background saw the frame's load fail (HTTP status ≥ 400 via webRequest, or a network
//     error via webNavigation) and tells us its URL; we hide the frames showing that URL.
// Used by the top-frame content script and by the frame script (for frames inside frames).
import { frameWrapper } from '../core/index';
import { listen, sendToBackground, type FrameFailure } from '../platform/messages';
import type { Hider } from '../page/hider';

export const FRAME_TOKEN_KEY = 'zjolReaderFrameToken';

const FRAME_SELECTOR = 'iframe, frame';

function normaliseUrl(url: string, base: string): string | null {
  try {
    const u = new URL(url, base);
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}

export class ChildFrames {
  private readonly failures: FrameFailure[] = [];
  /** Frames hidden while the page was still parsing, whose wrapper is only known once it is parsed. */
  private readonly widenLater = new Map<Element, string>();

  constructor(
    private readonly doc: Document,
    private readonly hider: Hider,
  ) {}

  /** Listens for child frames' tokens. Call it at document_start: listeners run in the order they were
   *  added, so no page script added later can stop a child's token from reaching us first. */
  listenForTokens(): void {
    this.doc.defaultView?.addEventListener('message', (event) => void this.onFrameMessage(event), true);
  }

  /** Listens for, and asks for, the background's frame load failures. */
  watchFailures(): void {
    listen('child-frames', {
      'frame-load-failed': (failure) => ({ hidden: this.addFailure(failure) }),
    });
    void sendToBackground('get-frame-failures', {}).then((answer) => {
      if (answer.ok) for (const failure of answer.value) this.addFailure(failure);
    });
  }

  /** Re-applies known failures, for frames added to the page after the failure was reported. */
  rescan(): void {
    for (const failure of this.failures) this.applyFailure(failure);
  }

  private addFailure(failure: FrameFailure): boolean {
    this.failures.push(failure);
    return this.applyFailure(failure);
  }

  private applyFailure(failure: FrameFailure): boolean {
    // The frame is found by any address its load went through: its src may have redirected to the error.
    const targets = failure.addresses?.length ? failure.addresses : [failure.url];
    const reason = failure.status ? `load-status:${failure.status}` : `network-error:${failure.error ?? 'unknown'}`;
    let hidden = false;
    for (const frame of this.doc.querySelectorAll(FRAME_SELECTOR)) {
      if (this.shows(frame, targets)) hidden = this.hideFrame(frame, reason) || hidden;
    }
    return hidden;
  }

  /**
   * A child frame says its document is an error page. Believed only when: the event comes from the
   * browser (a page can dispatch a synthetic one with any `source`), the background issued the token
   * to a child of this frame (checking spends it, so a token a page script overheard cannot be
   * replayed), and the <iframe> whose window posted it was loaded from an address the error page's load
   * went through (its src, before any redirect; no `srcdoc` over it): a page cannot pass a token on to a
   * frame that is not the broken one.
   */
  private async onFrameMessage(event: MessageEvent): Promise<void> {
    if (!event.isTrusted) return;
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const token = (data as Record<string, unknown>)[FRAME_TOKEN_KEY];
    const source = event.source;
    if (typeof token !== 'string' || !source) return;
    const answer = await sendToBackground('verify-frame-token', { token });
    if (!answer.ok || !answer.value.valid || !answer.value.addresses.length) return;
    const frame = [...this.doc.querySelectorAll(FRAME_SELECTOR)].find((f) => (f as HTMLIFrameElement).contentWindow === source);
    if (!frame || !this.shows(frame, answer.value.addresses)) return;
    const status = answer.value.status;
    this.hideFrame(frame, status ? `error-document:${status}` : 'error-document');
  }

  /** Whether the frame element loads one of `urls` (its `src`, unless a `srcdoc` replaces what it shows). */
  private shows(frame: Element, urls: readonly string[]): boolean {
    if (frame.hasAttribute('srcdoc')) return false;
    const src = frame.getAttribute('src');
    const own = src ? normaliseUrl(src, this.doc.baseURI) : null;
    return own !== null && urls.some((url) => normaliseUrl(url, this.doc.baseURI) === own);
  }

  /**
   * Hides the frame and the wrapper that holds only it. Before the page is parsed, a wrapper can
   * look empty only because its other content has not arrived yet (a slow ad script holds the
   * parser): then the bare frame is hidden now and its wrapper once the DOM is complete. The frame
   * is the unit either way, so it counts once.
   */
  private hideFrame(frame: Element, reason: string): boolean {
    if (this.doc.readyState === 'loading') {
      if (this.widenLater.size === 0) {
        this.doc.addEventListener('DOMContentLoaded', () => this.widen(), { once: true });
      }
      this.widenLater.set(frame, reason);
      return this.hider.hide(frame, 'broken-frame', reason, frame);
    }
    return this.hider.hide(frameWrapper(frame), 'broken-frame', reason, frame);
  }

  private widen(): void {
    for (const [frame, reason] of this.widenLater) {
      if (frame.isConnected) this.hider.hide(frameWrapper(frame), 'broken-frame', reason, frame);
    }
    this.widenLater.clear();
  }
}
