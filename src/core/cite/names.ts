// Personal names in references. Chinese names are written family name first already and stay as they are; a
// name in Latin letters (`John Smith`, `Smith, John`) is split into family and given names, which each style
// writes its own way.
export interface LatinName {
  family: string;
  given: string[];
}

const LATIN = /^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f.' -]*(?:,\s*[A-Za-z\u00c0-\u024f.' -]+)?$/;

/** The parts of a Latin-letter name; null for any other name (Chinese names included). */
export function latinName(name: string): LatinName | null {
  const trimmed = name.trim();
  if (!LATIN.test(trimmed)) return null;
  const comma = trimmed.indexOf(',');
  if (comma >= 0) {
    return { family: trimmed.slice(0, comma).trim(), given: trimmed.slice(comma + 1).trim().split(/\s+/).filter(Boolean) };
  }
  const parts = trimmed.split(/\s+/);
  if (parts.length < 2) return { family: trimmed, given: [] };
  return { family: parts[parts.length - 1]!, given: parts.slice(0, -1) };
}

/** Initials of given names: `John Ronald` → `['J', 'R']`, `Jean-Paul` → `['J-P']`. */
export function initials(given: readonly string[]): string[] {
  return given.map((g) => g.split('-').map((part) => part.replace(/[^A-Za-z\u00c0-\u024f]/g, '').charAt(0).toUpperCase()).join('-'));
}
