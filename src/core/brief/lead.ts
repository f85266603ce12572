// An article's one-line lead: the first sentence of its first paragraph, without the news-agency
// dateline (本报讯 / 浙江在线02月10日讯 / 新华社杭州3月4日电) and the reporter's credit before it.

/** At most this many characters; a longer sentence is cut and ends in "…". */
export const LEAD_MAX_CHARS = 90;

/** `浙江在线02月10日讯` `本报讯` `新华社杭州3月4日电` … up to 30 characters into the paragraph. */
const DATELINE = /^[^。！？]{0,30}?(?:讯|电)(?=[\s（(记通]|$)/;
/** `（记者 李华 通讯员 王明）` right after the dateline or at the very start. */
const CREDIT = /^\s*[（(][^（）()]{0,40}(?:记者|通讯员|报道)[^（）()]{0,40}[）)]/;
const SENTENCE_END = /[。！？!?]/;

export function leadOf(paragraphs: readonly string[]): string | null {
  for (const raw of paragraphs) {
    let text = raw.replace(/[\s\u3000]+/g, ' ').trim();
    text = text.replace(DATELINE, '').replace(CREDIT, '').replace(/^[\s：:，,]+/, '').trim();
    if (!text) continue;
    const end = SENTENCE_END.exec(text);
    const sentence = end ? text.slice(0, end.index + 1) : text;
    const chars = [...sentence];
    return chars.length > LEAD_MAX_CHARS ? `${chars.slice(0, LEAD_MAX_CHARS - 1).join('')}…` : sentence;
  }
  return null;
}
