/** Fills `{{name}}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function formatMessage(template: string, data: Record<string, string> | undefined): string {
  if (!data) return template;
  let out = '';
  let pos = 0;
  for (;;) {
    const open = template.indexOf('{{', pos);
    if (open === -1) break;
    const close = template.indexOf('}}', open + 2);
    if (close === -1) break;
    const key = template.slice(open + 2, close).trim();
    out += template.slice(pos, open) + (key in data ? data[key] : template.slice(open, close + 2));
    pos = close + 2;
  }
  return out + template.slice(pos);
}
