import { TokenFlags, TokenKind } from '../tokenizer/token';
import type { TokenList } from '../tokenizer/tokenList';
import type { Fix } from '../rules/rule';

/** Inclusive offset ranges where inserted lines would not be read as statements. */
export type Span = { start: number; end: number };

export interface SwallowIndex {
  /** All tokens: a position strictly inside any token (a string, a comment, a braced variable over lines) is found by binary search. */
  tokens: TokenList;
  /** The rarer spans: parentheses, unterminated tokens, brackets left open, a trailing continuation. */
  spans: Span[];
}

/**
 * Where lines a fix inserts would be swallowed: inside any token that spans lines (a string, a
 * here-string, a block comment, a braced variable; an unterminated one reaches to the end of the
 * text), inside `( … )`, where PowerShell reads further lines as more of the expression, and
 * after a bracket never closed.
 * A truncated or half-typed script has these open at its end; a fix inserting there would not
 * do what it says and be offered again forever.
 */
export function swallowingSpans(tokens: TokenList, textLength: number): SwallowIndex {
  const spans: Span[] = [];
  // Every opener a `)` closes, so that `$(` and `@(` pair up with their own `)`.
  const stack: { kind: TokenKind; end: number }[] = [];
  let parens = 0;
  const curlies: number[] = [];
  const indexes: number[] = [];
  // Brackets and unterminated tokens are all among the tokens the parser reads, but for a block
  // comment left open, which then is the very last token.
  const lastToken = tokens.length - 1;
  if (lastToken >= 0 && tokens.kind(lastToken) === TokenKind.BlockComment && (tokens.flags(lastToken) & TokenFlags.Unterminated) !== 0) {
    spans.push({ start: tokens.start(lastToken) + 1, end: textLength });
  }
  const statementTokens = tokens.statementTokens;
  for (let n = 0; n < statementTokens.length; n++) {
    const i = statementTokens[n];
    const kind = tokens.kind(i);
    if ((tokens.flags(i) & TokenFlags.Unterminated) !== 0) {
      spans.push({ start: tokens.start(i) + 1, end: textLength });
    } else if (kind === TokenKind.LCurly || kind === TokenKind.AtCurly) {
      curlies.push(tokens.end(i));
    } else if (kind === TokenKind.RCurly) {
      curlies.pop();
    } else if (kind === TokenKind.LBracket) {
      indexes.push(tokens.end(i));
    } else if (kind === TokenKind.RBracket) {
      indexes.pop();
    } else if (kind === TokenKind.LParen || kind === TokenKind.DollarParen || kind === TokenKind.AtParen) {
      stack.push({ kind, end: tokens.end(i) });
      if (kind === TokenKind.LParen) parens++;
    } else if (kind === TokenKind.RParen && stack.length > 0) {
      const open = stack.pop()!;
      if (open.kind === TokenKind.LParen && --parens === 0) spans.push({ start: open.end, end: tokens.start(i) });
    }
  }
  // Any bracket still open at the end (a truncated or half-typed script) takes in whatever
  // follows it; fixes that add lines there wait until the script is whole again.
  const firstOpen = Math.min(curlies[0] ?? textLength + 1, indexes[0] ?? textLength + 1, stack[0]?.end ?? textLength + 1);
  if (firstOpen <= textLength) spans.push({ start: firstOpen, end: textLength });
  const last = lastSignificant(tokens);
  if (last !== -1 && CONTINUES_ON_NEXT_LINE.has(tokens.kind(last))) spans.push({ start: tokens.end(last), end: textLength });
  return { tokens, spans: merge(spans) };
}

/** A statement ending in one of these (`… String,` in a truncated script) goes on with the next line. */
const CONTINUES_ON_NEXT_LINE: ReadonlySet<TokenKind> = new Set([TokenKind.Comma, TokenKind.Pipe, TokenKind.Operator, TokenKind.Assign, TokenKind.LineContinuation]);

function lastSignificant(tokens: TokenList): number {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const kind = tokens.kind(i);
    if (kind !== TokenKind.Whitespace && kind !== TokenKind.NewLine && kind !== TokenKind.LineComment && kind !== TokenKind.BlockComment) return i;
  }
  return -1;
}

function merge(spans: Span[]): Span[] {
  const sorted = spans.filter((s) => s.start <= s.end).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

function isInside(spans: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < spans[mid].start) hi = mid - 1;
    else if (offset > spans[mid].end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** A line inserted strictly inside a token becomes part of it: a string's text, a `${…}` name, a CRLF pair. */
function insideToken(tokens: TokenList, offset: number): boolean {
  const index = tokens.indexAt(offset);
  return index !== -1 && offset > tokens.start(index) && offset < tokens.end(index);
}

function insertsLineBreak(text: string): boolean {
  return text.indexOf('\n') !== -1 || text.indexOf('\r') !== -1;
}

/** Whether a fix inserts lines where they would be swallowed (see swallowingSpans). */
export function insertsSwallowedLines(fix: Fix, index: SwallowIndex): boolean {
  return fix.edits.some((edit) => insertsLineBreak(edit.text) && (insideToken(index.tokens, edit.start) || isInside(index.spans, edit.start)));
}
