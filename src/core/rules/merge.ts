// What a later page of a multi-page article repeats, as data for core/merge. A zjol page 2 is printed with the
// whole site around it; extraction already leaves the chrome out, but some pages repeat parts of the article's head
// (the lead photo and its credit line, the subtitle) or keep a pager line inside the body container.

/** A pager line: `共3页 [1] [2] [3] 下一页`, `上一页 1 2 3 下一页`, `首页 上一页 下一页 尾页`, `第1页 第2页`. */
export const PAGER_LINE: readonly RegExp[] = [
  /^共\s*\d+\s*页(?:[\s\d[\]【】|｜,，]|上一页|下一页|首页|尾页|末页)*$/,
  /^(?:[\s\d[\]【】|｜]|上一页|下一页|首页|尾页|末页|前一页|后一页)*(?:上一页|下一页|前一页|后一页)(?:[\s\d[\]【】|｜]|上一页|下一页|首页|尾页|末页|前一页|后一页)*$/,
  /^(?:第\s*\d+\s*页\s*){2,}$/,
];

/** How many blocks at the top of a later page may repeat the first page's head (title, subtitle, lead blocks). */
export const LEAD_WINDOW = 4;
/** How many blocks at the bottom of a later page may repeat the first page's last blocks (a footer line in the body). */
export const TAIL_WINDOW = 2;

/** A paragraph whose last character is one of these ended where its page ended; any other ending (a comma, a
 *  character) means the sentence runs on to the next page, and the two halves are one paragraph. `：` and `——`
 *  end a list's lead-in, whose items start the next page. */
export const SENTENCE_END = /[。！？!?…；;：:”’"'」』）)】》〉—.]$/;
