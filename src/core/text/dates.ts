// Date patterns of Chinese pages → ISO strings. Chinese news pages give Beijing time, so a date with a time
// becomes `YYYY-MM-DDTHH:MM:SS+08:00`, a date alone `YYYY-MM-DD`.
import { toHalfWidth } from './chars';

/** Earliest year accepted: the oldest pages of the Chinese web (and CWCED's reprints) are from the mid-1990s. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2099;

export interface FoundDate {
  iso: string;
  hasTime: boolean;
  /** Offset of the match in the (half-width) text. */
  index: number;
  end: number;
}

// 2010-02-05 07:30:45 · 2010年02月05日 07:30 · 2010年2月5日07:30 · 2022.01.20 16:31 · 2005/03/15 22:36:13 ·
// 2010年02月05日 07时30分 · 2005-04-03 17:19PM · 2005年09月07日 11:57 AM
const YMD = /(?<![\d.])(\d{4})\s*([-/.年])\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?(?:[\sT,，日]*(上午|下午|晚上|凌晨)?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?!\d)(?:\s*[:：分]\s*(\d{1,2})(?!\d))?\s*(?:秒)?\s*([AaPp][Mm])?)?/g;
// ASP.NET and other US-locale pages: 7/5/2005 9:23:57 PM (month first).
const MDY = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?/g;

const pad = (n: number): string => String(n).padStart(2, '0');

function build(y: number, mo: number, d: number, h?: number, mi?: number, s?: number, ampm?: string): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > dim) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined || mi === undefined || Number.isNaN(h) || Number.isNaN(mi)) return day;
  if (ampm) {
    const pm = /^(p|下午|晚上)/i.test(ampm);
    if (pm && h < 12) h += 12;
    else if (!pm && /^a/i.test(ampm) && h === 12) h = 0;
  }
  if (h > 23 || mi > 59 || (s !== undefined && s > 59)) return day;
  // Midnight on the dot is a template's placeholder for "no time" (e.g. `2022-02-13 00:00:00:0`).
  if (h === 0 && mi === 0 && !s) return day;
  return `${day}T${pad(h)}:${pad(mi)}:${pad(s ?? 0)}+08:00`;
}

/** All full dates (year, month and day) in the text, in order. */
export function findDates(text: string): FoundDate[] {
  const t = toHalfWidth(text);
  const out: FoundDate[] = [];
  for (const m of t.matchAll(YMD)) {
    // `2019.5` style decimals and version numbers: require a consistent separator family.
    const sep = m[2]!;
    const raw = m[0];
    if (sep === '年' && !/月/.test(raw)) continue;
    const ampm = m[9] ?? m[5];
    const iso = build(+m[1]!, +m[3]!, +m[4]!, m[6] !== undefined ? +m[6] : undefined, m[7] !== undefined ? +m[7] : undefined, m[8] !== undefined ? +m[8] : undefined, ampm);
    if (iso) out.push({ iso, hasTime: iso.includes('T'), index: m.index!, end: m.index! + raw.length });
  }
  for (const m of t.matchAll(MDY)) {
    const iso = build(+m[3]!, +m[1]!, +m[2]!, m[4] !== undefined ? +m[4] : undefined, m[5] !== undefined ? +m[5] : undefined, m[6] !== undefined ? +m[6] : undefined, m[7]);
    if (iso) out.push({ iso, hasTime: iso.includes('T'), index: m.index!, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

export function parseDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}

// Dates in article URLs: /system/2010/02/05/…, /t20161122_…, /html/2016-11/22/content_…, /2020-11/26/…
const URL_DATE = /(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/;

export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    const u = new URL(url);
    path = u.pathname + u.search;
  } catch {
    path = url;
  }
  const m = URL_DATE.exec(path);
  return m ? build(+m[1]!, +m[2]!, +m[3]!) : null;
}
