const UPPER_A = 0x41;
const UPPER_Z = 0x5a;

/** ASCII letters folded to lower case; anything else unchanged. */
export function toLowerAscii(c: number): number {
  return c >= UPPER_A && c <= UPPER_Z ? c | 0x20 : c;
}
