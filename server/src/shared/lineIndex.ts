import { partitionPoint } from './binarySearch';

export interface LinePosition {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units, as VS Code counts them. */
  character: number;
}

const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;

/**
 * Maps UTF-16 offsets to line/character positions. Lines break at CRLF, LF and a lone CR, the
 * same three breaks VS Code and the PowerShell parser recognise, so positions agree with the editor.
 */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    this.lineStarts = text.indexOf('\r') === -1 ? lfLineStarts(text) : anyLineStarts(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset where a 0-based line starts; lines past the end start at the end of the text. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    return line < this.lineStarts.length ? this.lineStarts[line] : this.text.length;
  }

  position(offset: number): LinePosition {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.lineStarts;
    // Line 0 starts at 0, at or before any clamped offset, so some line always holds it.
    const low = partitionPoint(starts.length, (line) => starts[line] <= clamped) - 1;
    let character = clamped - this.lineStarts[low];
    // An offset between the CR and LF of a CRLF has no column of its own; VS Code puts it before the CR.
    if (character > 0 && this.text.charCodeAt(clamped) === LF && this.text.charCodeAt(clamped - 1) === CR) character--;
    return { line: low, character };
  }

  offset(position: LinePosition): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStart(position.line);
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
    let lineEnd = next;
    while (lineEnd > start && (this.text.charCodeAt(lineEnd - 1) === LF || this.text.charCodeAt(lineEnd - 1) === CR)) lineEnd--;
    return Math.min(start + Math.max(0, position.character), lineEnd);
  }
}

/**
 * Most scripts have no CR at all (or it was looked for once, above): then only LF breaks lines,
 * and the engine's own search for it is several times faster than a loop over every character.
 */
function lfLineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function anyLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === CR) {
      if (text.charCodeAt(i + 1) === LF) i++;
      starts.push(i + 1);
    } else if (code === LF) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/*
 * Line questions about a text without a table, answered by scanning from the offset asked about:
 * the model's fixes and suppression comments ask them a few times per script, where a table of
 * every line start (LineIndex) would cost more than it saves.
 */

/** Where the line holding `offset` starts. An offset between CR and LF belongs to the line the CR ends. */
export function lineStartAt(text: string, offset: number): number {
  let pos = Math.min(Math.max(offset, 0), text.length);
  if (pos > 0 && pos < text.length && text.charCodeAt(pos) === LF && text.charCodeAt(pos - 1) === CR) pos--;
  while (pos > 0) {
    const ch = text.charCodeAt(pos - 1);
    if (ch === LF || ch === CR) break;
    pos--;
  }
  return pos;
}

/** Where the line after the one holding `offset` starts, or the text's end. */
export function nextLineStartAt(text: string, offset: number): number {
  let pos = Math.max(lineStartAt(text, offset), 0);
  while (pos < text.length) {
    const ch = text.charCodeAt(pos);
    if (ch === LF) return pos + 1;
    if (ch === CR) return text.charCodeAt(pos + 1) === LF ? pos + 2 : pos + 1;
    pos++;
  }
  return text.length;
}

/** The spaces and tabs that start the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStartAt(text, offset);
  return leadingIndent(text, start);
}

/** The spaces and tabs at `from` (a line's start); the whole of a line's text by default. */
export function leadingIndent(text: string, from = 0): string {
  let end = from;
  while (end < text.length && (text.charCodeAt(end) === SPACE || text.charCodeAt(end) === TAB)) end++;
  return text.slice(from, end);
}
