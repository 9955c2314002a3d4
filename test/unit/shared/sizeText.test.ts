import * as assert from 'assert';
import { sizeText } from '../../../server/src/shared/sizeText';

describe('sizeText', () => {
  it('gives kilobytes rounded up below a megabyte, and megabytes to one decimal above', () => {
    assert.strictEqual(sizeText(1, 'en'), '1 KB');
    assert.strictEqual(sizeText(1025, 'en'), '2 KB');
    assert.strictEqual(sizeText(6 * 1024 * 1024, 'en'), '6.0 MB');
    assert.strictEqual(sizeText(4.25 * 1024 * 1024, 'en'), '4.3 MB');
  });

  it('writes the decimal comma in Dutch', () => {
    assert.strictEqual(sizeText(6 * 1024 * 1024, 'nl'), '6,0 MB');
    assert.strictEqual(sizeText(1025, 'nl'), '2 KB');
  });
});
