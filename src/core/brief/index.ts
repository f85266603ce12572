// The brief: articles in, brief out (make-brief.ts), then a neutral document (document.ts) that
// every format is rendered from (render.ts) and a Word writer can take.
export { makeBrief } from './make-brief';
export { briefDocument, runsText, type BriefDocument, type DocBlock, type Run } from './document';
export { briefHtml, briefHtmlFragment, briefMarkdown, briefText, BRIEF_CSS } from './render';
export { DEFAULT_BRIEF_LABELS, type BriefLabels } from './labels';
export { leadOf } from './lead';
export { SAME_POINT_DICE } from './similar';
export type * from './types';
