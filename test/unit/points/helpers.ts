// Shared helpers for the policy-point tests: paragraphs in, a compact view of the groups out.

import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, Points } from '../../../src/core/types';
import type { GoldGroup } from '../../helpers/point-score';

/** Paragraph blocks from lines; a line starting with "## " becomes a subhead. */
export function blocksOf(text: string): Block[] {
  return text.split('\n').map((t) => (t.startsWith('## ') ? { type: 'subhead', text: t.slice(3) } : { type: 'paragraph', text: t }));
}

/** The labelled shape of a result: what test/points/*.json holds for each group. */
export function asLabelled(points: Points): GoldGroup[] {
  return points.groups.map((g) => ({
    ...(g.parent !== undefined ? { parent: g.parent } : {}),
    intro: g.intro,
    declared_count: g.declaredCount,
    points: g.points.map((p) => ({ marker: p.marker, headline: p.headline })),
  }));
}

/** "marker|headline" per point, group by group. */
export function outline(points: Points): string[][] {
  return points.groups.map((g) => g.points.map((p) => `${p.marker}|${p.headline}`));
}

export interface LabelledCase {
  id: string;
  title: string | null;
  text: string;
  groups: GoldGroup[];
  notes: string;
}

const CASES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../points');

/** Every labelled case copied into test/points (nothing outside the project is read at run time). */
export function loadCases(): LabelledCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(CASES_DIR, f), 'utf8')) as LabelledCase);
}

/** Gold groups a summary may omit without loss (the seed's nested 在X方面 list, see its notes). */
export function optionalGroups(c: LabelledCase): number[] {
  return c.id === 'seed' ? [4] : [];
}
