// Words inside a brief. The desk passes the browser's language; the CLI and the tests use these
// Chinese defaults. `{name}` placeholders are replaced.
export interface BriefLabels {
  /** The heading: `{title}（{date}）`. */
  heading: string;
  title: string;
  /** `共 {articles} 篇文章，{sources} 个来源，{points} 条要点` */
  summary: string;
  source: string;
  original: string;
  lead: string;
  /** After a point several articles carry: `另见：{list}` */
  alsoIn: string;
  /** `另有 {count} 条要点已见《{titles}》` */
  shared: string;
  noSource: string;
  untagged: string;
}

export const DEFAULT_BRIEF_LABELS: Readonly<BriefLabels> = Object.freeze({
  heading: '{title}（{date}）',
  title: '每日简报',
  summary: '共 {articles} 篇文章，{sources} 个来源，{points} 条要点',
  source: '来源',
  original: '原文',
  lead: '导语',
  alsoIn: '另见：{list}',
  shared: '另有 {count} 条要点已见《{titles}》',
  noSource: '未注明来源',
  untagged: '未加标签',
});

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (name in values ? String(values[name]) : all));
}
