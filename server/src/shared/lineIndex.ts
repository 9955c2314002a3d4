export interface LinePosition {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units, as VS Code counts them. */
  character: number;
}

const CR = 13;
const LF = 10;

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
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
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
