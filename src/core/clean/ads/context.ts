// What every ad finder shares: the thresholds of the content check, the candidates found so far, and
// the page's element statistics (measured once).
import type { PageStats } from '../stats';

/** Heuristic finds (tokens, labels, floats, slots) may hold at most this much prose (CJK chars in punctuated text outside links). */
export const AD_PROSE_MAX_CJK = 20;
/** Ad-system markers and ad resources may hold a little more (a text ad's blurb), never a paragraph. */
export const AD_SYSTEM_PROSE_MAX_CJK = 60;
/** An element matched only by a generic class/id token holds at most this many characters. */
export const GENERIC_AD_MAX_TEXT = 300;
/** A float/couplet holds at most this many characters and nodes (an image, a link, a close button). */
export const FLOAT_MAX_TEXT = 120;
export const FLOAT_MAX_NODES = 200;
/** A box labelled 广告: how far up from the label to look for it, and how much text it may hold. */
export const LABEL_MAX_CLIMB = 4;
export const LABEL_BOX_MAX_TEXT = 80;
/** A slot <div> around an ad script holds at most this many characters (a text-link ad). */
export const SLOT_MAX_TEXT = 100;
/** How far above an ad-system link its slot <div> may be. */
export const SLOT_CLIMB = 3;
/** The fallback box `浙江在线广告位` holds at most this many characters. */
export const FALLBACK_BOX_MAX_TEXT = 40;
/** No ad holds more than this many characters outside links (a table or a name list is the page's). */
export const AD_MAX_TEXT = 400;
/** A link whose paragraph holds this much prose outside it sits inside a sentence (an in-text keyword ad). */
export const SENTENCE_MIN_CJK = 10;

/** The attribute that holds the URL of each kind of resource element. */
export const RESOURCE_ATTRIBUTES: ReadonlyMap<string, string> = new Map([
  ['iframe', 'src'],
  ['frame', 'src'],
  ['img', 'src'],
  ['embed', 'src'],
  ['object', 'data'],
  ['param', 'value'],
  ['a', 'href'],
  ['area', 'href'],
]);

export interface Candidate {
  element: Element;
  reason: string;
  /** Prose allowed inside (ad-system evidence allows a blurb). */
  proseMax: number;
}

export interface Context {
  body: Element;
  url: string;
  host: string;
  page: PageStats;
  candidates: Candidate[];
  /** Elements that point at an ad resource (a slot may hold these besides its script). */
  resources: Set<Element>;
}

