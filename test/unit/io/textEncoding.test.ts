import * as assert from 'assert';
import { decodeScript, encodeScript } from '../../../server/src/io/textEncoding';

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
