// Types of sizes.mjs for the TypeScript tests (the .mjs carries the same JSDoc; keep them in step).
export const CONTENT_BUDGET_BYTES: number;
export const HEAVY_SIGNATURES: Record<string, string[]>;
export const MIN_SIGNATURES: number;
export function moduleClosure(distDir: string, entry: string): string[];
export function signaturesIn(text: string): Record<string, string[]>;
export function measureSizes(distDir: string): {
  sizes: Record<'content' | 'frame' | 'background' | 'popup' | 'pageTools', number | null>;
  files: Record<string, string[]>;
  budget: {
    contentBytes: number | null;
    limitBytes: number;
    sizePass: boolean;
    heavyInContent: Record<string, string[]>;
    heavyPass: boolean;
    heavyInPageTools: string[];
  };
};
