import { TokenKind } from '../../../server/src/tokenizer/token';
import { tokenize } from '../../../server/src/tokenizer/tokenizer';

/**
 * Our tokens and PowerShell's, brought to one vocabulary so that they can be compared by kind and
 * extent. PowerShell's parser has finer kinds (one per operator, `If`, `Foreach`, …) and splits a
 * type literal into brackets and names; ours has a few coarse kinds. Both sides map onto these.
 */
export type TokenClass =
  | 'comment'
  | 'verbatimString'
  | 'expandableString'
  | 'verbatimHereString'
  | 'expandableHereString'
  | 'variable'
  | 'splattedVariable'
  | 'parameter'
  /** A command name or a bareword argument: PowerShell flags the former, we tell them apart in the parser. */
  | 'word'
  /** An expression-mode name: a member or method after `.` or `::`, an attribute name. */
  | 'name'
  | 'keyword'
  | 'operator'
  | 'number'
  | 'typeLiteral'
  | 'punctuation'
  | 'stopParsing'
  /** PowerShell only: a type name inside brackets that never close. */
  | 'brokenTypeName'
  | 'endOfParameters'
  | 'other';

export interface ClassedToken {
  cls: TokenClass;
  start: number;
  end: number;
}

/** A PowerShell token as OracleServer.ps1 sends it: [TokenKind name, TokenFlags, start, end]. */
export type PowerShellToken = [string, number, number, number];

export interface PowerShellTokens {
  tokens: PowerShellToken[];
  /** Parse errors: [start, end, error id]. */
  errors: [number, number, string][];
}

// System.Management.Automation.Language.TokenFlags
const PS_KEYWORD = 16;
const PS_OPERATOR_FLAGS = 256 | 512 | 2048 | 4096 | 8192 | 262144;
const PS_COMMAND_NAME = 524288;
const PS_MEMBER_NAME = 1048576;
const PS_TYPE_NAME = 2097152;
const PS_ATTRIBUTE_NAME = 4194304;

const PS_PUNCTUATION = new Set(['LParen', 'RParen', 'LCurly', 'RCurly', 'LBracket', 'RBracket', 'AtParen', 'AtCurly', 'DollarParen', 'Semi']);
const PS_SKIPPED = new Set(['NewLine', 'LineContinuation', 'EndOfInput']);
const PS_OPERATOR_KINDS = new Set(['Redirection', 'RedirectInStd', 'AndAnd', 'OrOr', 'Ampersand', 'Pipe', 'Comma', 'Dot', 'ColonColon', 'Equals', 'DotDot']);

function powerShellClass(kind: string, flags: number): TokenClass {
  // `%` and `?` as command names (`| % { … }`) come as operator kinds flagged CommandName.
  if ((flags & PS_COMMAND_NAME) !== 0) return 'word';
  switch (kind) {
    case 'Comment':
      return 'comment';
    case 'StringLiteral':
      return 'verbatimString';
    case 'StringExpandable':
      return 'expandableString';
    case 'HereStringLiteral':
      return 'verbatimHereString';
    case 'HereStringExpandable':
      return 'expandableHereString';
    case 'Variable':
      return 'variable';
    case 'SplattedVariable':
      return 'splattedVariable';
    case 'Parameter':
      return 'parameter';
    case 'Number':
      return 'number';
    case 'Generic':
      return 'word';
    case 'Identifier':
      return (flags & (PS_MEMBER_NAME | PS_ATTRIBUTE_NAME)) !== 0 ? 'name' : 'word';
  }
  if ((flags & PS_KEYWORD) !== 0) return 'keyword';
  if (PS_PUNCTUATION.has(kind)) return 'punctuation';
  if ((flags & PS_OPERATOR_FLAGS) !== 0 || PS_OPERATOR_KINDS.has(kind)) return 'operator';
  return 'other';
}

