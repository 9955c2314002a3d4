/**
 * The original source of a position in a bundle, from its source map (`mappings` in Base64 VLQ,
 * per the Source Map v3 format), so a finding in the minified server bundle can be named by the
 * module it came from.
 */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

interface Segment {
  column: number;
  source: number;
}

function decodeVlq(text: string, at: { pos: number }): number {
  let result = 0;
  let shift = 0;
  for (;;) {
    const digit = BASE64.indexOf(text[at.pos++]);
    if (digit < 0) throw new Error(`bad source map character at ${at.pos - 1}`);
    result += (digit & 31) << shift;
    if ((digit & 32) === 0) break;
    shift += 5;
  }
  return result & 1 ? -(result >>> 1) : result >>> 1;
}

export class SourceMapLookup {
  private readonly lines: Segment[][] = [];

  constructor(private readonly map: { sources: string[]; mappings: string }) {
    let source = 0;
    for (const lineText of map.mappings.split(';')) {
      const segments: Segment[] = [];
      let column = 0;
      for (const segmentText of lineText.split(',')) {
        if (segmentText.length === 0) continue;
        const at = { pos: 0 };
        column += decodeVlq(segmentText, at);
        if (at.pos < segmentText.length) {
          source += decodeVlq(segmentText, at);
          segments.push({ column, source });
        }
      }
      this.lines.push(segments);
    }
  }

  /** The source file of a 0-based line and column of the bundle. */
  sourceAt(line: number, column: number): string | undefined {
    const segments = this.lines[line] ?? [];
    let found: Segment | undefined;
    for (const segment of segments) {
      if (segment.column > column) break;
      found = segment;
    }
    return found ? this.map.sources[found.source] : undefined;
  }
}
