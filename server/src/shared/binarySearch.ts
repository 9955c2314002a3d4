/**
 * The one binary search. Over the indices [0, length), where `isBefore(index)` holds for a first
 * run of indices and fails for all after it (as "starts at or before x" does over a sorted list),
 * the first index where it fails: `length` when it never does, 0 when it always does.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isBefore(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the last element whose key is at or before `at` in a list sorted by that key, or -1. */
export function lastAtOrBefore<T>(list: readonly T[], key: (item: T) => number, at: number): number {
  return partitionPoint(list.length, (index) => key(list[index]) <= at) - 1;
}
