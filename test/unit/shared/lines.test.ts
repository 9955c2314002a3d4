import * as assert from 'assert';
import { dominantLineBreak } from '../../../server/src/shared/lineBreak';
import { indentAt, leadingIndent, lineStartAt, nextLineStartAt } from '../../../server/src/shared/lineIndex';

describe('line breaks and indentation', () => {
  it('detects the dominant line ending', () => {
    assert.strictEqual(dominantLineBreak('a\r\nb\r\nc\n'), '\r\n');
    assert.strictEqual(dominantLineBreak('a\nb\nc\r\n'), '\n');
    assert.strictEqual(dominantLineBreak('a\rb\r'), '\r');
    assert.strictEqual(dominantLineBreak('single line'), '\n');
  });

  it('reads leading indentation', () => {
    assert.strictEqual(leadingIndent('\t  Set-X'), '\t  ');
    assert.strictEqual(leadingIndent('Set-X'), '');
  });
});

describe('line starts without a table', () => {
  it('finds the start of the line holding an offset, CRLF, LF and lone CR alike', () => {
    const text = 'ab\r\ncd\ne\rf';
    assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((offset) => lineStartAt(text, offset)), [0, 0, 0, 0, 4, 4, 4, 7, 7, 9, 9, 9]);
  });

  it('finds the start of the next line, or the end of the text', () => {
    const text = 'ab\r\ncd\ne\rf';
    assert.deepStrictEqual([0, 3, 4, 7, 9].map((offset) => nextLineStartAt(text, offset)), [4, 4, 7, 9, 10]);
  });

  it('reads the indentation of the line holding an offset', () => {
    assert.strictEqual(indentAt('x\n\t  Set-X -A 1', 9), '\t  ');
    assert.strictEqual(indentAt('Set-X', 3), '');
  });
});
