import { excerpt, MAX_MESSAGE_LENGTH } from '../shared/excerpt';

export { excerpt, MAX_MESSAGE_LENGTH };
/**
 * The longest excerpt of script text (a connector name, a variable) a message quotes; long
 * enough for the list of rule ids that invalid-directive gives.
 */
export const MAX_VALUE_LENGTH = 120;
/** However many placeholders share the budget, each keeps at least this much. */
const MIN_VALUE_LENGTH = 16;

function fill(template: string, data: Record<string, string>, max: number): { text: string; placeholders: number } {
  let out = '';
  let pos = 0;
  let placeholders = 0;
  for (;;) {
    const open = template.indexOf('{{', pos);
    if (open === -1) break;
    const close = template.indexOf('}}', open + 2);
    if (close === -1) break;
    const key = template.slice(open + 2, close).trim();
    if (key in data) {
      out += template.slice(pos, open) + excerpt(data[key], max);
      placeholders++;
    } else {
      out += template.slice(pos, close + 2);
    }
    pos = close + 2;
  }
  return { text: out + template.slice(pos), placeholders };
}

/**
 * Fills `{{name}}` placeholders; an unknown placeholder stays visible rather than vanishing.
 * Values are cut to an excerpt (a pasted 1 MB string must not come back in a message, a log or
 * a SARIF file), and cut further when several together would push the message over its budget.
 */
export function formatMessage(template: string, data: Record<string, string> | undefined): string {
  if (!data) return template;
  const first = fill(template, data, MAX_VALUE_LENGTH);
  if (first.text.length <= MAX_MESSAGE_LENGTH || first.placeholders === 0) return first.text;
  const fixedLength = fill(template, Object.fromEntries(Object.keys(data).map((key) => [key, ''])), MAX_VALUE_LENGTH).text.length;
  const share = Math.max(MIN_VALUE_LENGTH, Math.floor((MAX_MESSAGE_LENGTH - fixedLength) / first.placeholders));
  return fill(template, data, share).text;
}
