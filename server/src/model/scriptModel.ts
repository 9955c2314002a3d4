import { tokenize } from '../tokenizer/tokenizer';
import { TokenKind } from '../tokenizer/token';
import { Parser } from './parser';
import { isPasswordSyncScript } from './passwordSync';
import type { ScriptModel } from './types';

export type { ScriptModel } from './types';

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * The line break most lines use, so that inserted lines match the file. Counted over the whole
 * text, not only newline tokens: breaks inside line continuations, here-strings and block
 * comments are lines of the file too (a CRLF script whose only breaks follow backticks is CRLF).
 */
function dominantLineBreak(text: string): string {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (ch === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  if (cr > lf) return '\r';
  return '\n';
}

export function buildScriptModel(text: string): ScriptModel {
  const { tokens, errors } = tokenize(text);
  const parsed = new Parser(text, tokens).parse();
  const lineStarts = computeLineStarts(text);

  const lineIndexOf = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };

  const comments = tokens.filter((token) => token.kind === TokenKind.LineComment || token.kind === TokenKind.BlockComment);
  const model: ScriptModel = {
    text,
    tokens,
    lexErrors: errors,
    eol: dominantLineBreak(text),
    ...parsed,
    comments,
    isPasswordSyncScript: false,
    lineStart: (offset) => lineStarts[lineIndexOf(offset)],
    nextLineStart: (offset) => {
      const index = lineIndexOf(offset);
      return index + 1 < lineStarts.length ? lineStarts[index + 1] : text.length;
    },
    indentAt: (offset) => {
      const start = lineStarts[lineIndexOf(offset)];
      let end = start;
      while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
      return text.slice(start, end);
    },
  };
  model.isPasswordSyncScript = isPasswordSyncScript(model);
  return model;
}