/** PowerShell's tokens in our vocabulary: `[` + type names + `]` become one type literal, `--%` and its line one token. */
export function classifyPowerShellTokens(text: string, tokens: readonly PowerShellToken[]): ClassedToken[] {
  const out: ClassedToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [kind, flags, start, end] = tokens[i];
    if (PS_SKIPPED.has(kind)) continue;
    const next = tokens[i + 1];
    if (kind === 'LBracket' && next && next[0] === 'Identifier' && (next[1] & PS_TYPE_NAME) !== 0 && (next[1] & PS_ATTRIBUTE_NAME) === 0) {
      let depth = 0;
      let j = i;
      for (; j < tokens.length; j++) {
        if (tokens[j][0] === 'LBracket') depth++;
        else if (tokens[j][0] === 'RBracket' && --depth === 0) break;
      }
      if (j < tokens.length) {
        out.push({ cls: 'typeLiteral', start, end: tokens[j][3] });
        i = j;
        continue;
      }
    }
    const written = text.slice(start, end);
    if (kind === 'Generic' && written === '--%') {
      let j = i;
      while (j + 1 < tokens.length && !PS_SKIPPED.has(tokens[j + 1][0])) j++;
      out.push({ cls: 'stopParsing', start, end: tokens[j][3] });
      i = j;
      continue;
    }
    if ((kind === 'Generic' || kind === 'Parameter') && written === '--' && (flags & PS_COMMAND_NAME) === 0) {
      out.push({ cls: 'endOfParameters', start, end });
      continue;
    }
    const unmerged = kind === 'Identifier' && (flags & PS_TYPE_NAME) !== 0 && (flags & PS_ATTRIBUTE_NAME) === 0;
    out.push({ cls: unmerged ? 'brokenTypeName' : powerShellClass(kind, flags), start, end });
  }
  return out;
}

function ourClass(kind: TokenKind): TokenClass | undefined {
  switch (kind) {
    case TokenKind.Whitespace:
    case TokenKind.NewLine:
    case TokenKind.LineContinuation:
      return undefined;
    case TokenKind.LineComment:
    case TokenKind.BlockComment:
      return 'comment';
    case TokenKind.VerbatimString:
      return 'verbatimString';
    case TokenKind.ExpandableString:
      return 'expandableString';
    case TokenKind.VerbatimHereString:
      return 'verbatimHereString';
    case TokenKind.ExpandableHereString:
      return 'expandableHereString';
    case TokenKind.Variable:
      return 'variable';
    case TokenKind.SplattedVariable:
      return 'splattedVariable';
    case TokenKind.Parameter:
      return 'parameter';
    case TokenKind.Number:
      return 'number';
    case TokenKind.Generic:
      return 'word';
    case TokenKind.Identifier:
      return 'name';
    case TokenKind.Keyword:
      return 'keyword';
    case TokenKind.TypeLiteral:
      return 'typeLiteral';
    case TokenKind.LParen:
    case TokenKind.RParen:
    case TokenKind.LCurly:
    case TokenKind.RCurly:
    case TokenKind.LBracket:
    case TokenKind.RBracket:
    case TokenKind.AtParen:
    case TokenKind.AtCurly:
    case TokenKind.DollarParen:
    case TokenKind.Semicolon:
      return 'punctuation';
    case TokenKind.Comma:
    case TokenKind.Dot:
    case TokenKind.ColonColon:
    case TokenKind.Pipe:
    case TokenKind.Ampersand:
    case TokenKind.Assign:
    case TokenKind.Operator:
      return 'operator';
    case TokenKind.StopParsing:
      return 'stopParsing';
    case TokenKind.EndOfParameters:
      return 'endOfParameters';
    default:
      return 'other';
  }
}

export function classifyOurTokens(text: string): ClassedToken[] {
  const out: ClassedToken[] = [];
  for (const token of tokenize(text).tokens) {
    const cls = ourClass(token.kind);
    if (cls !== undefined) out.push({ cls, start: token.start, end: token.end });
  }
  return out;
}

/**
 * The differences we keep on purpose, each recognised by its shape. See the table in
 * docs/reliability.md.
 */
