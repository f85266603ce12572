// The policy-point summary in the Word export: each group's lead-in as a plain line, its points as a Word numbered
// list (1. 2. 3.; a nested group under its point as (1) (2)), numbering restarting for each group.
import type { INumberingOptions, Paragraph } from 'docx';
import type { Points } from '../types';
import { outline, type OutlineGroup } from './points-outline';
import { JUSTIFIED, LEFT, paragraphLook, runLook, textParagraph, type DocxLib } from './docx-parts';
import type { DocxStyle } from './docx-style';

export const POINTS_NUMBERING = 'zr-points';

/** Numbers per level: `1.`, `(1)`, `①`-like circled numbers are not in every face, so `a)` for the third. */
const LEVELS = [
  { format: 'decimal', text: '%1.' },
  { format: 'decimal', text: '(%2)' },
  { format: 'lowerLetter', text: '%3)' },
] as const;

/** Indent of a level's text in twips: two body characters per level, the number hanging in the first two. */
function levelIndent(style: DocxStyle, level: number): { left: number; hanging: number } {
  const char = (style.body.size / 2) * 20;
  return { left: Math.round(char * 2 * (level + 1)), hanging: Math.round(char * 2) };
}

export function pointsNumbering(style: DocxStyle): INumberingOptions {
  return {
    config: [
      {
        reference: POINTS_NUMBERING,
        levels: LEVELS.map((l, level) => ({
          level,
          format: l.format,
          text: l.text,
          alignment: LEFT,
          style: { paragraph: { indent: levelIndent(style, level) }, run: runLook(style.body) },
        })),
      },
    ],
  };
}

export function pointsParagraphs(D: DocxLib, points: Points, heading: string, countCheck: (found: number, declared: number) => string, style: DocxStyle): Paragraph[] {
  const out: Paragraph[] = [textParagraph(D, heading, style.subhead, undefined, { outlineLevel: 1, keepNext: true })];
  let instance = 0;
  const walk = (node: OutlineGroup, level: number): void => {
    const { group } = node;
    const check = group.declaredCount !== null ? `（${countCheck(group.points.length, group.declaredCount)}）` : '';
    if (group.intro || check) out.push(textParagraph(D, `${group.intro ?? ''}${check}`, style.body));
    const depth = Math.min(level, LEVELS.length - 1);
    instance += 1;
    const list = instance;
    group.points.forEach((point, i) => {
      out.push(
        new D.Paragraph({
          ...paragraphLook(style.body, JUSTIFIED, false),
          numbering: { reference: POINTS_NUMBERING, level: depth, instance: list },
          children: [new D.TextRun({ text: point.marker, ...runLook(style.body), bold: true }), new D.TextRun({ text: ` ${point.headline}`, ...runLook(style.body) })],
        }),
      );
      for (const child of node.children.get(i) ?? []) walk(child, level + 1);
    });
  };
  for (const node of outline(points)) walk(node, 0);
  return out;
}
