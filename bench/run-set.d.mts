// Types of run-set.mjs for the TypeScript tests (the .mjs carries the same JSDoc; keep them in step).
export const DEFAULT_ROUNDS: number;
export const LONG_RUN_MS: number;
export interface Extractor {
  run(doc: Document, url: string): unknown;
  normalise(result: unknown): { body: string; title: unknown; date: unknown; authors: unknown; note?: string | null };
}
export function runSet<P extends { id: string; url: string; html: string }, S extends object>(
  pages: P[],
  extractors: Record<string, Extractor>,
  options: { rounds?: number; score(page: P, normalised: ReturnType<Extractor['normalise']>): S; onPage?(id: string): void },
): Array<S & { id: string; extractor: string; error: string | null; ms: number | null; note: string | null }>;
export function warmUp(pages: { id: string; url: string; html: string }[], extractors: Record<string, Extractor>): void;
