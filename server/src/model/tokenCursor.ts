import { TokenKind, type Token } from '../tokenizer/token';
import type { Expr } from './types';

/** Deeper bracket nesting than any real script has; beyond it groups are skipped, not parsed. */
const MAX_NESTING = 200;

/** The parser's position in the significant tokens (newlines kept: they end statements). */
export class TokenCursor {
  protected readonly toks: Token[];
  /** Brackets open around the current position, to bound the recursion (see `nested`). */
  protected nesting = 0;
  protected pos = 0;

  constructor(protected readonly text: string, tokens: readonly Token[]) {
    this.toks = [];
    for (const token of tokens) {
      const kind = token.kind;
      if (kind === TokenKind.NewLine || kind > TokenKind.BlockComment) this.toks.push(token);
    }
  }


  protected peek(offset = 0): Token | undefined {
    return this.toks[this.pos + offset];
  }

  protected kindAt(offset = 0): TokenKind | undefined {
    return this.toks[this.pos + offset]?.kind;
  }

  protected textOf(token: Token): string {
    return this.text.slice(token.start, token.end);
  }

  protected lowerText(token: Token): string {
    return this.textOf(token).toLowerCase();
  }

  protected isKeyword(token: Token | undefined, word: string): boolean {
    return token !== undefined && token.kind === TokenKind.Keyword && this.lowerText(token) === word;
  }

  protected lastEnd(): number {
    const previous = this.toks[this.pos - 1];
    return previous ? previous.end : 0;
  }

  protected skipNewLines(): void {
    while (this.kindAt() === TokenKind.NewLine) this.pos++;
  }

  protected atStatementEnd(): boolean {
    const kind = this.kindAt();
    if (kind === undefined) return true;
    if (kind === TokenKind.NewLine || kind === TokenKind.Semicolon || kind === TokenKind.RCurly || kind === TokenKind.RParen) return true;
    if (kind === TokenKind.Operator) {
      const op = this.textOf(this.peek()!);
      return op === '&&' || op === '||';
    }
    return false;
  }

  /**
   * Parses a bracketed group, recursively, up to MAX_NESTING deep; deeper groups (never seen in a
   * real script, but 10,000 nested `$(` would overflow the stack) are skipped and `skipped` answers.
   */
  protected nestedOr<T>(parse: () => T, skipped: () => T): T {
    if (this.nesting >= MAX_NESTING) {
      this.skipBalanced();
      return skipped();
    }
    this.nesting++;
    try {
      return parse();
    } finally {
      this.nesting--;
    }
  }

  /** A nested group's value; an unknown value when it is too deep to parse. */
  protected nested(start: number, parse: () => Expr): Expr {
    return this.nestedOr(parse, () => ({ kind: 'unknown', start, end: this.lastEnd() }));
  }

  /** Skips a balanced group starting at an opener, for constructs the rules never look inside. */
  protected skipBalanced(): void {
    let depth = 0;
    while (this.pos < this.toks.length) {
      const kind = this.toks[this.pos].kind;
      if (isOpener(kind)) depth++;
      else if (kind === TokenKind.RParen || kind === TokenKind.RCurly || kind === TokenKind.RBracket) depth--;
      this.pos++;
      if (depth <= 0) return;
    }
  }
}

function isOpener(kind: TokenKind): boolean {
  return (
    kind === TokenKind.LParen ||
    kind === TokenKind.LCurly ||
    kind === TokenKind.LBracket ||
    kind === TokenKind.AtParen ||
    kind === TokenKind.AtCurly ||
    kind === TokenKind.DollarParen
  );
}
