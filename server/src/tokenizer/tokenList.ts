import { partitionPoint } from '../shared/binarySearch';
import { TokenFlags, TokenKind, type Token } from './token';

/**
 * The tokens of a script, stored column-wise in typed arrays rather than as one object each.
 *
 * Every token lives as long as the model does, and typed arrays are a few flat allocations the
 * garbage collector never walks (docs/performance.md, "Choices in the code"). `at(i)` still hands
 * out a `Token` object for code that reads a few tokens.
 */
/** How many numbers each comment takes in TokenList.comments: index, start, end. */
export const COMMENT_STRIDE = 3;
/** How many numbers each bracket takes in TokenList.brackets: index, kind, inner edge. */
export const BRACKET_STRIDE = 3;

export class TokenList implements Iterable<Token> {
  constructor(
    readonly length: number,
    private readonly kinds: Uint8Array,
    /** `length + 1` offsets: the tokens are contiguous, so token i ends where token i + 1 starts. */
    private readonly starts: Int32Array,
    private readonly flagBits: Uint8Array,
    /**
     * Indices of the tokens the parser reads: every token but whitespace, comments and line
     * continuations (newlines stay, they end statements). Recorded while tokenizing, so the
     * parser needs no pass of its own over all tokens.
     */
    readonly statementTokens: Int32Array,
    /** The kind of each of `statementTokens`, side by side: the parser asks for kinds more than anything else. */
    readonly statementKinds: Uint8Array,
    /**
     * The line and block comments, recorded while tokenizing (directives live in them), as
     * COMMENT_STRIDE numbers each: index, start, end. A pass over the comments of a large script
     * need not read the token arrays, far apart in memory, at each one.
     */
    readonly comments: Int32Array,
    /** Index of the first token flagged Unterminated, or -1: what follows it is swallowed. */
    readonly firstUnterminated: number = -1,
    /**
     * The bracket tokens (`(`, `)`, `{`, `}`, `[`, `]`, `$(`, `@(`, `@{`), in order, as
     * BRACKET_STRIDE numbers each: index, kind, and inner edge (where an opener's inside begins,
     * its end; where a closer's inside ends, its start). A pass over the brackets reads nothing
     * else: in a large script the token arrays no longer fit the processor's caches.
     */
    readonly brackets: Int32Array = new Int32Array(0),
  ) {}

  kind(index: number): TokenKind {
    return this.kinds[index] as TokenKind;
  }

  start(index: number): number {
    return this.starts[index];
  }

  end(index: number): number {
    return this.starts[index + 1];
  }

  flags(index: number): TokenFlags {
    return this.flagBits[index] as TokenFlags;
  }

  /** A snapshot of token `index` (negative counts from the end, as `Array#at` does), or undefined outside the list. */
  at(index: number): Token | undefined {
    if (index < 0) index += this.length;
    if (index < 0 || index >= this.length) return undefined;
    return { kind: this.kinds[index] as TokenKind, start: this.starts[index], end: this.starts[index + 1], flags: this.flagBits[index] as TokenFlags };
  }

  /** Index of the token holding offset `offset` (the last one for offsets at or past the end); -1 when empty. */
  indexAt(offset: number): number {
    if (this.length === 0) return -1;
    const starts = this.starts;
    // An offset before the first token (a negative one) gets the first.
    return Math.max(0, partitionPoint(this.length, (index) => starts[index] <= offset) - 1);
  }

  *[Symbol.iterator](): Iterator<Token> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }

  toArray(): Token[] {
    const tokens = new Array<Token>(this.length);
    for (let i = 0; i < this.length; i++) tokens[i] = this.at(i)!;
    return tokens;
  }
}

/**
 * Appends tokens, growing its arrays by doubling; `finish` trims them to the count. Each token
 * must start where the one before it ended, as the tokenizer's full-fidelity stream does.
 */
export class TokenListBuilder {
  private kinds: Uint8Array;
  private starts: Int32Array;
  private flagBits: Uint8Array;
  private statementTokens: Int32Array;
  private statementKinds: Uint8Array;
  private statementCount = 0;
  /** Comments are few, so a plain array grows them. */
  private readonly comments: number[] = [];
  private firstUnterminated = -1;
  private brackets: Int32Array;
  private bracketCount = 0;
  count = 0;