export type DeliberateDifference =
  /** `$a-b`, `$$name`, `$null<`, `@splat$x`: PowerShell's tokenizer gives one word; we give the variable and the glued rest, which the parser reads as one argument. */
  | 'glued-variable'
  /** `--` in a command: PowerShell's tokenizer gives an operator and leaves `-Enable` after it a parameter, which its parser then reads as an argument; we mark both as the parser reads them. */
  | 'end-of-parameters'
  /** U+FEFF, U+200B, U+2060 pasted inside a line: PowerShell reads them as word characters; we skip them like spaces. */
  | 'invisible-character'
  /** A lone backtick or other unfinished token at the very end of the text: PowerShell reports an error and drops it; we keep it as a token. */
  | 'unfinished-end'
  /** `param(…)` after the first statement of a block: PowerShell reads a command named `param` (which fails); we read the keyword. */
  | 'misplaced-param'
  /** A name holding a non-ASCII character that is not a letter or digit (a soft hyphen, an astral character): PowerShell ends the name there; we take any non-ASCII character as part of a name. */
  | 'non-letter-in-name'
  /** A type literal whose brackets do not close (`[A.B[C.D[string]]`): PowerShell reports it and splits the names at dots no longer; we read names and dots. */
  | 'unclosed-type-literal'
  /**
   * Any other difference in a text PowerShell rejects (it reports a parse error further on): its
   * parser reads the tokens before the error in the light of what it expected there (`else` with
   * no `if` before it, `=` with nothing to assign to); we read them as they stand.
   */
  | 'in-rejected-text';

export interface DifferenceRegion {
  start: number;
  end: number;
  ours: ClassedToken[];
  theirs: ClassedToken[];
  /** Set when the difference is one we keep on purpose. */
  deliberate?: DeliberateDifference;
}

export interface TokenComparison {
  /** Tokens compared (PowerShell's, within the compared part of the text). */
  compared: number;
  /** Stretches of text where the two token lists disagree, in order. */
  regions: DifferenceRegion[];
  /** Where comparison stopped: PowerShell's first parse error, or the end of the text. */
  comparedUpTo: number;
}

const INVISIBLE = /[\uFEFF\u200B\u2060]/;

function deliberateKind(text: string, region: DifferenceRegion, previous: DifferenceRegion | undefined, parseErrors: number): DeliberateDifference | undefined {
  if (INVISIBLE.test(text.slice(region.start, region.end))) return 'invisible-character';
  // PowerShell read the statement from the invisible character on in command mode: the rest of its line differs too.
  if (previous?.deliberate === 'invisible-character' && !/[\r\n;]/.test(text.slice(previous.end, region.start))) return 'invisible-character';
  if (parseErrors > 0 && region.end === text.length && region.theirs.length === 0) return 'unfinished-end';
  if (region.theirs.some((token) => token.cls === 'brokenTypeName')) return 'unclosed-type-literal';
  const writtenOurs = region.ours.map((token) => text.slice(token.start, token.end).toLowerCase());
  if (region.ours.length === 1 && region.theirs.length === 1 && region.ours[0].cls === 'keyword' && writtenOurs[0] === 'param') return 'misplaced-param';
  const inside = text.slice(region.start, region.end);
  // PowerShell judges UTF-16 code units: a surrogate is never a letter to it.
  if (previous?.deliberate === 'non-letter-in-name' && !/[\r\n;]/.test(text.slice(previous.end, region.start))) return 'non-letter-in-name';
  if (region.theirs.length === 1 && (/[\ud800-\udfff]/.test(inside) || /[^\p{L}\p{Nd}\x00-\x7f]/u.test(inside)) && region.ours.every((token) => token.cls === 'variable' || token.cls === 'name' || token.cls === 'word' || token.cls === 'parameter')) return 'non-letter-in-name';
  const { ours, theirs } = region;
  if (theirs.length === 1 && theirs[0].cls === 'word' && ours.length >= 2 && (ours[0].cls === 'variable' || ours[0].cls === 'splattedVariable') && ours[0].start === theirs[0].start && ours[ours.length - 1].end === theirs[0].end) {
    const contiguous = ours.every((token, k) => k === 0 || token.start === ours[k - 1].end);
    if (contiguous) return 'glued-variable';
  }
  if (ours.length === 1 && theirs.length === 1 && ours[0].start === theirs[0].start && ours[0].end === theirs[0].end) {
    if (ours[0].cls === 'endOfParameters' && theirs[0].cls === 'operator' && text.slice(theirs[0].start, theirs[0].end) === '--') return 'end-of-parameters';
    const sameLine = previous !== undefined && !/[\r\n;|]/.test(text.slice(previous.end, region.start));
    if (ours[0].cls === 'word' && theirs[0].cls === 'parameter' && previous?.deliberate === 'end-of-parameters' && sameLine) return 'end-of-parameters';
  }
  return undefined;
}

