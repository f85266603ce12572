// Shortening a line of Chinese text for a narrow list (the popup's point headlines): cut at a
// comma or enumeration mark near the limit rather than in the middle of a phrase, and say it was
// cut with an ellipsis. Lengths are in characters (STYLE.md: Chinese first).

const SOFT_BREAKS = new Set([...'，、；：,;:']);
/** A cut earlier than this share of the limit loses too much: cut at the limit instead. */
const MIN_SHARE = 0.6;

export function shorten(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  let cut = max;
  for (let i = max; i >= Math.ceil(max * MIN_SHARE); i--) {
    if (SOFT_BREAKS.has(chars[i]!)) {
      cut = i;
      break;
    }
  }
  return `${chars.slice(0, cut).join('')}…`;
}
