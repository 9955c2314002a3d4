import * as assert from 'assert';
import { NameTable } from '../../../server/src/model/syntax/nameTable';

describe('NameTable', () => {
  it('gives one lower-cased string per name, however it is cased', () => {
    const text = '$AdConnector $adconnector $ADCONNECTOR $c';
    const names = new NameTable();
    const first = names.lower(text, 1, 12);
    assert.strictEqual(first, 'adconnector');
    assert.strictEqual(names.lower(text, 14, 25), first);
    assert.strictEqual(names.lower(text, 27, 38), first);
    assert.strictEqual(names.lower(text, 40, 41), 'c');
  });

  it('tells apart names that share a prefix or a hash slot, past its first capacity', () => {
    const names = new NameTable();
    const words = Array.from({ length: 500 }, (_, i) => `Name${i}`);
    const text = words.join(' ');
    const spans: [number, number][] = [];
    let at = 0;
    for (const word of words) {
      spans.push([at, at + word.length]);
      at += word.length + 1;
    }
    const first = spans.map(([start, end]) => names.lower(text, start, end));
    assert.deepStrictEqual(first, words.map((word) => word.toLowerCase()));
    spans.forEach(([start, end], i) => assert.strictEqual(names.lower(text, start, end), first[i]));
  });

  it('lower-cases names with non-ASCII letters the full Unicode way', () => {
    const text = '$ÄRGER $İx';
    const names = new NameTable();
    assert.strictEqual(names.lower(text, 1, 6), 'ärger');
    assert.strictEqual(names.lower(text, 8, 10), 'İx'.toLowerCase());
  });
});
