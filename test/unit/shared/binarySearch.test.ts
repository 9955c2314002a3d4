import * as assert from 'assert';
import * as fc from 'fast-check';
import { lastAtOrBefore, partitionPoint } from '../../../server/src/shared/binarySearch';

describe('binary search', () => {
  it('finds the first index where the predicate stops holding', () => {
    const sorted = [1, 3, 3, 5, 8];
    assert.strictEqual(partitionPoint(sorted.length, (i) => sorted[i] < 3), 1);
    assert.strictEqual(partitionPoint(sorted.length, (i) => sorted[i] <= 3), 3);
    assert.strictEqual(partitionPoint(sorted.length, (i) => sorted[i] < 0), 0);
    assert.strictEqual(partitionPoint(sorted.length, (i) => sorted[i] < 100), 5);
    assert.strictEqual(partitionPoint(0, () => true), 0);
  });

  it('agrees with a linear scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, at) => {
        const sorted = [...values].sort((a, b) => a - b);
        const linear = sorted.filter((value) => value <= at).length - 1;
        assert.strictEqual(lastAtOrBefore(sorted, (value) => value, at), linear);
      }),
      { numRuns: 500 },
    );
  });

  it('reads keys of objects through the key function', () => {
    const list = [{ end: 4 }, { end: 9 }, { end: 9 }, { end: 20 }];
    assert.strictEqual(lastAtOrBefore(list, (item) => item.end, 9), 2);
    assert.strictEqual(lastAtOrBefore(list, (item) => item.end, 3), -1);
  });
});
