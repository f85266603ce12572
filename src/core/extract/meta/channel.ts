// The channel: breadcrumb labels below the site root.
import { BREADCRUMB_LABEL, BREADCRUMB_SEPARATOR, BREADCRUMB_TAIL, SITE_ROOT_CRUMB } from '../../rules/bylines';
import { compact, normalizeText } from '../../text/chars';
import { lineText } from '../blocks';
import { selectAll } from '../../select';
import type { MetaInput } from './context';

const MAX_CRUMB_CHARS = 20;

function isRootLink(a: Element, base: string): boolean {
  if (SITE_ROOT_CRUMB.test(normalizeText(a.textContent ?? ''))) return true;
  try {
    return /^\/(index\.\w+)?$/i.test(new URL(a.getAttribute('href') ?? '', base).pathname);
  } catch {
    return false;
  }
}

/** The first crumb is the site root (浙江在线, 首页, 黄岩新闻网 …): channels are the crumbs under it. */
function cleanCrumbs(items: string[], title: string, dropRoot = true): string[] {
  let crumbs = items.map((s) => s.replace(BREADCRUMB_TAIL, '').trim()).filter(Boolean);
  if (dropRoot) crumbs = crumbs.slice(1);
  if (crumbs.length && compact(crumbs[crumbs.length - 1]!) === compact(title)) crumbs.pop();
  return crumbs.filter((c) => c.length <= MAX_CRUMB_CHARS);
}

/** Breadcrumb labels below the site root. TRS marks the current channel link (`a.CurrChnlCls`); elsewhere the
 *  text form `您当前的位置 :浙江在线 > 浙江新闻 > 浙江纵横 > 杭州 正文` is read from the lines above the body. */
export function readChannel(doc: Document, m: MetaInput, channelLinks?: readonly string[], breadcrumb?: readonly string[]): string[] {
  for (const sel of channelLinks ?? []) {
    const links = selectAll(doc, sel);
    // One marked link stands for its parent's breadcrumb (root included); several are the channel levels.
    if (links.length === 1 && links[0]!.parentElement) breadcrumb = [...(breadcrumb ?? []), sel];
    else if (links.length) {
      const crumbs = cleanCrumbs(links.map((a) => normalizeText(a.textContent ?? '')), m.title, false);
      if (crumbs.length) return crumbs;
    }
  }
  for (const sel of breadcrumb ?? []) {
    const links = selectAll(doc, sel);
    if (!links.length) continue;
    // TRS marks every channel level (`a.CurrChnlCls`), not the site root; a single marked link stands for its
    // parent's breadcrumb. The first link is the root when it points at the host's front page.
    const parent = links.length === 1 ? links[0]!.parentElement : null;
    const all = parent ? Array.from(parent.querySelectorAll('a')) : links;
    const crumbs = cleanCrumbs(all.map((a) => normalizeText(a.textContent ?? '')), m.title, isRootLink(all[0]!, m.url));
    if (crumbs.length) return crumbs;
  }
  const limit = m.titleLine >= 0 ? m.titleLine : m.bodyStart;
  for (let i = 0; i < limit; i++) {
    const line = m.lines[i]!;
    if (line.image || line.chars > 120) continue;
    const text = lineText(line);
    const labelled = BREADCRUMB_LABEL.exec(text);
    const parts = text.replace(BREADCRUMB_LABEL, '').split(BREADCRUMB_SEPARATOR);
    if (parts.length < 2 || (!labelled && parts.length < 3) || parts.some((p) => p.length > MAX_CRUMB_CHARS * 2)) continue;
    // Items after the last crumb on the same line (`杭州 正文`, `| 打印`) are not channels.
    const last = parts[parts.length - 1]!.split(/\s+[|｜]|\s{2,}/)[0]!;
    parts[parts.length - 1] = last;
    const crumbs = cleanCrumbs(parts.map((p) => p.trim()), m.title);
    if (crumbs.length) return crumbs;
  }
  return [];
}
