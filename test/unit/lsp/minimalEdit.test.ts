import * as assert from 'assert';
import * as fc from 'fast-check';
import { minimalEdit } from '../../../server/src/lsp/minimalEdit';
import { detectEol, leadingIndent } from '../../../server/src/lsp/textLines';

function apply(text: string, edit: { start: number; end: number; text: string }): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

describe('lsp minimalEdit', () => {
  it('returns nothing for equal texts', () => {
    assert.strictEqual(minimalEdit('abc', 'abc'), undefined);
  });

  it('touches only the differing middle', () => {
    const before = 'line one\n-Enable $true\n-Enable $false\nline four\n';
    const after = 'line one\n-Enable $false\n-Enable $true\nline four\n';
    const edit = minimalEdit(before, after);
    assert.ok(edit);
    assert.ok(edit.start >= 'line one\n-Enable $'.length);
    assert.ok(edit.end <= before.length - '\nline four\n'.length);
    assert.strictEqual(apply(before, edit), after);
  });

  it('handles pure insertions and deletions', () => {
    assert.deepStrictEqual(minimalEdit('ac', 'abc'), { start: 1, end: 1, text: 'b' });
    assert.deepStrictEqual(minimalEdit('abc', 'ac'), { start: 1, end: 2, text: '' });
    assert.deepStrictEqual(minimalEdit('', 'x'), { start: 0, end: 0, text: 'x' });
  });

  it('never cuts a CRLF or a surrogate pair in two', () => {
    const crlf = minimalEdit('a\r\nb', 'a\nb');
    assert.ok(crlf);
    assert.strictEqual(apply('a\r\nb', crlf), 'a\nb');
    const lfToCrlf = minimalEdit('a\nb', 'a\r\nb');
    assert.ok(lfToCrlf);
    const emoji = minimalEdit('x\ud83d\ude00y', 'x\ud83d\ude01y');
    assert.ok(emoji);
    assert.strictEqual(emoji.start, 1);
    assert.strictEqual(emoji.end, 3);
    const insideCrlf = minimalEdit('a\r\nb', 'a\r\r\nb');
    assert.ok(insideCrlf);
    assert.notStrictEqual('a\r\nb'.slice(insideCrlf.start - 1, insideCrlf.start + 1), '\r\n');
  });

  it('always reproduces the new text (property)', () => {
    const alphabet = fc.constantFrom('a', 'b', '\r', '\n', '\ud83d', '\ude00', '$');
    const text = fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edit = minimalEdit(before, after);
        if (before === after) return edit === undefined;
        return edit !== undefined && edit.start <= edit.end && apply(before, edit) === after;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lsp textLines', () => {
  it('detects the dominant line ending', () => {
    assert.strictEqual(detectEol('a\r\nb\r\nc\n'), '\r\n');
    assert.strictEqual(detectEol('a\nb\nc\r\n'), '\n');
    assert.strictEqual(detectEol('a\rb\r'), '\r');
    assert.strictEqual(detectEol('single line'), '\n');
  });

  it('reads leading indentation', () => {
    assert.strictEqual(leadingIndent('\t  Set-X'), '\t  ');
    assert.strictEqual(leadingIndent('Set-X'), '');
  });
});
