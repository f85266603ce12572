// JSON export: the article model with its policy points, as the popup saves it and the CLI prints it.
import type { Article, Detection, Points } from '../types';

export interface JsonOptions {
  points?: Points | null;
  /** The CLI adds whether the page is an article and why. */
  detection?: Detection;
  exportedAt?: string;
}

export function toJsonValue(article: Article | null, options: JsonOptions = {}): Record<string, unknown> {
  return {
    ...(options.detection ? { isArticle: options.detection.isArticle, reason: options.detection.reason, era: options.detection.era } : {}),
    ...(article ?? {}),
    ...(article ? { points: options.points ?? { groups: [] } } : {}),
    ...(options.exportedAt ? { exported: options.exportedAt } : {}),
  };
}

export function toJson(article: Article | null, options: JsonOptions = {}): string {
  return `${JSON.stringify(toJsonValue(article, options), null, 2)}\n`;
}
