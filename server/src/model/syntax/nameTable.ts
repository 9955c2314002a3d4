import { toLowerAscii } from '../../tokenizer/charTraits';

/**
 * Lower-cased names read in place from the text, one string per distinct name.
 *
 * A script names the same few variables and members over and over (the 10 MB benchmark script
 * assigns 61 names 33,802 times). Slicing and lower-casing each occurrence made two strings that
 * the model then kept, and every map keyed by them hashed each copy again. Here a name already
 * seen costs a hash over its characters and no string; the model's names are shared strings.
 */
export class NameTable {
  /** Open addressing; the capacity is a power of two, kept at most half full. */
  private keys: (string | undefined)[] = new Array<string | undefined>(64);
  private hashes = new Int32Array(64);
  private size = 0;

  /** text[start, end) lower-cased, as `text.slice(start, end).toLowerCase()` gives it. */
  lower(text: string, start: number, end: number): string {
    let hash = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      // Only ASCII folds in place; a name with anything else is lower-cased the full Unicode way,
      // which may even change its length, and is not kept here.
      if (c >= 128) return text.slice(start, end).toLowerCase();
      hash = Math.imul(hash ^ toLowerAscii(c), 0x01000193);
    }
    const mask = this.keys.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) return this.insert(slot, hash, text.slice(start, end).toLowerCase());
      if (this.hashes[slot] === hash && spells(key, text, start, end)) return key;
    }
  }

  private insert(slot: number, hash: number, name: string): string {
    this.keys[slot] = name;
    this.hashes[slot] = hash;
    if (++this.size * 2 > this.keys.length) this.grow();
    return name;
  }

  private grow(): void {
    const keys = this.keys;
    const hashes = this.hashes;
    this.keys = new Array<string | undefined>(keys.length * 2);
    this.hashes = new Int32Array(keys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === undefined) continue;
      let slot = hashes[i] & mask;
      while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.hashes[slot] = hashes[i];
    }
  }
}

/** Whether `name` (lower case, ASCII) is text[start, end) with its ASCII letters folded. */
function spells(name: string, text: string, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let i = 0; i < name.length; i++) {
    const c = text.charCodeAt(start + i);
    if (toLowerAscii(c) !== name.charCodeAt(i)) return false;
  }
  return true;
}
