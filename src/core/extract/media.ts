// Video in an article body: a `<video>` (its `src`, or its first `<source>`), or the player box of the
// 2022+ template and of app views, which names its stream in a data attribute (`data-src`, `data-video`
// …) and is marked as a video or player by its class or id. Kept as a block of its own, so reader mode
// and every export say a video was there.
import { tokensOf } from '../clean/ads/index';

/** Data attributes players keep their stream address in. */
const PLAYER_SRC_ATTRS = ['data-src', 'data-video', 'data-video-src', 'data-url', 'data-mp4', 'data-hls', 'data-file'];
const VIDEO_FILE = /\.(?:mp4|m3u8|flv|webm|mov|m4v)(?:[?#]|$)/i;
const PLAYER_TOKENS: ReadonlySet<string> = new Set(['video', 'player', 'videoplayer', 'vplayer', 'shipin']);

export function isVideoPlayer(el: Element): boolean {
  if (el.localName === 'video') return true;
  if (!el.hasAttributes()) return false;
  const named = [...tokensOf(el.getAttribute('class')), ...tokensOf(el.getAttribute('id'))].some((t) => PLAYER_TOKENS.has(t));
  return named && PLAYER_SRC_ATTRS.some((a) => VIDEO_FILE.test(el.getAttribute(a) ?? ''));
}

/** The stream's address as written in the page (made absolute by the caller), or null. */
export function videoSource(el: Element): string | null {
  if (el.localName === 'video') {
    const own = el.getAttribute('src')?.trim();
    if (own) return own;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const src = child.localName === 'source' ? child.getAttribute('src')?.trim() : undefined;
      if (src) return src;
    }
    return null;
  }
  for (const attr of PLAYER_SRC_ATTRS) {
    const v = el.getAttribute(attr)?.trim();
    if (v && VIDEO_FILE.test(v)) return v;
  }
  return null;
}

export function videoPoster(el: Element): string | null {
  return el.getAttribute('poster')?.trim() || el.getAttribute('data-poster')?.trim() || null;
}
