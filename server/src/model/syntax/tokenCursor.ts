import { closerOf, TokenKind, type Token, type TokenFlags } from '../../tokenizer/token';
import type { TokenList } from '../../tokenizer/tokenList';
import { isPlainVariable, variableName } from '../../tokenizer/tokenValue';
import { keywordIn } from '../../tokenizer/words';
import type { NameTable } from '../../shared/nameTable';
import type { ParserState } from './parserState';

/** Deeper bracket nesting than any real script has; beyond it groups are skipped, not parsed. */
const MAX_NESTING = 200;

/**
 * Reads the significant tokens (newlines kept: they end statements) at the position its
 * ParserState holds; the readers that share one state (Parser, ExpressionParser) share the
 * position with it.
 */
export class TokenCursor {
  /** Indices into `tokens` of the significant tokens, in order. */
  private readonly significant: Int32Array;
  /** The kinds of the significant tokens, in order: the parser asks for kinds more than anything else. */
  private readonly kinds: Uint8Array;
  /** How many significant tokens there are; positions run from 0 to `count`. */
  protected readonly count: number;
  /**
   * @param names The names read from the text, one string each (see NameTable): a parser that
   * reads parts of the same text again shares its table.
   * @param state Where the cursor is, and everything else the parse changes (see ParserState).
   */
  constructor(
    protected readonly text: string,
    protected readonly tokens: TokenList,
    protected readonly names: NameTable,
    protected readonly state: ParserState,
  ) {
    this.significant = tokens.statementTokens;
    this.count = tokens.statementTokens.length;
    this.kinds = tokens.statementKinds;
  }

  /** The significant token at position `at`, as an object; undefined outside the stream. */
  protected tokenAt(at: number): Token | undefined {
    return at >= 0 && at < this.count ? this.tokens.at(this.significant[at]) : undefined;
  }

  protected peek(offset = 0): Token | undefined {
    return this.tokenAt(this.state.pos + offset);
  }

  /** Kind of the significant token at position `at`; undefined outside the stream. */
  protected kindOf(at: number): TokenKind | undefined {
    // A typed array read outside its bounds gives undefined, which is what is wanted there.
    return this.kinds[at] as TokenKind | undefined;
  }

  protected startOf(at: number): number {
    return this.tokens.start(this.significant[at]);
  }

  protected endOf(at: number): number {
    return this.tokens.end(this.significant[at]);
  }

  protected flagsOf(at: number): TokenFlags {
    return this.tokens.flags(this.significant[at]);
  }

  protected kindAt(offset = 0): TokenKind | undefined {
    return this.kindOf(this.state.pos + offset);
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

  /** Where the current token starts; at the end of the stream, where the last one ended. */
  protected startHere(): number {
    return this.state.pos < this.count ? this.startOf(this.state.pos) : this.lastEnd();
  }

  /** The keyword token at position `at`, lower-cased, without making a string for it. */
  protected keywordAt(at: number): string {
    return keywordIn(this.text, this.startOf(at), this.endOf(at)) ?? this.lowerTextOf(at);
  }

  /** The lower-cased text of the significant token at position `at`. */
  protected lowerTextOf(at: number): string {
    return this.names.lower(this.text, this.startOf(at), this.endOf(at));
  }

  /** The lower-cased name, without scope or braces, of the variable token at position `at`. */
  protected variableNameAt(at: number): string {
    const start = this.startOf(at);
    const end = this.endOf(at);
    if (isPlainVariable(this.text, start, end)) return this.names.lower(this.text, start + 1, end);
    return variableName(this.text, this.tokenAt(at)!).name.toLowerCase();
  }

  protected lastEnd(): number {
    return this.state.pos > 0 && this.state.pos <= this.count ? this.endOf(this.state.pos - 1) : 0;
  }

  protected skipNewLines(): void {
    while (this.kindAt() === TokenKind.NewLine) this.state.pos++;
  }

  protected atStatementEnd(): boolean {
    const kind = this.kindAt();
    if (kind === undefined) return true;
    if (kind === TokenKind.NewLine || kind === TokenKind.Semicolon || kind === TokenKind.RCurly || kind === TokenKind.RParen) return true;
    if (kind === TokenKind.Operator) return this.isChainOperator(this.state.pos);
    return false;
  }

  /** `&&` or `||` at position `at`. */
  protected isChainOperator(at: number): boolean {
    if (this.kindOf(at) !== TokenKind.Operator) return false;
    const start = this.startOf(at);
    if (this.endOf(at) - start !== 2) return false;
    const first = this.text.charCodeAt(start);
    return (first === 0x26 || first === 0x7c) && this.text.charCodeAt(start + 1) === first;
  }

  /**
   * Enters a bracketed group, to be parsed recursively, up to MAX_NESTING deep; a deeper group
   * (never seen in a real script, but 10,000 nested `$(` would overflow the stack) is skipped
   * instead and this answers false. After true, the caller parses the group and calls leaveGroup.
   * A pair of calls rather than a callback: groups are common, and closures cost allocations.
   */
  protected enterGroup(): boolean {
    if (this.state.nesting >= MAX_NESTING) {
      this.skipBalanced();
      return false;
    }
    this.state.nesting++;
    return true;
  }

  protected leaveGroup(): void {
    this.state.nesting--;
  }

  /** Steps over `closer`; at the end of the text instead, notes that the group opened at `openerAt` was never closed. */
  protected closeGroup(closer: TokenKind, openerAt: number): void {
    if (this.kindAt() === closer) this.state.pos++;
    else if (this.state.pos >= this.count && openerAt >= 0 && openerAt < this.count) this.state.unclosedFrom = Math.min(this.state.unclosedFrom, this.endOf(openerAt));
  }

  /** Skips a balanced group starting at an opener, for constructs the rules never look inside. */
  protected skipBalanced(): void {
    const openerAt = this.state.pos;
    let depth = 0;
    while (this.state.pos < this.count) {
      const kind = this.kindOf(this.state.pos)!;
      if (closerOf(kind) !== undefined) depth++;
      else if (kind === TokenKind.RParen || kind === TokenKind.RCurly || kind === TokenKind.RBracket) depth--;
      this.state.pos++;
      if (depth <= 0) return;
    }
    if (depth > 0 && openerAt < this.count) this.state.unclosedFrom = Math.min(this.state.unclosedFrom, this.endOf(openerAt));
  }
}
