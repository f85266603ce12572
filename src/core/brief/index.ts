// The brief: articles in, brief out (make-brief.ts), then a neutral document (document.ts) that
// every format is rendered from (render.ts) and a Word writer can take.
export { makeBrief } from './make-brief';
export { briefDocument, runsText, type BriefDocument } from './document';
export { briefHtml, briefHtmlFragment, briefMarkdown, briefText } from './render';
export { DEFAULT_BRIEF_LABELS, type BriefLabels } from './labels';
export { leadOf } from './lead';
export type * from './types';
