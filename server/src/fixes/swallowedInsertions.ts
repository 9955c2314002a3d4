import { CharCode } from '../tokenizer/charCode';
import { closerOf, TokenFlags, TokenKind } from '../tokenizer/token';
import { BRACKET_STRIDE, type TokenList } from '../tokenizer/tokenList';
import type { Fix } from '../shared/types';

export interface SwallowIndex {
  /** All tokens: a position strictly inside any token (a string, a comment, a braced variable over lines) is found by binary search. */
  tokens: TokenList;
  /** The outermost `( … )` and `@{ … }` groups, as inclusive [start, end] offset pairs in order: start, end, start, end, … */
  groups: ArrayLike<number>;
  /**
   * From here to the end of the text everything is swallowed (an unterminated token, a bracket
   * left open, a trailing continuation); past the text length when nothing is.
   */
  swallowedFrom: number;
}

/**
 * Where lines a fix inserts would be swallowed: inside any token that spans lines (a string, a
 * here-string, a block comment, a braced variable; an unterminated one reaches to the end of the
 * text), inside `( … )`, where PowerShell reads further lines as more of the expression, inside a
 * hashtable's `@{ … }`, where a line is read as a `key = value` entry, and after a bracket never
 * closed.
 * A truncated or half-typed script has these open at its end; a fix inserting there would not
 * do what it says and be offered again forever.
 */
export function swallowingSpans(tokens: TokenList, text: string, parserUnclosedFrom = Infinity): SwallowIndex {
  const textLength = text.length;
  const open: OpenBrackets = { parens: [], curlies: [], indexes: [], mismatched: false, groups: [] };
  let swallowedFrom = Math.min(textLength + 1, scanBrackets(tokens, open));
  const groups = open.groups;
  // Brackets and unterminated tokens are all among the tokens the parser reads, but for a block
  // comment left open, which then is the very last token.
  const lastToken = tokens.length - 1;
  if (lastToken >= 0 && tokens.kind(lastToken) === TokenKind.BlockComment && (tokens.flags(lastToken) & TokenFlags.Unterminated) !== 0) {
    swallowedFrom = Math.min(swallowedFrom, tokens.start(lastToken) + 1);
  }
  // Any bracket still open at the end (a truncated or half-typed script) takes in whatever
  // follows it; fixes that add lines there wait until the script is whole again. The parser may
  // pair brackets differently in a broken script (`param([)x]`), and what it reads as still open
  // counts too: a line added there would not be a statement to it either.
  for (const stack of [open.curlies, open.indexes, open.parens]) {
    if (stack.length > 0) swallowedFrom = Math.min(swallowedFrom, stack[0]);
  }
  swallowedFrom = Math.min(swallowedFrom, parserUnclosedFrom);
  // Brackets that do not nest (a closer meeting an opener of another kind) leave no telling where
  // the parser's statements begin and end, which is what every added line relies on: such fixes
  // wait until the brackets match again. Fixes within a line are still offered.
  if (open.mismatched) swallowedFrom = 0;
  const last = lastSignificant(tokens);
  if (last !== -1 && CONTINUES_ON_NEXT_LINE.has(tokens.kind(last))) swallowedFrom = Math.min(swallowedFrom, tokens.end(last));
  // A backtick that ends the text escapes whatever comes next: an added line break would turn
  // into a line continuation. (Not in a comment, where a backtick is only text.)
  if (last !== -1 && tokens.end(last) === textLength && text.charCodeAt(textLength - 1) === CharCode.Backtick) swallowedFrom = Math.min(swallowedFrom, textLength);
  return { tokens, groups, swallowedFrom };
}

/** Ends of the openers not closed yet, innermost last. */
interface OpenBrackets {
  /** `(`, `$(` and `@(`: a `)` closes whichever is innermost. */
  parens: number[];
  curlies: number[];
  indexes: number[];
  /** Whether some closer met an open bracket of another kind (a closer with nothing open is only skipped). */
  mismatched: boolean;
  /** The outermost `( … )` and `@{ … }` groups, as in SwallowIndex. */
  groups: ArrayLike<number>;
}

/**
 * One pass over the bracket tokens: sets `open.groups` to the outermost `( … )` and
 * `@{ … }` groups (they close in order and never overlap, so they come out sorted) and leaves in `open` what is
 * still open at the end. Returns where the first unterminated token swallows the rest of the
 * text, or Infinity when none is. The pass is a function of its own because V8 compiles such a long loop while
 * it runs, and code after the loop that had not run yet made the compiled loop bail out.
 */
