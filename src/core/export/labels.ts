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
  /** The placeholder of an image the export links to instead of embedding (Word export). */
  image: string;
  /** A page of a merged article that could not be read; `{n}` and `{error}` are replaced (its URL follows). */
  missingPage: string;
}

export const DEFAULT_EXPORT_LABELS: Readonly<ExportLabels> = Object.freeze({
  source: '来源',
  authors: '作者',
  editor: '责任编辑',
  original: '查看原文',
  video: '视频',
  summary: '要点摘要',
  countCheck: '{found} / {declared}',
  image: '图片',
  missingPage: '第{n}页未能读取（{error}）',
});

export function countCheck(labels: ExportLabels, found: number, declared: number): string {
  return labels.countCheck.replace('{found}', String(found)).replace('{declared}', String(declared));
}

export function missingPage(labels: ExportLabels, n: number, error: string): string {
  return labels.missingPage.replace('{n}', String(n)).replace('{error}', error);
}
