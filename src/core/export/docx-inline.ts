// A paragraph's inline markup as Word runs. The markup is the model's own (extract/inline.ts): only a, strong,
// b, em, i, sup, sub, attribute-free but for an absolute href, with text escaped; so a small tokenizer reads
// it without a DOM. Anything else in it is taken as text.
export interface InlineSpan {
  text: string;
  bold: boolean;
  italic: boolean;
  sup: boolean;
  sub: boolean;
  href: string | null;
}

const TOKEN = /<(\/?)(a|strong|b|em|i|sup|sub)(?:\s+href="([^"]*)")?\s*>/gi;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': '\u00a0' };

function unescape(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (e) => ENTITIES[e] ?? e);
}

export function inlineSpans(html: string): InlineSpan[] {
  const spans: InlineSpan[] = [];
  const open: Record<string, number> = { a: 0, strong: 0, b: 0, em: 0, i: 0, sup: 0, sub: 0 };
  const hrefs: (string | null)[] = [];
  let at = 0;
  const push = (raw: string): void => {
    const text = unescape(raw);
    if (!text) return;
    spans.push({
      text,
      bold: open.strong! + open.b! > 0,
      italic: open.em! + open.i! > 0,
      sup: open.sup! > 0,
      sub: open.sub! > 0,
      href: hrefs.length ? (hrefs[hrefs.length - 1] ?? null) : null,
    });
  };
  for (const m of html.matchAll(TOKEN)) {
    push(html.slice(at, m.index));
    at = m.index + m[0].length;
    const tag = m[2]!.toLowerCase();
    if (m[1]) {
      open[tag] = Math.max(0, (open[tag] ?? 0) - 1);
      if (tag === 'a') hrefs.pop();
    } else {
      open[tag] = (open[tag] ?? 0) + 1;
      if (tag === 'a') hrefs.push(m[3] && /^https?:\/\//i.test(unescape(m[3])) ? unescape(m[3]) : null);
    }
  }
  push(html.slice(at));
  return spans;
}
