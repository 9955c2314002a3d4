import { tokenize } from '../tokenizer/tokenizer';
import { couldActOnPasswordSync } from './facts/passwordSyncPrefilter';
import { emptyParseOutput } from './parseOutput';
import { Parser, type ParseOutput } from './syntax/parser';
import { isPasswordSyncScript } from './facts/passwordSync';
import type { ScriptModel } from './types';

export type { ScriptModel } from './types';

/**
 * The line break most lines use, so that inserted lines match the file. Counted over the whole
 * text, not only newline tokens: breaks inside line continuations, here-strings and block
 * comments are lines of the file too (a CRLF script whose only breaks follow backticks is CRLF).
 */
function dominantLineBreak(text: string): string {
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

/**
 * Line questions, answered by scanning from the offset asked about: only fixes and suppression
 * comments ask them, a few times per script, so a table of every line start would cost more.
 */
class LineTable {
  private lineBreak: string | undefined;

  constructor(private readonly text: string) {}

  get eol(): string {
    return (this.lineBreak ??= dominantLineBreak(this.text));
  }

  lineStart(offset: number): number {
    const text = this.text;
    let pos = Math.min(Math.max(offset, 0), text.length);
    // An offset between CR and LF belongs to the line the CR ends.
    if (pos > 0 && pos < text.length && text.charCodeAt(pos) === 10 && text.charCodeAt(pos - 1) === 13) pos--;
    while (pos > 0) {
      const ch = text.charCodeAt(pos - 1);
      if (ch === 10 || ch === 13) break;
      pos--;
    }
    return pos;
  }

  nextLineStart(offset: number): number {
    const text = this.text;
    let pos = Math.max(this.lineStart(offset), 0);
    while (pos < text.length) {
      const ch = text.charCodeAt(pos);
      if (ch === 10) return pos + 1;
      if (ch === 13) return text.charCodeAt(pos + 1) === 10 ? pos + 2 : pos + 1;
      pos++;
    }
    return text.length;
  }

  indentAt(offset: number): string {
    const text = this.text;
    const start = this.lineStart(offset);
    let end = start;
    while (end < text.length && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)) end++;
    return text.slice(start, end);
  }
}

const NO_STATEMENTS: ParseOutput = emptyParseOutput();

export interface ModelOptions {
  /**
   * A script that cannot act on password sync (see couldActOnPasswordSync) is not parsed: its
   * model has tokens but no statements, which is all the rules look at in such a script.
   */
  skipUnlessPasswordSync?: boolean;
  /**
   * Every assignment and method call built while parsing, none deferred, and no script skipped:
   * slower, and meant as the oracle the lazy model is checked against. Every fact the two give
   * must be the same.
   */
  eager?: boolean;
  /** Reads a file the script dot-sources (see ScriptModel.readDotSourced). */
  readDotSourced?: (path: string) => string | undefined;
}

/** The model of a script (see ModelOptions). */
export function buildScriptModel(text: string, options: ModelOptions = {}): ScriptModel {
  const { tokens, errors } = tokenize(text);
  const eager = options.eager === true;
  const parse = eager || !options.skipUnlessPasswordSync || couldActOnPasswordSync(text, tokens);
  const parsed = parse ? new Parser(text, tokens).parse(eager) : NO_STATEMENTS;
  const lines = new LineTable(text);
  const model: ScriptModel = {
    text,
    tokens,
    lexErrors: errors,
    get eol() {
      return lines.eol;
    },
    ...parsed,
    isPasswordSyncScript: false,
    readDotSourced: options.readDotSourced,
    lineStart: (offset) => lines.lineStart(offset),
    nextLineStart: (offset) => lines.nextLineStart(offset),
    indentAt: (offset) => lines.indentAt(offset),
  };
  model.isPasswordSyncScript = parse && isPasswordSyncScript(model);
  return model;
}
