// A subtitle, only where markup says so: the era rule's selector, or a subtitle class on a line by the title.
import { lineText } from '../blocks';
import type { MetaInput } from './context';

const SUBTITLE_CLASS = /(^|[\s_-])(sub-?title|sub_title|subTit|fu_?title|fbt|futi)([\s_-]|$)/i;

export function subtitleNearTitle(m: MetaInput): string | null {
  const from = Math.max(0, m.titleLine >= 0 ? m.titleLine - 2 : m.bodyStart - 6);
  for (let i = from; i < m.bodyStart && i < from + 8; i++) {
    const line = m.lines[i]!;
    if (line.image) continue;
    for (let el: Element | null = line.owner, d = 0; el && d < 2; el = el.parentElement, d++) {
      if (SUBTITLE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) return lineText(line);
    }
  }
  return null;
}
