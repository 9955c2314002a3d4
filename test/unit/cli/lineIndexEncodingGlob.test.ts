import * as assert from 'assert';
import * as fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../../server/src/shared/lineIndex';
import { decodeScript, encodeScript } from '../../../server/src/io/textEncoding';
import { segmentRegExp, splitGlob } from '../../../server/src/cli/glob';

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

describe('script encodings', () => {
  const text = 'Set-ADSyncScheduler \u00e9\u{1F600}\r\n';

  it('detects UTF-8, UTF-8 with BOM, UTF-16 LE and BE by their BOM and strips it', () => {
    const utf16be = Buffer.from(text, 'utf16le').swap16();
    const cases: Array<[Buffer, string]> = [
      [Buffer.from(text, 'utf8'), 'utf8'],
      [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf8bom'],
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf16le'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), 'utf16be'],
    ];
    for (const [bytes, encoding] of cases) {
      const decoded = decodeScript(bytes);
      assert.deepStrictEqual(decoded, { text, encoding, lossy: false }, encoding);
      assert.ok(encodeScript(decoded.text, decoded.encoding).equals(bytes), `${encoding} round trip`);
    }
  });

  it('flags bytes that are not valid in the encoding as lossy', () => {
    // "café" saved by Windows PowerShell 5.1's Set-Content in Windows-1252.
    const decoded = decodeScript(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    assert.strictEqual(decoded.encoding, 'utf8');
    assert.strictEqual(decoded.lossy, true);
    assert.strictEqual(decoded.text, 'caf\ufffd');
    assert.strictEqual(decodeScript(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42])).lossy, true);
  });
});

describe('glob matching', () => {
  it('splits off the literal directory the pattern starts in', () => {
    assert.deepStrictEqual(splitGlob('scripts/sub/**/*.ps1', false), { base: 'scripts/sub', segments: ['**', '*.ps1'] });
    assert.deepStrictEqual(splitGlob('*.ps1', false), { base: '', segments: ['*.ps1'] });
    assert.deepStrictEqual(splitGlob('/srv/*.ps1', false), { base: '/srv', segments: ['*.ps1'] });
    assert.deepStrictEqual(splitGlob('/*.ps1', false), { base: '/', segments: ['*.ps1'] });
    assert.deepStrictEqual(splitGlob('C:\\ops\\*.ps1', true), { base: 'C:/ops', segments: ['*.ps1'] });
    assert.deepStrictEqual(splitGlob('C:\\*.ps1', true), { base: 'C:/', segments: ['*.ps1'] });
  });

  it('matches * and ? within one segment, not a leading dot, and escapes everything else', () => {
    const star = segmentRegExp('*.ps1', false);
    assert.ok(star.test('a.ps1'));
    assert.ok(!star.test('.a.ps1'));
    assert.ok(!star.test('a.ps1x'));
    assert.ok(!star.test('aXps1'));
    assert.ok(segmentRegExp('.*', false).test('.hidden'));
    const question = segmentRegExp('step?.ps1', false);
    assert.ok(question.test('step1.ps1'));
    assert.ok(!question.test('step10.ps1'));
    assert.ok(segmentRegExp('(a+b)[1].ps1', false).test('(a+b)[1].ps1'));
    assert.ok(segmentRegExp('*.PS1', true).test('x.ps1'));
    assert.ok(!segmentRegExp('*.PS1', false).test('x.ps1'));
  });
});
