/** Messages stay readable and never echo more than a short excerpt of the script. */
export const MAX_MESSAGE_LENGTH = 300;

/** Shortens `value` to `max` characters, ending in an ellipsis, without splitting a surrogate pair. */
export function excerpt(value: string, max: number): string {
  if (value.length <= max) return value;
  let cut = max - 1;
  const last = value.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return value.slice(0, cut) + '\u2026';
}
