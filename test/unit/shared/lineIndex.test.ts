import * as assert from 'assert';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../../server/src/shared/lineIndex';

describe('LineIndex', () => {
  it('breaks lines at CRLF, LF and a lone CR', () => {
    const index = new LineIndex('ab\r\ncd\ref\ngh');
    assert.strictEqual(index.lineCount, 4);
    assert.deepStrictEqual(index.position(0), { line: 0, character: 0 });
    assert.deepStrictEqual(index.position(2), { line: 0, character: 2 });
    assert.deepStrictEqual(index.position(4), { line: 1, character: 0 });
    assert.deepStrictEqual(index.position(7), { line: 2, character: 0 });
    assert.deepStrictEqual(index.position(10), { line: 3, character: 0 });
    assert.deepStrictEqual(index.position(12), { line: 3, character: 2 });
  });

  it('puts an offset between CR and LF before the CR, and clamps offsets outside the text', () => {
    const index = new LineIndex('ab\r\ncd');
    assert.deepStrictEqual(index.position(3), { line: 0, character: 2 });
    assert.deepStrictEqual(index.position(-5), { line: 0, character: 0 });
    assert.deepStrictEqual(index.position(99), { line: 1, character: 2 });
  });

  it('counts UTF-16 code units, so a character outside the BMP takes two columns', () => {
    const text = 'x\u{1F600}y';
    assert.deepStrictEqual(new LineIndex(text).position(text.indexOf('y')), { line: 0, character: 3 });
  });

  it('handles empty text and text ending in a line break', () => {
    assert.deepStrictEqual(new LineIndex('').position(0), { line: 0, character: 0 });
    const index = new LineIndex('a\n');
    assert.strictEqual(index.lineCount, 2);
    assert.deepStrictEqual(index.position(2), { line: 1, character: 0 });
  });

  it('agrees with the language server TextDocument on every offset (positionAt and offsetAt)', () => {
    const pieces = fc.constantFrom('a', 'b', '\r', '\n', '\r\n', '\u{1F600}', ' ');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const index = new LineIndex(text);
        const doc = TextDocument.create('file:///x.ps1', 'powershell', 1, text);
        for (let offset = 0; offset <= text.length; offset++) {
          const expected = doc.positionAt(offset);
          assert.deepStrictEqual(index.position(offset), { line: expected.line, character: expected.character });
          assert.strictEqual(index.offset(expected), doc.offsetAt(expected));
        }
      }),
      { numRuns: 300 },
    );
  });
});
