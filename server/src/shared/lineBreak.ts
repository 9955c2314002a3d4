/**
 * The line break most lines use, so that inserted lines match the file. Counted over the whole
 * text, not only newline tokens: breaks inside line continuations, here-strings and block
 * comments are lines of the file too (a CRLF script whose only breaks follow backticks is CRLF).
 */
export function dominantLineBreak(text: string): string {
  // Most files use one kind of break; the native searches settle those without a loop.
  if (text.indexOf('\r') === -1) return '\n';
  if (text.indexOf('\n') === -1) return '\r';
  // Counted by jumping from break to break with the native search, not by visiting every character.
  let crlf = 0;
  let cr = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  let lf = -crlf;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lf++;
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}
