// What the bench needs from the TypeScript sources, bundled in one file by load-core.mjs (rolldown,
// which vite already installs), because Node 20 cannot import .ts itself. Everything here is pure.
export { analyze, DeskSearch, deskRecord, toDeskFile } from '../src/core/index';
export { decodeHtml } from '../src/core/decode';
export { findPoints } from '../src/core/points/index';
// The body metric is the tests' own (test/helpers/char-f1.ts), so the bench and the CWCED floor
// test can never disagree on a score.
export { charF1 } from '../test/helpers/char-f1';
export * from './metrics';
export * from './table';
export * from './goals';
export * from './score-page';
export * from './points';
