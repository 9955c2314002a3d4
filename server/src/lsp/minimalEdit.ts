/** Replaces `oldText[start, end)` by `text`, in offsets of the old text. */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/** Cutting here would split a CRLF pair or a surrogate pair, which positions cannot express. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before === 0x0d && after === 0x0a) return true;
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * The single smallest edit that turns `oldText` into `newText`: the differing middle between
 * their common prefix and common suffix. Keeps the editor's undo step, selection and folding
 * undisturbed outside the change. Undefined when the texts are equal.
 */
export function minimalEdit(oldText: string, newText: string): OffsetEdit | undefined {
  if (oldText === newText) return undefined;
  const shorter = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  while (prefix > 0 && (splitsPair(oldText, prefix) || splitsPair(newText, prefix))) prefix--;

  let suffix = 0;
  const maxSuffix = shorter - prefix;
  while (suffix < maxSuffix && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
  while (suffix > 0 && (splitsPair(oldText, oldText.length - suffix) || splitsPair(newText, newText.length - suffix))) suffix--;

  return { start: prefix, end: oldText.length - suffix, text: newText.slice(prefix, newText.length - suffix) };
}