/**
 * Walks both token lists in order and gathers the tokens without a twin (same class, same
 * extent) on the other side into regions of overlapping tokens. Only the text before
 * PowerShell's first parse error is compared: past an error PowerShell's parser changes how it
 * tokenizes, and we are lenient on purpose.
 */
export function compareTokens(text: string, theirs: PowerShellTokens): TokenComparison {
  const allOurs = classifyOurTokens(text);
  const allTheirs = classifyPowerShellTokens(text, theirs.tokens);
  let comparedUpTo = theirs.errors.reduce((first, [start]) => Math.min(first, start), text.length);
  // Stop before any token, ours or theirs, that the first error falls inside.
  for (const token of [...allOurs, ...allTheirs]) {
    if (token.start < comparedUpTo && token.end > comparedUpTo) comparedUpTo = token.start;
  }
  for (const token of [...allOurs, ...allTheirs]) {
    if (token.start < comparedUpTo && token.end > comparedUpTo) comparedUpTo = token.start;
  }
  const inside = (token: ClassedToken) => token.end <= comparedUpTo;
  const ourTokens = allOurs.filter(inside);
  const theirTokens = allTheirs.filter(inside);
  const unmatched: { token: ClassedToken; side: 'ours' | 'theirs' }[] = [];
  let i = 0;
  let j = 0;
  while (i < ourTokens.length || j < theirTokens.length) {
    const ours = ourTokens[i];
    const their = theirTokens[j];
    if (ours && their && ours.start === their.start && ours.end === their.end && ours.cls === their.cls) {
      i++;
      j++;
    } else if (their === undefined || (ours !== undefined && ours.start <= their.start)) {
      unmatched.push({ token: ours, side: 'ours' });
      i++;
    } else {
      unmatched.push({ token: their, side: 'theirs' });
      j++;
    }
  }
  const regions: DifferenceRegion[] = [];
  for (const { token, side } of unmatched) {
    let region = regions[regions.length - 1];
    if (!region || token.start >= region.end) {
      region = { start: token.start, end: token.end, ours: [], theirs: [] };
      regions.push(region);
    }
    region[side].push(token);
    region.end = Math.max(region.end, token.end);
  }
  for (let k = 0; k < regions.length; k++) {
    regions[k].deliberate = deliberateKind(text, regions[k], regions[k - 1], theirs.errors.length) ?? (theirs.errors.length > 0 ? 'in-rejected-text' : undefined);
  }
  return { compared: theirTokens.length, regions, comparedUpTo };
}

export function describeRegion(text: string, region: DifferenceRegion): string {
  const show = (tokens: ClassedToken[]) => (tokens.length === 0 ? 'nothing' : tokens.map((t) => `${t.cls} ${JSON.stringify(text.slice(t.start, t.end).slice(0, 60))}`).join(', '));
  const line = text.slice(0, region.start).split(/\r\n|\r|\n/).length;
  return `line ${line} (${region.start}-${region.end}): ours ${show(region.ours)}; PowerShell ${show(region.theirs)}`;
}
