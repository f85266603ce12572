// The reader view's own styles (the host, its toolbar and panels), in its shadow root next to the
// article styles, and the few page-level rules it needs while it shows.
//
// The host is styled from inside its shadow root (`:host`, !important), never by inline styles:
// important rules of a shadow tree win over the page's important rules, and unlike an inline
// style they can be undone for print, where the view must flow over as many pages as the
// article needs instead of staying a fixed, one-screen box.
import { READER_ROOT_ID } from './page-tools-api';

export const VIEW_CSS = `
:host{all:initial!important;display:block!important;position:fixed!important;inset:0!important;z-index:2147483647!important;
  overflow:auto!important;overscroll-behavior:contain!important;margin:0!important;padding:0!important;border:0!important;
  width:auto!important;height:auto!important;max-width:none!important;max-height:none!important;transform:none!important;
  visibility:visible!important;opacity:1!important;filter:none!important}
.zr-reader{min-height:100%;background:var(--zr-bg);color:var(--zr-fg);-webkit-text-size-adjust:100%}
.zr-reader:focus{outline:none}
.zr-top{position:sticky;top:0;z-index:2;font:14px/1.4 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
.zr-toolbar{display:flex;flex-wrap:wrap;gap:.4em;justify-content:flex-end;align-items:center;padding:.5em .75em;
  background:var(--zr-bg);border-bottom:1px solid var(--zr-rule)}
.zr-top button{font:inherit;color:var(--zr-fg);background:transparent;border:1px solid var(--zr-rule);border-radius:4px;
  padding:.25em .7em;cursor:pointer;white-space:nowrap;word-break:keep-all;flex:none;min-height:2.1em}
.zr-top button[aria-pressed="true"],.zr-top button[aria-expanded="true"]{border-color:var(--zr-link);color:var(--zr-link)}
.zr-top button:focus-visible,.zr-top input:focus-visible{outline:2px solid var(--zr-link);outline-offset:1px}
.zr-group{display:flex;flex:none;gap:.4em}
.zr-spacer{flex:1 1 0;min-width:0}
@media (max-width:640px){.zr-toolbar .zr-wide{display:none}}
.zr-panel{position:absolute;top:100%;right:.5em;box-sizing:border-box;width:min(24em,calc(100% - 1em));max-height:calc(100vh - 4.5em);
  overflow:auto;padding:.75em 1em 1em;background:var(--zr-bg);color:var(--zr-fg);border:1px solid var(--zr-rule);
  border-radius:6px;box-shadow:0 4px 18px rgba(0,0,0,.2)}
.zr-panel[hidden]{display:none}
.zr-panel h2{font-size:1em;margin:0 0 .4em}
.zr-field{margin:.7em 0 0;border:0;padding:0;min-width:0}
.zr-field legend,.zr-field label{display:block;color:var(--zr-muted);margin:0 0 .3em;padding:0}
.zr-choices{display:flex;flex-wrap:wrap;gap:.4em}
.zr-field input[type=range]{width:100%;margin:0;accent-color:var(--zr-link)}
.zr-field output{color:var(--zr-fg);margin-left:.3em}
.zr-keys{color:var(--zr-muted);font-size:.9em;margin:.9em 0 0;line-height:1.6}
.zr-toc-list{list-style:none;margin:0;padding:0}
.zr-top .zr-toc-list button{display:block;width:100%;text-align:start;border:0;padding:.35em .4em;white-space:normal;word-break:normal}
.zr-stats{white-space:nowrap}
.zr-body h2{scroll-margin-top:4em}
::highlight(zr-point){background-color:var(--zr-mark);color:inherit}
@media print{:host{position:static!important;overflow:visible!important;height:auto!important;inset:auto!important}
  .zr-top,.zr-panel{display:none!important}.zr-reader{min-height:0}}
`;

/** Page-level rules while the view shows: the page beneath does not scroll; printing gives the article alone. */
export const PAGE_CSS = `html[data-zjol-reader-mode="on"]{overflow:hidden!important}
@media print{html[data-zjol-reader-mode="on"]{overflow:visible!important;height:auto!important}
html[data-zjol-reader-mode="on"]>body{display:none!important}
html[data-zjol-reader-mode="on"]>#${READER_ROOT_ID}{display:block!important}}`;
