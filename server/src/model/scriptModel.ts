import { tokenize } from '../tokenizer/tokenizer';
import { TokenKind, type Token } from '../tokenizer/token';
import { couldActOnPasswordSync } from './passwordSyncPrefilter';
import { Parser, type ParseOutput } from './parser';
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

/** Cheap to compute, but only fixes and suppression comments need them: built on first use. */
class LineTable {
  private starts: number[] | undefined;
  private lineBreak: string | undefined;

  constructor(private readonly text: string) {}

  get eol(): string {
    return (this.lineBreak ??= dominantLineBreak(this.text));
  }

  lineStart(offset: number): number {
    const starts = this.lineStarts();
    return starts[this.lineIndexOf(starts, offset)];
  }

  nextLineStart(offset: number): number {
    const starts = this.lineStarts();
    const index = this.lineIndexOf(starts, offset);
    return index + 1 < starts.length ? starts[index + 1] : this.text.length;
  }

  indentAt(offset: number): string {
    const text = this.text;
    const start = this.lineStart(offset);
    let end = start;
    while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
    return text.slice(start, end);
  }

  private lineStarts(): number[] {
    return (this.starts ??= computeLineStarts(this.text));
  }

  private lineIndexOf(starts: number[], offset: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

const NO_STATEMENTS: ParseOutput = { steps: [], commands: [], assignments: [], methodCalls: [], loops: [], parameters: [] };

/**
 * The model of a script. With `skipUnlessPasswordSync`, a script that cannot act on password sync
 * (see couldActOnPasswordSync) is not parsed: its model has tokens and comments but no statements,
 * which is all the rules look at in such a script.
 */
export function buildScriptModel(text: string, skipUnlessPasswordSync = false): ScriptModel {
  const { tokens, errors } = tokenize(text);
  const parse = !skipUnlessPasswordSync || couldActOnPasswordSync(text, tokens);
  const parsed = parse ? new Parser(text, tokens).parse() : NO_STATEMENTS;
  const lines = new LineTable(text);
  const comments: Token[] = [];
  for (const token of tokens) if (token.kind === TokenKind.LineComment || token.kind === TokenKind.BlockComment) comments.push(token);
  const model: ScriptModel = {
    text,
    tokens,
    lexErrors: errors,
    get eol() {
      return lines.eol;
    },
    ...parsed,
    comments,
    isPasswordSyncScript: false,
    lineStart: (offset) => lines.lineStart(offset),
    nextLineStart: (offset) => lines.nextLineStart(offset),
    indentAt: (offset) => lines.indentAt(offset),
  };
  model.isPasswordSyncScript = parse && isPasswordSyncScript(model);
  return model;
}
