import { closerOf, TokenFlags, TokenKind } from '../../tokenizer/token';
import type { TokenList } from '../../tokenizer/tokenList';
import { stringValueOf } from '../../tokenizer/tokenValue';

/**
 * The tokens the parser reads (no trivia), as the tokenizer recorded them, indexed 0..count-1:
 * what the facts that read tokens directly (outsideEffects, functionCalls) walk. Trivia never
 * decides what a word is.
 */
export class StatementTokens {
  readonly count: number;
  private readonly indices: Int32Array;
  private readonly kinds: Uint8Array;

  constructor(
    readonly tokens: TokenList,
    readonly text: string,
  ) {
    this.indices = tokens.statementTokens;
    this.kinds = tokens.statementKinds;
    this.count = this.indices.length;
  }

  /** The n-th token's kind, or undefined past either end. */
  kind(n: number): TokenKind | undefined {
    return n >= 0 && n < this.count ? (this.kinds[n] as TokenKind) : undefined;
  }

  /** The n-th token's index in the full token list. */
  index(n: number): number {
    return this.indices[n];
  }

  start(n: number): number {
    return this.tokens.start(this.indices[n]);
  }

  end(n: number): number {
    return this.tokens.end(this.indices[n]);
  }

  flags(n: number): TokenFlags {
    return this.tokens.flags(this.indices[n]);
  }

  textOf(n: number): string {
    return this.text.slice(this.start(n), this.end(n));
  }

  /** A word or a string without expansions, as PowerShell reads its value; undefined otherwise. */
  literal(n: number): string | undefined {
    const kind = this.kind(n);
    if (kind === TokenKind.Generic || kind === TokenKind.Identifier) return (this.flags(n) & TokenFlags.HasExpansion) !== 0 ? undefined : this.textOf(n);
    if (kind === TokenKind.VerbatimString || kind === TokenKind.ExpandableString) return stringValueOf(this.text, kind, this.start(n), this.end(n), this.flags(n));
    return undefined;
  }

  /** The token closing the bracket opened at n, or the last token when the text ends first. */
  closing(n: number): number {
    let open = 0;
    for (let m = n; m < this.count; m++) {
      const kind = this.kinds[m] as TokenKind;
      if (closerOf(kind) !== undefined) open++;
      else if (isCloser(kind) && --open === 0) return m;
    }
    return this.count - 1;
  }

  /** Where the statement holding the n-th token ends: at a line break or `;` outside brackets, or at the bracket enclosing it. */
  statementEnd(n: number): number {
    let open = 0;
    let m = n;
    for (; m < this.count; m++) {
      const kind = this.kinds[m] as TokenKind;
      if (closerOf(kind) !== undefined) open++;
      else if (isCloser(kind)) {
        if (open === 0) break;
        open--;
      } else if (open === 0 && (kind === TokenKind.NewLine || kind === TokenKind.Semicolon)) break;
    }
    return m > n ? this.end(m - 1) : this.end(n);
  }
}

function isCloser(kind: TokenKind): boolean {
  return kind === TokenKind.RParen || kind === TokenKind.RCurly || kind === TokenKind.RBracket;
}
