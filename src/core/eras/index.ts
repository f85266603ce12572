// Era behaviour that is code, one small module per era, registered under the era its URL rule names
// (rules/eras.ts chooses the rule from the address; the facts about an era stay data there). A field
// reader asks its era first and falls back to the generic reading when the era says nothing.
import type { Era } from '../types';
import type { MetaInput } from '../extract/meta/context';
import { epaper } from './epaper';

export interface EraBehaviour {
  /** The publication date when the era knows it better than the page's lines. */
  date?(m: MetaInput): string | null;
  /** The source when the page prints no source line of its own. */
  source?(m: MetaInput): string | null;
}

const BEHAVIOURS: Partial<Record<Era, EraBehaviour>> = { epaper };

export function eraBehaviour(era: Era | undefined): EraBehaviour {
  return (era && BEHAVIOURS[era]) || {};
}
