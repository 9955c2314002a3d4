import * as fc from 'fast-check';
import { anyCodeUnit, powerShellChar } from './textArbitraries';

/**
 * Edits that turn a good script into the half-typed, badly pasted or truncated ones an editor
 * sees between keystrokes. Positions are plain naturals taken modulo the length, so a failing
 * case shrinks towards the start of the text and towards fewer, smaller edits.
 */
export type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'swapChars'; a: number; b: number }
  | { op: 'deleteLine'; line: number }
  | { op: 'duplicateLine'; line: number }
  | { op: 'swapLines'; a: number; b: number }
  | { op: 'truncate'; at: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(powerShellChar, anyCodeUnit) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('swapChars' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('deleteLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Lines with their own line break kept, so that line edits never change the line-end style. */
function splitKeepingBreaks(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

export function applyMutation(text: string, m: Mutation): string {
  const n = text.length;
  switch (m.op) {
    case 'insert': {
      const at = m.at % (n + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'delete': {
      const at = m.at % (n + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'duplicate': {
      const at = m.at % (n + 1);
      return text.slice(0, at + m.length) + text.slice(at);
    }
    case 'swapChars': {
      if (n < 2) return text;
      const [a, b] = [m.a % n, m.b % n].sort((x, y) => x - y);
      if (a === b) return text;
      return text.slice(0, a) + text[b] + text.slice(a + 1, b) + text[a] + text.slice(b + 1);
    }
    case 'truncate':
      return text.slice(0, m.at % (n + 1));
    default: {
      const lines = splitKeepingBreaks(text);
      if (lines.length === 0) return text;
      if (m.op === 'deleteLine') lines.splice(m.line % lines.length, 1);
      else if (m.op === 'duplicateLine') {
        const i = m.line % lines.length;
        lines.splice(i, 0, lines[i]);
      } else {
        const a = m.a % lines.length;
        const b = m.b % lines.length;
        [lines[a], lines[b]] = [lines[b], lines[a]];
      }
      return lines.join('');
    }
  }
}

/** A seed text with a few mutations applied in order. */
export function mutated(seeds: fc.Arbitrary<string>, maxMutations = 4): fc.Arbitrary<string> {
  return fc.tuple(seeds, fc.array(mutation, { minLength: 1, maxLength: maxMutations })).map(([text, ms]) => ms.reduce(applyMutation, text));
}
