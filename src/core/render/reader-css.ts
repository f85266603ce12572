// Reader typography for Chinese text, shared by reader mode (inside its shadow root) and the
// HTML export (inlined in a <style>). CJK system fonts, a two-character first-line indent, line
// height about 1.8 and a measure about 38em, three themes. Custom properties carry the theme and
// the font size so a change needs no re-render.

export const READER_THEMES = {
  light: { bg: '#fdfdfb', fg: '#1f1f1f', muted: '#6b6b6b', rule: '#e4e4e0', link: '#1a5fb4', mark: '#fff1a8' },
  sepia: { bg: '#f4ecd8', fg: '#3b2f22', muted: '#7a6a55', rule: '#e0d3b8', link: '#8a4b12', mark: '#f2d27a' },
  dark: { bg: '#1c1d1f', fg: '#d9d7d2', muted: '#9a9894', rule: '#36383b', link: '#8ab4f8', mark: '#5c4d00' },
} as const;

export type ReaderThemeName = keyof typeof READER_THEMES;

export function themeVariables(theme: ReaderThemeName, fontSizePx: number): string {
  const t = READER_THEMES[theme];
  return `--zr-bg:${t.bg};--zr-fg:${t.fg};--zr-muted:${t.muted};--zr-rule:${t.rule};--zr-link:${t.link};--zr-mark:${t.mark};--zr-size:${fontSizePx}px;`;
}

const FONT_STACK =
  '"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif';
const TITLE_STACK =
  '"Songti SC","Noto Serif CJK SC","Source Han Serif SC","SimSun","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",serif';

/** Styles of the article itself (used in both reader mode and exports). */
export const ARTICLE_CSS = `
.zr-article{max-width:38em;margin:0 auto;padding:2.5em 1.25em 4em;font-family:${FONT_STACK};font-size:var(--zr-size,19px);
  line-height:1.8;color:var(--zr-fg);text-align:justify;line-break:strict;overflow-wrap:break-word;word-break:normal}
.zr-title{font-family:${TITLE_STACK};font-size:1.6em;line-height:1.4;font-weight:700;margin:0 0 .4em;text-align:left;letter-spacing:.02em}
.zr-subtitle{font-size:1.05em;color:var(--zr-muted);margin:0 0 .6em;text-indent:0}
.zr-meta{font-size:.8em;color:var(--zr-muted);margin:0 0 2em;padding-bottom:1em;border-bottom:1px solid var(--zr-rule);text-indent:0;text-align:left}
.zr-body p{margin:0 0 .9em;text-indent:2em}
.zr-body h2{font-size:1.08em;font-weight:700;margin:1.6em 0 .8em;line-height:1.6}
.zr-body figure{margin:1.4em 0;text-align:center}
.zr-body img{max-width:100%;height:auto;border-radius:2px}
.zr-body figcaption{font-size:.82em;color:var(--zr-muted);margin-top:.5em;line-height:1.6;text-indent:0}
.zr-table{overflow-x:auto;margin:1.2em 0}
.zr-body table{border-collapse:collapse;font-size:.9em;line-height:1.6;text-indent:0}
.zr-body td{border:1px solid var(--zr-rule);padding:.35em .6em;vertical-align:top}
.zr-body caption{font-size:.9em;font-weight:700;padding:.3em 0;text-align:left}
.zr-body pre{white-space:pre-wrap;font-family:inherit;text-align:left;margin:1.2em 0 1.2em 2em;line-height:1.8}
.zr-video a{display:inline-block;text-decoration:none}
.zr-video-label{display:block;font-size:.9em;margin-top:.3em}
.zr-article a{color:var(--zr-link)}
.zr-footer{margin-top:2.5em;padding-top:1em;border-top:1px solid var(--zr-rule);font-size:.8em;text-indent:0}
.zr-points{margin-top:2.5em;padding-top:1em;border-top:1px solid var(--zr-rule);font-size:.92em}
.zr-points h2{font-size:1.05em}
.zr-points ol{padding-left:2em}
.zr-highlight{background:var(--zr-mark);transition:background 1.2s ease-out}
`;

/** The export page: the article styles plus a plain page around them. */
export function exportPageCss(theme: ReaderThemeName, fontSizePx: number): string {
  return `:root{${themeVariables(theme, fontSizePx)}}html{background:var(--zr-bg)}body{margin:0}${ARTICLE_CSS}
@media print{html{background:#fff}.zr-article{color:#000;max-width:none}}`;
}
