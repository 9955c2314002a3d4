/**
 * Messages stay readable and never echo more than a short excerpt of the script. The longest
 * Dutch texts are about 350 characters before their values (a third longer than the English), so
 * the budget leaves room for the values in either language: a variable the message tells the
 * user to type must not come out cut.
 */
export const MAX_MESSAGE_LENGTH = 500;

/** Shortens `value` to `max` characters, ending in an ellipsis, without splitting a surrogate pair. */
export function excerpt(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = max - 1;
  const last = value.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return value.slice(0, cut) + '\u2026';
}
