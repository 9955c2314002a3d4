/** The line break the text uses most, so that inserted lines match it; '\n' for a one-line text. */
export function detectEol(text: string): string {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        crlf++;
        i++;
      } else cr++;
    } else if (code === 0x0a) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

/** The leading spaces and tabs of a line's text. */
export function leadingIndent(lineText: string): string {
  let end = 0;
  while (end < lineText.length && (lineText[end] === ' ' || lineText[end] === '\t')) end++;
  return lineText.slice(0, end);
}
