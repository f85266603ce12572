// The editor (责任编辑): the era rule's editor element, else an editor label after the body, in its last
// paragraph or among the head lines.
import { EDITOR_LABEL, NO_NAME } from '../../rules/bylines';
import { firstText, type MetaInput } from './context';

function editorIn(text: string): string | null {
  const m = EDITOR_LABEL.exec(text);
  if (!m) return null;
  const v = m[1]!.replace(/[_\s]*[A-Z]{1,4}\d{2,}$/, '').trim(); // sina's `杨倩_NF4425` editor codes
  return v && !NO_NAME.test(v) ? v : null;
}

export function readEditor(m: MetaInput, texts: readonly string[]): string | null {
  let editor = firstText(m.doc, m.rule?.selectors.editor);
  if (editor) editor = editorIn(editor) ?? editor.replace(/^(责任编辑|编辑)\s*[:：]\s*/, '');
  for (const t of texts) {
    if (editor) break;
    editor = editorIn(t);
  }
  return editor || null;
}
