import type { TextEdit } from '../shared/types';

/**
 * Applies edits that do not overlap; an edit that overlaps one already taken is dropped and
 * returned, so that a caller never gets a half-applied, text-destroying result.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; dropped: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const dropped: TextEdit[] = [];
  const parts: string[] = [];
  let pos = 0;
  for (const edit of sorted) {
    if (edit.start < pos || edit.end > text.length || edit.end < edit.start) {
      dropped.push(edit);
      continue;
    }
    parts.push(text.slice(pos, edit.start), edit.text);
    pos = edit.end;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), dropped };
}
