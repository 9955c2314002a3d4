import type { ScriptModel } from '../model/types';
import { doubleQuoted } from './canonicalScript';
import type { TextEdit } from '../shared/types';
import { TokenFlags, TokenKind } from '../tokenizer/token';
import { tokenize } from '../tokenizer/tokenizer';

/**
 * Inserts whole lines above the statement starting at `statementStart`, indented like it, when
 * the statement begins its line and `anchor` (the call the lines belong before) starts on that
 * line. Otherwise the
 * call sits deep inside a larger statement (a condition left open in a half-typed script) and
 * lines inserted above would land in another block: no edit.
 */
export function insertLinesBeforeStatement(model: ScriptModel, statementStart: number, anchor: number, lines: readonly string[]): TextEdit | undefined {
  const lineStart = model.lineStart(statementStart);
  if (lineStart !== model.lineStart(anchor)) return undefined;
  // `}   Set-…` or `$a = 1; Set-…`: lines inserted above would land before what precedes the statement.
  if (statementStart - lineStart !== model.indentAt(statementStart).length) return undefined;
  return insertLinesBefore(model, statementStart, lines);
}

/** Inserts whole lines above the line holding `offset`, indented like that line. */
export function insertLinesBefore(model: ScriptModel, offset: number, lines: readonly string[]): TextEdit {
  const at = model.lineStart(offset);
  const indent = model.indentAt(offset);
  return { start: at, end: at, text: lines.map((line) => indent + line + model.eol).join('') };
}

/** Inserts whole lines below the line holding `offset`, indented like that line. */
/** Where insertLinesAfter puts lines for `offset`: the start of the next line that begins a statement. */
export function lineInsertionPointAfter(model: ScriptModel, offset: number): number {
  let at = model.nextLineStart(offset);
  // A line ending in a backtick continues on the next: lines inserted there would join that statement.
  while (at < model.text.length && endsInContinuation(model, at)) at = model.nextLineStart(at);
  return at;
}

export function insertLinesAfter(model: ScriptModel, offset: number, lines: readonly string[]): TextEdit {
  const at = lineInsertionPointAfter(model, offset);
  const indent = model.indentAt(offset);
  const body = lines.map((line) => indent + line).join(model.eol);
  // On the last line of a file with no final line break, the break goes first.
  if (at === model.text.length && !endsWithLineBreak(model.text)) return { start: at, end: at, text: model.eol + body };
  return { start: at, end: at, text: body + model.eol };
}

/** Significant tokens that, ending a line, make PowerShell read the next line as more of the statement. */
const CONTINUING_KINDS: ReadonlySet<TokenKind> = new Set([TokenKind.Comma, TokenKind.Pipe, TokenKind.Operator, TokenKind.Assign]);

/**
 * Whether the line ending just before `lineStart` goes on into the next line: a backtick
 * continuation, or a trailing `,`, `|`, `=` or operator (`$a -and`), after which PowerShell keeps
 * reading. Lines inserted there would join that statement.
 */
function endsInContinuation(model: ScriptModel, lineStart: number): boolean {
  const tokens = model.tokens;
  if (lineStart <= 0) return false;
  // The token holding the character before the line start must end the line.
  const last = tokens.indexAt(lineStart - 1);
  if (last === -1 || tokens.end(last) !== lineStart) return false;
  if (tokens.kind(last) === TokenKind.LineContinuation) return true;
  if (tokens.kind(last) !== TokenKind.NewLine) return false;
  for (let i = last - 1; i >= 0; i--) {
    const kind = tokens.kind(i);
    // Blank and comment-only lines after a trailing operator do not end the statement either.
    if (kind === TokenKind.Whitespace || kind === TokenKind.NewLine || kind === TokenKind.LineComment || kind === TokenKind.BlockComment) continue;
    return CONTINUING_KINDS.has(kind);
  }
  return false;
}

/** The whole lines from the one holding `start` to the one holding `end`, line breaks included. */
export function wholeLines(model: ScriptModel, start: number, end: number): { start: number; end: number } {
  return { start: model.lineStart(start), end: model.nextLineStart(Math.max(start, end - 1)) };
}

export function endsWithLineBreak(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last === 10 || last === 13;
}

export function replaceText(start: number, end: number, text: string): TextEdit {
  return { start, end, text };
}

function isSingleQuote(ch: string): boolean {
  return ch === "'" || ch === '\u2018' || ch === '\u2019' || ch === '\u201A' || ch === '\u201B';
}

/** Replaces a string literal (quoted or bare) at start..end with one holding `value`, in the same quoting style. */
export function replaceStringLiteral(model: ScriptModel, start: number, end: number, value: string): TextEdit {
  const first = model.text.charAt(start);
  const hasControl = value.includes('\r') || value.includes('\n') || value.includes('\0');
  if (isSingleQuote(first) && !hasControl) {
    let out = "'";
    for (const ch of value) out += isSingleQuote(ch) ? ch + ch : ch;
    return { start, end, text: out + "'" };
  }
  let bare = value.length > 0;
  for (const ch of value) {
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch === '.' || ch === '-' || ch === '_')) bare = false;
  }
  const quoted = first === '"' || first === '\u201C' || first === '\u201D' || first === '\u201E';
  if (!quoted && bare && endsAtArgumentBoundary(model.text, end)) return { start, end, text: value };
  return { start, end, text: doubleQuoted(value) };
}

/**
 * Whether script text copied into a fix stands on its own on one line: no line break, and no
 * string or comment left open (`'abc` from a truncated script would swallow the lines below).
 */
export function isSelfContainedLine(text: string): boolean {
  return isOneLine(text) && tokenize(text).tokens.firstUnterminated === -1;
}

function isOneLine(text: string): boolean {
  return !text.includes('\n') && !text.includes('\r');
}

const VALUE_KINDS: ReadonlySet<TokenKind> = new Set([TokenKind.Variable, TokenKind.VerbatimString, TokenKind.ExpandableString, TokenKind.Generic, TokenKind.Number]);

/**
 * Whether `text`, copied as a command argument, is one plain value that reads the same there:
 * a variable, a string, a bareword or a number. A bare `-` or `(a` would be read differently
 * (as a parameter, or an open expression), so a fix copying it would not do what it says.
 */
export function isSingleValue(text: string): boolean {
  if (!isOneLine(text)) return false;
  // One tokenizing answers both questions: a single value token that is not left open.
  const tokens = tokenize(text).tokens;
  if (tokens.firstUnterminated !== -1) return false;
  // A trailing backtick would escape the line break after the copy and join the next line to it.
  return tokens.length === 1 && VALUE_KINDS.has(tokens.kind(0)) && (tokens.flags(0) & TokenFlags.InError) === 0 && !text.startsWith('-') && !text.endsWith('`');
}

/**
 * Whether a value written to end at `offset` stays one argument: in command mode a bare word runs
 * on through `-`, `.` and letters, so `urceConnector` before `-TargetConnector` would swallow it.
 */
export function endsAtArgumentBoundary(text: string, offset: number): boolean {
  if (offset >= text.length) return true;
  const ch = text[offset];
  return ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n' || ch === ';' || ch === ')' || ch === '}' || ch === '|' || ch === ',' || ch === '\u00A0';
}
