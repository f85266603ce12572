// Types of large-page.mjs for the TypeScript tests (the .mjs carries the same JSDoc; keep them in step).
export const SEED_SLUG: string;
export const LARGE_SLUG: string;
export const LARGE_PARAGRAPHS: number;
export const LARGE_URL: string;
export function growBody(latin1Html: string, count: number): string;
export function largePageSource(projectPagesDir: string): { bytes: Buffer; url: string; charset: string | undefined; seedMeta: Record<string, unknown> };
export function writeBenchFixtures(projectPagesDir: string, pagesDir: string): { seedUrl: string; largeUrl: string; paragraphs: number; bytes: number };
