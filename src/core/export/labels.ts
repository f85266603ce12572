// Words that appear inside exported documents. The popup passes the browser's language; the
// CLI and the goldens use these Chinese defaults.
export interface ExportLabels {
  source: string;
  authors: string;
  editor: string;
  original: string;
  /** Says a video stood here (exports show its poster and link, not the stream). */
  video: string;
  summary: string;
  /** "{found} / {declared}" check shown after a group's intro; `{declared}` and `{found}` are replaced. */
  countCheck: string;
}

export const DEFAULT_EXPORT_LABELS: Readonly<ExportLabels> = Object.freeze({
  source: '来源',
  authors: '作者',
  editor: '责任编辑',
  original: '查看原文',
  video: '视频',
  summary: '要点摘要',
  countCheck: '{found} / {declared}',
});

export function countCheck(labels: ExportLabels, found: number, declared: number): string {
  return labels.countCheck.replace('{found}', String(found)).replace('{declared}', String(declared));
}