  /**
   * `expected` tokens, of which `expectedStatement` are not trivia. Typed arrays live outside the
   * JS heap, but V8 counts them and collects garbage when they grow, so they are sized for the script.
   */
  constructor(expected: number, expectedStatement: number) {
    const capacity = Math.max(16, expected);
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity + 1);
    this.flagBits = new Uint8Array(capacity);
    const statementCapacity = Math.max(16, expectedStatement);
    this.statementTokens = new Int32Array(statementCapacity);
    this.statementKinds = new Uint8Array(statementCapacity);
    this.brackets = new Int32Array(Math.max(16, statementCapacity >> 2) * BRACKET_STRIDE);
  }

  /**
   * Records the token just pushed as a bracket, with `edge` its inner edge (see
   * TokenList.brackets); the tokenizer calls it where it opens and closes them.
   */
  markBracket(kind: TokenKind, edge: number): void {
    const at = this.bracketCount * BRACKET_STRIDE;
    if (at === this.brackets.length) this.brackets = grown(this.brackets, this.brackets.length * 2);
    const brackets = this.brackets;
    brackets[at] = this.count - 1;
    brackets[at + 1] = kind;
    brackets[at + 2] = edge;
    this.bracketCount++;
  }

  push(kind: TokenKind, start: number, end: number, flags: TokenFlags): void {
    const i = this.count;
    if (i === this.kinds.length) this.grow();
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.starts[i + 1] = end;
    this.flagBits[i] = flags;
    this.count = i + 1;
    if ((flags & TokenFlags.Unterminated) !== 0 && this.firstUnterminated < 0) this.firstUnterminated = i;
    if (kind === TokenKind.NewLine || kind > TokenKind.BlockComment) {
      const n = this.statementCount;
      if (n === this.statementTokens.length) this.growStatements();
      this.statementTokens[n] = i;
      this.statementKinds[n] = kind;
      this.statementCount = n + 1;
    } else if (kind === TokenKind.LineComment || kind === TokenKind.BlockComment) {
      this.comments.push(i, start, end);
    }
  }

  addFlags(index: number, flags: TokenFlags): void {
    this.flagBits[index] |= flags;
    if ((flags & TokenFlags.Unterminated) !== 0 && (this.firstUnterminated < 0 || index < this.firstUnterminated)) this.firstUnterminated = index;
  }

  finish(): TokenList {
    const n = this.count;
    const statements = this.statementCount;
    const brackets = this.bracketCount;
    return new TokenList(
      n,
      trimmed(this.kinds, n),
      trimmed(this.starts, n + 1),
      trimmed(this.flagBits, n),
      trimmed(this.statementTokens, statements),
      trimmed(this.statementKinds, statements),
      this.comments.length === 0 ? NO_INDICES : Int32Array.from(this.comments),
      this.firstUnterminated,
      trimmed(this.brackets, brackets * BRACKET_STRIDE),
    );
  }

  private grow(): void {
    const capacity = this.kinds.length * 2;
    this.kinds = grown(this.kinds, capacity);
    this.starts = grown(this.starts, capacity + 1);
    this.flagBits = grown(this.flagBits, capacity);
  }

  private growStatements(): void {
    const capacity = this.statementTokens.length * 2;
    this.statementTokens = grown(this.statementTokens, capacity);
    this.statementKinds = grown(this.statementKinds, capacity);
  }
}

/** For a script with no comments: no list of its own. */
const NO_INDICES = new Int32Array(0);

/**
 * `array` cut to its first `length` elements: a view when that wastes little, else a copy, so
 * that a list far below its capacity does not hold the memory for its life, and a small script
 * pays for no copies.
 */
function trimmed<T extends Int32Array | Uint8Array>(array: T, length: number): T {
  const view = length * 2 > array.length || array.length - length <= 4096;
  return (view ? array.subarray(0, length) : array.slice(0, length)) as T;
}

/** A copy of `array` with room for `capacity` elements. */
function grown<T extends Int32Array | Uint8Array>(array: T, capacity: number): T {
  const copy = (array instanceof Int32Array ? new Int32Array(capacity) : new Uint8Array(capacity)) as T;
  copy.set(array);
  return copy;
}
