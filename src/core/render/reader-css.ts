// Reader typography for Chinese text, shared by reader mode (inside its shadow root) and the
// HTML export (inlined in a <style>). CJK system fonts, a two-character first-line indent, line
// height about 1.8 and a measure about 38em, three themes plus "follow the system".
//
// The theme is an attribute (`data-theme`) and its colours are rules of the stylesheet, never
// inline styles: an inline style beats every @media print rule, which is how a dark view used to
// print white-on-dark and a fixed view used to print one page. Only the typography the reader
// chooses (size, family, measure, leading) is carried by custom properties on the element.

export const READER_THEMES = {
  light: { bg: '#fdfdfb', fg: '#1f1f1f', muted: '#6b6b6b', rule: '#e4e4e0', link: '#1a5fb4', mark: '#fff1a8' },
  sepia: { bg: '#f4ecd8', fg: '#3b2f22', muted: '#7a6a55', rule: '#e0d3b8', link: '#8a4b12', mark: '#f2d27a' },
  dark: { bg: '#1c1d1f', fg: '#d9d7d2', muted: '#9a9894', rule: '#36383b', link: '#8ab4f8', mark: '#5c4d00' },
} as const;

/** Paper: every theme prints dark text on white, so a dark reading theme costs no toner. */
const PRINT_PALETTE = { bg: '#ffffff', fg: '#000000', muted: '#444444', rule: '#bbbbbb', link: '#000000', mark: '#e6e6e6' } as const;

export type ReaderThemeName = keyof typeof READER_THEMES;
/** A theme the reader picks: one of the palettes, or `auto` (light or dark as the system is set). */
export type ReaderThemeChoice = ReaderThemeName | 'auto';

const SANS_STACK =
  '"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif';
const SERIF_STACK =
  '"Songti SC","STSong","Noto Serif CJK SC","Source Han Serif SC","SimSun","宋体","AR PL UMing CN",serif';
/** Kai faces are often missing (Linux, Android): after them the Song faces, then any serif. */
const KAI_STACK = `"Kaiti SC","STKaiti","KaiTi","楷体","KaiTi_GB2312","AR PL UKai CN","TW-Kai",${SERIF_STACK}`;
const TITLE_STACK =
  '"Songti SC","Noto Serif CJK SC","Source Han Serif SC","SimSun","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",serif';

/** 黑体 (sans), 宋体 (serif), 楷体 (kai): each a list of the usual system faces with fallbacks. */
export const FONT_FAMILIES = { sans: SANS_STACK, serif: SERIF_STACK, kai: KAI_STACK } as const;
export type ReaderFontFamily = keyof typeof FONT_FAMILIES;

export interface Typography {
  /** Body size in CSS px. */
  fontSize: number;
  fontFamily: ReaderFontFamily;
  /** The measure, in em of the body size (about characters per line). */
  lineWidth: number;
  /** Line height, a multiple of the font size. */
  lineHeight: number;
}

export const DEFAULT_TYPOGRAPHY: Readonly<Typography> = Object.freeze({ fontSize: 19, fontFamily: 'sans', lineWidth: 38, lineHeight: 1.8 });

type Palette = { readonly [K in keyof typeof PRINT_PALETTE]: string };

function palette(p: Palette): string {
  return `--zr-bg:${p.bg};--zr-fg:${p.fg};--zr-muted:${p.muted};--zr-rule:${p.rule};--zr-link:${p.link};--zr-mark:${p.mark};`;
}

/** Colour rules for `selector[data-theme=…]`: each palette, `auto` following the system, paper for print. */
export function themeCss(selector: string): string {
  const on = (theme: ReaderThemeChoice) => `${selector}[data-theme="${theme}"]`;
  return [
    `${on('light')},${on('auto')}{${palette(READER_THEMES.light)}color-scheme:light}`,
    `${on('sepia')}{${palette(READER_THEMES.sepia)}color-scheme:light}`,
    `${on('dark')}{${palette(READER_THEMES.dark)}color-scheme:dark}`,
    `@media (prefers-color-scheme:dark){${on('auto')}{${palette(READER_THEMES.dark)}color-scheme:dark}}`,
    // Last, at the same specificity: print wins over every theme.
    `@media print{${selector}[data-theme]{${palette(PRINT_PALETTE)}color-scheme:light}}`,
  ].join('\n');
}

/** The custom properties that carry the reader's typography (set on the element that has data-theme). */
export function typographyVariables(t: Typography): Record<string, string> {
  return {
    '--zr-size': `${t.fontSize}px`,
    '--zr-font': FONT_FAMILIES[t.fontFamily],
    '--zr-measure': `${t.lineWidth}em`,
    '--zr-leading': String(t.lineHeight),
  };
}

/** Styles of the article itself (used in both reader mode and exports). */
export const ARTICLE_CSS = `
.zr-article{max-width:var(--zr-measure,38em);margin:0 auto;padding:2.5em 1.25em 4em;font-family:var(--zr-font,${SANS_STACK});font-size:var(--zr-size,19px);
  line-height:var(--zr-leading,1.8);color:var(--zr-fg);text-align:justify;line-break:strict;overflow-wrap:break-word;word-break:normal}
.zr-title{font-family:${TITLE_STACK};font-size:1.6em;line-height:1.4;font-weight:700;margin:0 0 .4em;text-align:left;letter-spacing:.02em}
.zr-subtitle{font-size:1.05em;color:var(--zr-muted);margin:0 0 .6em;text-indent:0}
.zr-meta{font-size:.8em;color:var(--zr-muted);margin:0 0 2em;padding-bottom:1em;border-bottom:1px solid var(--zr-rule);text-indent:0;text-align:left}
.zr-body p{margin:0 0 .9em;text-indent:2em}
.zr-body h2{font-size:1.08em;font-weight:700;margin:1.6em 0 .8em;line-height:1.6;text-align:left}
.zr-body figure{margin:1.4em 0;text-align:center}
.zr-body img{max-width:100%;height:auto;border-radius:2px}
.zr-body figcaption{font-size:.82em;color:var(--zr-muted);margin-top:.5em;line-height:1.6;text-indent:0}
.zr-table{overflow-x:auto;margin:1.2em 0}
.zr-body table{border-collapse:collapse;font-size:.9em;line-height:1.6;text-indent:0}
.zr-body td,.zr-body th{border:1px solid var(--zr-rule);padding:.35em .6em;vertical-align:top;text-align:start;text-align-last:auto}
.zr-body th{font-weight:700;background:color-mix(in srgb,var(--zr-rule) 45%,transparent)}
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
@media print{.zr-article{max-width:none;padding:0}.zr-body figure,.zr-body tr{break-inside:avoid}.zr-body h2{break-after:avoid}}
`;

/** The export page: the article styles plus a plain page around them. */
export function exportPageCss(theme: ReaderThemeChoice, typography: Partial<Typography> = {}): string {
  const vars = Object.entries(typographyVariables({ ...DEFAULT_TYPOGRAPHY, ...typography }))
    .map(([name, value]) => `${name}:${value};`)
    .join('');
  return `:root{${vars}}${themeCss(':root')}html{background:var(--zr-bg)}body{margin:0}${ARTICLE_CSS}`;
}