function scanBrackets(tokens: TokenList, open: OpenBrackets): number {
  // The stacks are arrays written at a depth kept by hand: popping from JS arrays let them shrink
  // and grow again over and over, which allocated more than the rest of the scan.
  const { parens, curlies, indexes } = open;
  let parenDepth = 0;
  let curlyDepth = 0;
  let indexDepth = 0;
  let expectedDepth = 0;
  // Which kind each open paren is, so that `$(` and `@(` pair up with their own `)`; whether each
  // open curly is a hashtable's `@{`; and the closer each open bracket expects, to see whether
  // they nest at all.
  const parenIsPlain: boolean[] = [];
  const curlyIsHashtable: boolean[] = [];
  const expected: TokenKind[] = [];
  // The outermost `( … )` and the outermost `@{ … }` groups, each in order. Kept apart because a
  // broken script can close them out of order (`@{ ( }`), so one kind's groups may overlap the other's.
  // Typed arrays sized for the most there can be (a group takes two brackets and two entries), both
  // in one allocation: on a large script, growing plain arrays made most of what the scan allocated.
  const count = tokens.brackets.length / BRACKET_STRIDE;
  const groupSpace = new Int32Array(2 * count);
  const parenGroups = groupSpace.subarray(0, count);
  const hashtableGroups = groupSpace.subarray(count);
  let parenGroupsEnd = 0;
  let hashtableGroupsEnd = 0;
  let plainParens = 0;
  let hashtables = 0;
  // Every unterminated token but a block comment (which ends the text) is one the parser reads.
  const unterminated = tokens.firstUnterminated;
  const firstUnterminated = unterminated >= 0 && tokens.kind(unterminated) !== TokenKind.BlockComment ? tokens.start(unterminated) + 1 : Infinity;
  // The brackets' own kinds and edges: reading the token arrays at each bracket missed the
  // processor's caches on a large script and made the pass cost half as much again per byte.
  const brackets = tokens.brackets;
  for (let at = 0; at < brackets.length; at += BRACKET_STRIDE) {
    const kind = brackets[at + 1];
    const edge = brackets[at + 2];
    // Whether the brackets nest: each opener expects its closer (the list holds brackets only, so
    // what is not an opener closes one).
    const closes = closerOf(kind);
    if (closes !== undefined) expected[expectedDepth++] = closes;
    else if (expectedDepth > 0 && expected[--expectedDepth] !== kind) open.mismatched = true;
    // The stacks of open brackets, and the outermost groups as they close.
    switch (kind) {
      case TokenKind.LCurly:
      case TokenKind.AtCurly: {
        const isHashtable = kind === TokenKind.AtCurly;
        curlies[curlyDepth] = edge;
        curlyIsHashtable[curlyDepth++] = isHashtable;
        if (isHashtable) hashtables++;
        break;
      }
      case TokenKind.RCurly:
        if (curlyDepth > 0 && curlyIsHashtable[--curlyDepth] && --hashtables === 0) {
          hashtableGroups[hashtableGroupsEnd++] = curlies[curlyDepth];
          hashtableGroups[hashtableGroupsEnd++] = edge;
        }
        break;
      case TokenKind.LBracket:
        indexes[indexDepth++] = edge;
        break;
      case TokenKind.RBracket:
        if (indexDepth > 0) indexDepth--;
        break;
      case TokenKind.DollarParen:
        // The one bracket that can be unterminated (a `$(` never closed): it swallows the rest,
        // and does not open a group.
        if ((tokens.flags(brackets[at]) & TokenFlags.Unterminated) !== 0) break;
        parens[parenDepth] = edge;
        parenIsPlain[parenDepth++] = false;
        break;
      case TokenKind.LParen:
      case TokenKind.AtParen: {
        const isPlain = kind === TokenKind.LParen;
        parens[parenDepth] = edge;
        parenIsPlain[parenDepth++] = isPlain;
        if (isPlain) plainParens++;
        break;
      }
      case TokenKind.RParen:
        if (parenDepth > 0 && parenIsPlain[--parenDepth] && --plainParens === 0) {
          parenGroups[parenGroupsEnd++] = parens[parenDepth];
          parenGroups[parenGroupsEnd++] = edge;
        }
        break;
    }
  }
  parens.length = parenDepth;
  curlies.length = curlyDepth;
  indexes.length = indexDepth;
  // Most scripts have groups of one kind only (or none), which need no merging and no copy.
  if (hashtableGroupsEnd === 0) open.groups = parenGroups.subarray(0, parenGroupsEnd);
  else if (parenGroupsEnd === 0) open.groups = hashtableGroups.subarray(0, hashtableGroupsEnd);
  else open.groups = mergeGroups(parenGroups.subarray(0, parenGroupsEnd), hashtableGroups.subarray(0, hashtableGroupsEnd));
  return firstUnterminated;
}

/** Merges two ordered lists of [start, end] pairs into one, ordered, joining pairs that overlap. */
function mergeGroups(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let count = 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && a[i] <= b[j]);
    const start = fromA ? a[i] : b[j];
    const end = fromA ? a[i + 1] : b[j + 1];
    if (fromA) i += 2;
    else j += 2;
    if (count > 0 && start <= out[count - 1]) out[count - 1] = Math.max(out[count - 1], end);
    else {
      out[count++] = start;
      out[count++] = end;
    }
  }
  return out.subarray(0, count);
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

/** Whether `offset` lies in one of the inclusive [start, end] pairs, which are sorted and disjoint. */
function inGroup(groups: ArrayLike<number>, offset: number): boolean {
  let lo = 0;
  let hi = groups.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < groups[2 * mid]) hi = mid - 1;
    else if (offset > groups[2 * mid + 1]) lo = mid + 1;
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
  return fix.edits.some((edit) => insertsLineBreak(edit.text) && (insideToken(index.tokens, edit.start) || edit.start >= index.swallowedFrom || inGroup(index.groups, edit.start)));
}
