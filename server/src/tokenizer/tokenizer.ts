import { CharCode } from './charCode';
import {
  forcesNewToken,
  isDash,
  isDigit,
  isDoubleQuote,
  isIdentifierChar,
  isIdentifierStart,
  isLineBreak,
  isPlainWordChar,
  isSingleQuote,
  isTypeNameChar,
  isTypographicDash,
  isWhitespace,
} from './charTraits';
import { scanNumber } from './scanNumber';
import {
  ExpandableStart,
  scanBracedVariable,
  scanExpandable,
  scanHereString,
  scanned,
  Scanned,
  scanVerbatimString,
  skipBlockComment,
  skipToLineBreak,
  startsVariableInString,
} from './scanStrings';
import { LexError, TokenFlags, TokenKind } from './token';
import { TokenListBuilder, type TokenList } from './tokenList';
import { TokenStart, tokenStartOf } from './tokenStart';
import { AfterKeyword, expressionKeywords, isDashOperatorIn, isUnaryDashOperatorIn, keywordIn, keywords, maxKeywordLength } from './words';

/**
 * PowerShell reads the same text differently depending on where it is (`-eq` is an operator in
 * an expression but a parameter name in a command), so the tokenizer carries the mode the
 * parser would be in.
 */
const enum Mode {
  /** Start of a statement: a bareword is a keyword or a command name. */
  Statement,
  /** After the `&` call operator or dot-source `.`: the next token names the command. */
  InvokeTarget,
  /** After a command name: barewords are arguments, `-Name` is a parameter. */
  Arguments,
  /** Inside an expression: `-eq` is an operator, barewords are names. */
  Expression,
}

/** Kinds that a glued `.`, `::` or `[` treat as the object of member access or indexing. */
function isValueKind(kind: TokenKind): boolean {
  switch (kind) {
    case TokenKind.Variable:
    case TokenKind.RParen:
    case TokenKind.RBracket:
    case TokenKind.RCurly:
    case TokenKind.Identifier:
    case TokenKind.VerbatimString:
    case TokenKind.ExpandableString:
    case TokenKind.TypeLiteral:
      return true;
    default:
      return false;
  }
}

/** A value at statement start begins an expression; after `&` it names the command. */
function modeAfterValue(mode: Mode): Mode {
  return mode === Mode.Statement ? Mode.Expression : mode === Mode.InvokeTarget ? Mode.Arguments : mode;
}

/**
 * Keywords are spelled with ASCII letters only; a word with anything else (`Get-ADUser`) is not
 * one, and needs no lower-cased copy to look up.
 */
function allAsciiLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

export interface TokenizeResult {
  tokens: TokenList;
  errors: LexError[];
}

export function tokenize(text: string): TokenizeResult {
  return new Tokenizer(text).run();
}

class Tokenizer {
  private readonly len: number;
  private readonly tokens: TokenListBuilder;
  private readonly errors: LexError[] = [];
  private mode = Mode.Statement;
  private sawDashDash = false;
  private lastKind = TokenKind.Whitespace;
  private lastEnd = -1;
  private lastFlags = TokenFlags.None;
  private afterSpace = false;
  private memberPending = false;
  // Open `(`, `{`, `[`, `$(`, `@(`, `@{`: what to go back to, and what a new line or `;` means
  // inside. Arrays rather than recursion so that deep nesting costs heap, not stack.
  private readonly frameReturn: Mode[] = [];
  private readonly frameStatement: Mode[] = [];
  private readonly frameCloser: number[] = [];
  private readonly frameDashDash: boolean[] = [];
  /** The opener's token index, and its offset when it is a `$(` (else -1), for the one left open. */
  private readonly frameToken: number[] = [];
  private readonly frameSubExpressionStart: number[] = [];

  constructor(private readonly text: string) {
    this.len = text.length;
    // Sized up front from typical densities (a token per five or six characters, one that is not
    // trivia per eight or nine) with some room, so that large inputs seldom grow the arrays.
    this.tokens = new TokenListBuilder((this.len >> 2) + 8, ((this.len / 6) | 0) + 8);
  }

  run(): TokenizeResult {
    this.scan();
    this.closeOpenSubExpressions();
    return { tokens: this.tokens.finish(), errors: this.errors };
  }

  /**
   * The main loop, in a method of its own: V8 compiles a long-running loop while it runs, and
   * code after the loop, not yet run at that point, made the compiled loop bail out at every end.
   */
  private scan(): void {
    const text = this.text;
    const len = this.len;
    let pos = 0;
    while (pos < len) {
      const c = text.charCodeAt(pos);
      // The commonest starts first, ahead of the switch: a word (no case below is a letter, so
      // the switch would reach its default, a word, for it too), a space and a line feed.
      if (((c | 0x20) - 0x61) >>> 0 < 26) {
        pos = this.bareword(pos);
        continue;
      }
      if (c === CharCode.Space) {
        pos = this.whitespace(pos);
        continue;
      }
      switch (tokenStartOf(c)) {
        case TokenStart.Word:
          pos = this.bareword(pos);
          break;
        case TokenStart.Whitespace:
          pos = this.whitespace(pos);
          break;
        case TokenStart.LineBreak:
          pos = this.newLine(pos, c);
          break;
        case TokenStart.Hash: {
          const end = skipToLineBreak(text, pos);
          this.trivia(TokenKind.LineComment, pos, end);
          pos = end;
          break;
        }
        case TokenStart.LessThan:
          pos = text.charCodeAt(pos + 1) === CharCode.Hash ? this.blockComment(pos) : this.operator(pos, pos + 1);
          break;
        case TokenStart.Backtick:
          pos = this.backtick(pos);
          break;
        case TokenStart.Dollar:
          pos = this.dollar(pos);
          break;
        case TokenStart.At:
          pos = this.at(pos);
          break;
        case TokenStart.SingleQuote:
          pos = this.verbatimString(pos);
          break;
        case TokenStart.DoubleQuote:
          pos = this.expandableString(pos);
          break;
        case TokenStart.Dash:
          pos = this.dash(pos, c);
          break;
        case TokenStart.Digit:
          pos = this.digit(pos, c);
          break;
        case TokenStart.Dot:
          pos = this.dot(pos);
          break;
        case TokenStart.Colon:
          pos = this.colon(pos);
          break;
        case TokenStart.OpenParen:
          pos = this.openParen(pos);
          break;
        case TokenStart.CloseParen:
          pos = this.close(pos, TokenKind.RParen);
          break;
        case TokenStart.OpenBrace:
          // After a block comes a new statement or a continuing keyword (`} else {`), except in
          // an argument list, where more arguments may follow.
          this.open(TokenKind.LCurly, pos, pos + 1, this.mode === Mode.Arguments || this.mode === Mode.InvokeTarget ? Mode.Arguments : Mode.Statement, Mode.Statement, CharCode.CloseBrace);
          pos++;
          break;
        case TokenStart.CloseBrace:
          pos = this.close(pos, TokenKind.RCurly);
          break;
        case TokenStart.OpenBracket:
          pos = this.openBracket(pos);
          break;
        case TokenStart.CloseBracket:
          pos = this.closeBracket(pos);
          break;
        case TokenStart.Semicolon:
          this.significant(TokenKind.Semicolon, pos, pos + 1, TokenFlags.None);
          this.newStatement();
          pos++;
          break;
        case TokenStart.Comma:
          this.significant(TokenKind.Comma, pos, pos + 1, TokenFlags.None);
          this.mode = modeAfterValue(this.mode);
          pos++;
          break;
        case TokenStart.Pipe:
          pos = this.pipe(pos);
          break;
        case TokenStart.Ampersand:
          pos = this.ampersand(pos);
          break;
        case TokenStart.Equals:
          pos = this.mode === Mode.Expression ? this.assign(pos, pos + 1) : this.bareword(pos);
          break;
        case TokenStart.Plus:
          pos = this.plus(pos);
          break;
        case TokenStart.Asterisk:
          pos = this.asterisk(pos);
          break;
        case TokenStart.SlashOrPercent:
          pos = this.slashOrPercent(pos);
          break;
        case TokenStart.Exclamation:
          if (this.mode === Mode.Expression || this.mode === Mode.Statement) {
            pos = this.operator(pos, pos + 1);
            this.mode = Mode.Expression;
          } else pos = this.bareword(pos);
          break;
        case TokenStart.GreaterThan:
          pos = this.operator(pos, text.charCodeAt(pos + 1) === CharCode.GreaterThan ? pos + 2 : pos + 1);
          break;
        case TokenStart.Question:
          pos = this.question(pos);
          break;
      }
    }
  }

  // ---- emitting -------------------------------------------------------------------------

  private trivia(kind: TokenKind, start: number, end: number): void {
    this.tokens.push(kind, start, end, TokenFlags.None);
    this.afterSpace = kind === TokenKind.Whitespace;
  }

  private significant(kind: TokenKind, start: number, end: number, flags: TokenFlags): void {
    if (this.afterSpace) flags |= TokenFlags.PrecededBySpace;
    this.tokens.push(kind, start, end, flags);
    this.lastKind = kind;
    this.lastEnd = end;
    this.lastFlags = flags;
    this.afterSpace = false;
    this.memberPending = false;
  }

  private error(start: number, end: number, message: string): void {
    const errors = this.errors;
    if (errors.length > 0 && errors[errors.length - 1].start === start) return;
    errors.push({ start, end, message });
  }

  private operator(start: number, end: number): number {
    this.significant(TokenKind.Operator, start, end, TokenFlags.None);
    return end;
  }

  private assign(start: number, end: number): number {
    this.significant(TokenKind.Assign, start, end, TokenFlags.None);
    this.mode = Mode.Statement;
    this.sawDashDash = false;
    return end;
  }

  private unknown(start: number): number {
    const end = start + 1;
    this.significant(TokenKind.Unknown, start, end, TokenFlags.InError);
    this.error(start, end, `Unexpected character '${this.text.slice(start, end)}'.`);
    return end;
  }

  // ---- mode bookkeeping -----------------------------------------------------------------

  private returnMode(): Mode {
    return modeAfterValue(this.mode);
  }

  private statementMode(): Mode {
    const n = this.frameStatement.length;
    return n === 0 ? Mode.Statement : this.frameStatement[n - 1];
  }

  private newStatement(): void {
    this.mode = this.statementMode();
    this.sawDashDash = false;
  }

  private isGluedToValue(pos: number): boolean {
    return this.lastEnd === pos && isValueKind(this.lastKind);
  }

  private open(kind: TokenKind, start: number, end: number, returnTo: Mode, inside: Mode, closer: number): void {
    this.frameReturn.push(returnTo);
    this.frameStatement.push(inside);
    this.frameCloser.push(closer);
    this.frameDashDash.push(this.sawDashDash);
    this.frameToken.push(this.tokens.count);
    this.frameSubExpressionStart.push(kind === TokenKind.DollarParen ? start : -1);
    this.significant(kind, start, end, TokenFlags.None);
    this.tokens.markBracket(kind, end);
    this.mode = inside;
    this.sawDashDash = false;
  }

  private close(pos: number, kind: TokenKind): number {
    this.significant(kind, pos, pos + 1, TokenFlags.None);
    this.tokens.markBracket(kind, pos);
    if (this.frameReturn.length > 0) {
      this.mode = this.frameReturn.pop()!;
      this.sawDashDash = this.frameDashDash.pop()!;
      this.frameStatement.pop();
      this.frameCloser.pop();
      this.frameToken.pop();
      this.frameSubExpressionStart.pop();
    } else {
      this.mode = Mode.Expression;
    }
    return pos + 1;
  }

  private closeOpenSubExpressions(): void {
    for (let i = 0; i < this.frameToken.length; i++) {
      const start = this.frameSubExpressionStart[i];
      if (start === -1) continue;
      this.tokens.addFlags(this.frameToken[i], TokenFlags.Unterminated);
      this.error(start, start + 2, "Missing ')' to end this sub-expression.");
    }
  }

  // ---- trivia ---------------------------------------------------------------------------

  private whitespace(pos: number): number {
    const start = pos;
    const text = this.text;
    const len = this.len;
    pos++;
    while (pos < len) {
      const c = text.charCodeAt(pos);
      if (c === CharCode.Space || c === CharCode.Tab || (c > CharCode.Space && isWhitespace(c))) pos++;
      else break;
    }
    this.trivia(TokenKind.Whitespace, start, pos);
    return pos;
  }

  private newLine(pos: number, c: number): number {
    const end = c === CharCode.CarriageReturn && this.text.charCodeAt(pos + 1) === CharCode.LineFeed ? pos + 2 : pos + 1;
    this.trivia(TokenKind.NewLine, pos, end);
    // A dot at the end of a line names no member: the next line is read on its own terms.
    this.memberPending = false;
    const inside = this.statementMode();
    if (inside === Mode.Expression) {
      this.mode = Mode.Expression;
    } else if (this.lastKind === TokenKind.Comma || (this.mode === Mode.Expression && this.lastKind === TokenKind.Operator)) {
      // `a,` or `$x -and` at the end of a line: the statement goes on.
    } else {
      this.newStatement();
    }
    return end;
  }

  private blockComment(pos: number): number {
    const end = skipBlockComment(this.text, pos);
    if (end >= 0) {
      this.tokens.push(TokenKind.BlockComment, pos, end, TokenFlags.None);
      this.afterSpace = false;
      return end;
    }
    this.tokens.push(TokenKind.BlockComment, pos, this.len, TokenFlags.Unterminated);
    this.afterSpace = false;
    this.error(pos, pos + 2, "Missing '#>' to end this block comment.");
    return this.len;
  }

  private backtick(pos: number): number {
    const text = this.text;
    const next = text.charCodeAt(pos + 1);
    if (isLineBreak(next)) {
      const end = next === CharCode.CarriageReturn && text.charCodeAt(pos + 2) === CharCode.LineFeed ? pos + 3 : pos + 2;
      this.trivia(TokenKind.LineContinuation, pos, end);
      return end;
    }
    if (isWhitespace(next)) {
      // PowerShell skips a backtick before a space as whitespace; it does not continue the line.
      return this.whitespace(pos);
    }
    return this.bareword(pos);
  }

  // ---- variables and @ ------------------------------------------------------------------

  private dollar(pos: number): number {
    const text = this.text;
    const len = this.len;
    const next = text.charCodeAt(pos + 1);
    if (next === CharCode.OpenParen) {
      this.open(TokenKind.DollarParen, pos, pos + 2, this.returnMode(), Mode.Statement, CharCode.CloseParen);
      return pos + 2;
    }
    let end: number;
    let flags = TokenFlags.None;
    if (next === CharCode.OpenBrace) {
      end = scanBracedVariable(text, pos);
      if ((scanned.flags & Scanned.Unterminated) !== 0) {
        flags |= TokenFlags.Unterminated;
        this.error(pos, pos + 2, "Missing '}' to end this braced variable name.");
      } else if ((scanned.flags & Scanned.Malformed) !== 0) {
        flags |= TokenFlags.InError;
        this.error(pos, end, end === pos + 3 ? 'Variable name inside ${} is empty.' : "Unescaped '{' inside a braced variable name.");
      }
    } else if (next === CharCode.Dollar || next === CharCode.Question || next === CharCode.Caret) {
      end = pos + 2;
    } else if (isIdentifierChar(next)) {
      end = pos + 2;
      while (end < len && isIdentifierChar(text.charCodeAt(end))) end++;
      // `$script:x`, `$env:X`: one scope or drive prefix; `$a::b` is static member access.
      if (text.charCodeAt(end) === CharCode.Colon && isIdentifierChar(text.charCodeAt(end + 1))) {
        end += 2;
        while (end < len && isIdentifierChar(text.charCodeAt(end))) end++;
      }
    } else if (this.mode === Mode.Expression) {
      this.significant(TokenKind.Unknown, pos, pos + 1, TokenFlags.InError);
      this.error(pos, pos + 1, "Expected a variable name after '$'.");
      return pos + 1;
    } else {
      return this.bareword(pos);
    }
    this.significant(TokenKind.Variable, pos, end, flags);
    this.mode = modeAfterValue(this.mode);
    return end;
  }

  private at(pos: number): number {
    const text = this.text;
    const next = text.charCodeAt(pos + 1);
    if (next === CharCode.OpenParen) {
      this.open(TokenKind.AtParen, pos, pos + 2, this.returnMode(), Mode.Statement, CharCode.CloseParen);
      return pos + 2;
    }
    if (next === CharCode.OpenBrace) {
      this.open(TokenKind.AtCurly, pos, pos + 2, this.returnMode(), Mode.Expression, CharCode.CloseBrace);
      return pos + 2;
    }
    const verbatim = isSingleQuote(next);
    if (verbatim || isDoubleQuote(next)) return this.hereString(pos, verbatim);
    if (isIdentifierChar(next)) {
      let end = pos + 2;
      while (end < this.len && isIdentifierChar(text.charCodeAt(end))) end++;
      this.significant(TokenKind.SplattedVariable, pos, end, TokenFlags.None);
      this.mode = modeAfterValue(this.mode);
      return end;
    }
    return this.mode === Mode.Expression ? this.unknown(pos) : this.bareword(pos);
  }

  // ---- strings --------------------------------------------------------------------------

  private verbatimString(pos: number): number {
    const end = scanVerbatimString(this.text, pos);
    return this.stringToken(TokenKind.VerbatimString, pos, end, "Missing closing ' to end this string.");
  }

  private expandableString(pos: number): number {
    const end = scanExpandable(this.text, pos, ExpandableStart.String);
    return this.stringToken(TokenKind.ExpandableString, pos, end, 'Missing closing " to end this string.');
  }

  private stringToken(kind: TokenKind, start: number, end: number, missing: string): number {
    const found = scanned.flags;
    let flags = TokenFlags.None;
    if ((found & Scanned.Expansion) !== 0) flags |= TokenFlags.HasExpansion;
    if ((found & Scanned.Typographic) !== 0) flags |= TokenFlags.TypographicQuote;
    if ((found & Scanned.Unterminated) !== 0) {
      flags |= TokenFlags.Unterminated;
      this.error(start, start + 1, missing);
    }
    this.significant(kind, start, end, flags);
    this.mode = modeAfterValue(this.mode);
    return end;
  }

  private hereString(pos: number, verbatim: boolean): number {
    const end = scanHereString(this.text, pos, !verbatim);
    const found = scanned.flags;
    let flags = TokenFlags.None;
    if ((found & Scanned.Expansion) !== 0) flags |= TokenFlags.HasExpansion;
    if ((found & Scanned.Typographic) !== 0) flags |= TokenFlags.TypographicQuote;
    if ((found & Scanned.Malformed) !== 0) {
      flags |= TokenFlags.InError;
      this.error(pos, pos + 2, 'No characters are allowed after a here-string header but before the end of the line.');
    } else if ((found & Scanned.Unterminated) !== 0) {
      flags |= TokenFlags.Unterminated;
      const footer = verbatim ? "'@" : '"@';
      if ((found & Scanned.IndentedFooter) !== 0) {
        // A string nested in the body's `$( … )` is scanned with the same shared record and may
        // have cleared the footer's position; the here-string's start is then the honest place.
        const at = scanned.indentedFooterAt >= 0 ? scanned.indentedFooterAt : pos;
        this.error(at, at + 1, `The here-string footer ${footer} must be at the start of a line, with no whitespace before it.`);
      } else {
        this.error(pos, pos + 2, `Missing here-string footer ${footer} at the start of a line.`);
      }
    }
    this.significant(verbatim ? TokenKind.VerbatimHereString : TokenKind.ExpandableHereString, pos, end, flags);
    this.mode = modeAfterValue(this.mode);
    return end;
  }

  // ---- dashes: parameters, operators, negative numbers ----------------------------------

  private dash(pos: number, c: number): number {
    const text = this.text;
    const c1 = text.charCodeAt(pos + 1);
    const typographic = isTypographicDash(c) ? TokenFlags.TypographicDash : TokenFlags.None;

    if (this.mode === Mode.Expression) {
      if (isDash(c1)) {
        this.significant(TokenKind.Operator, pos, pos + 2, typographic);
        return pos + 2;
      }
      if (c1 === CharCode.Equals) return this.assign(pos, pos + 2);
      if (isIdentifierStart(c1)) {
        const end = this.nameEnd(pos + 1);
        if (isDashOperatorIn(text, pos + 1, end)) {
          this.significant(TokenKind.Operator, pos, end, typographic);
          return end;
        }
      }
      this.significant(TokenKind.Operator, pos, pos + 1, typographic);
      return pos + 1;
    }

    if (isDash(c1)) {
      const c2 = text.charCodeAt(pos + 2);
      // `--%` stops parsing only as a token of its own; glued to a value (`$a--%`) it is text of that argument.
      if (c2 === CharCode.Percent && this.lastEnd !== pos) {
        const end = skipToLineBreak(text, pos);
        this.significant(TokenKind.StopParsing, pos, end, typographic);
        return end;
      }
      if (pos + 2 >= this.len || forcesNewToken(c2)) {
        if (this.mode === Mode.Arguments && !this.sawDashDash) {
          this.sawDashDash = true;
          this.significant(TokenKind.EndOfParameters, pos, pos + 2, typographic);
          return pos + 2;
        }
        if (this.mode === Mode.Statement) return this.operator(pos, pos + 2);
        return this.bareword(pos);
      }
      if (this.mode === Mode.Statement && c2 === CharCode.Dollar) {
        this.significant(TokenKind.Operator, pos, pos + 2, typographic);
        this.mode = Mode.Expression;
        return pos + 2;
      }
      return this.bareword(pos);
    }

    if (isDigit(c1) || (c1 === CharCode.Dot && isDigit(text.charCodeAt(pos + 2)))) {
      const end = scanNumber(text, pos + 1);
      if (this.endsCommandNumber(end)) return this.number(pos, end);
      return this.bareword(pos);
    }

    if (this.sawDashDash || pos + 1 >= this.len || !(isIdentifierStart(c1) || c1 === CharCode.Question)) {
      // A parameter name starts with a letter, `_` or `?`: `-"Enable"`, `-$x`, ``-` x``, `->x`,
      // `-[string]x` and everything after `--` are arguments; a lone `-` is text.
      return this.bareword(pos);
    }

    let end = pos + 1;
    let flags = typographic;
    const len = this.len;
    while (end < len) {
      const d = text.charCodeAt(end);
      // PowerShell ends a parameter name at a dot or a bracket: `-Name.x` is the parameter `-Name` and the word `.x`.
      if (forcesNewToken(d) || d === CharCode.Dot || d === CharCode.OpenBracket) break;
      if (d === CharCode.Backtick) {
        // Glued to the name, a backtick escapes what follows (a CR too, as in a word) rather than continuing the line.
        if (end === pos + 1) break;
        end = isLineBreak(text.charCodeAt(end + 1)) || end + 2 > len ? end + 1 : end + 2;
        continue;
      }
      if (d === CharCode.Colon) {
        end++;
        flags |= TokenFlags.ColonAfter;
        break;
      }
      // Quotes are never part of a parameter name: the whole word is an argument.
      if (isSingleQuote(d) || isDoubleQuote(d)) return this.bareword(pos);
      if (d === CharCode.LessThan && text.charCodeAt(end + 1) === CharCode.Hash) break;
      end++;
    }
    if (this.mode === Mode.Statement) {
      if ((flags & TokenFlags.ColonAfter) === 0 && isUnaryDashOperatorIn(text, pos + 1, end)) {
        this.significant(TokenKind.Operator, pos, end, typographic);
        this.mode = Mode.Expression;
        return end;
      }
      // A statement cannot start with a parameter: PowerShell scans `-B 2` on a line of its own as a
      // parameter (ending at a dot, as any parameter name) and then reads it as a command named `-B`.
      this.significant(TokenKind.Generic, pos, end, TokenFlags.None);
      this.mode = Mode.Arguments;
      return end;
    }
    if ((this.lastKind === TokenKind.Parameter && (this.lastFlags & TokenFlags.ColonAfter) !== 0) || (this.lastKind === TokenKind.Comma && this.mode === Mode.Arguments)) {
      // `-Name: -Other:` binds `-Other:` to -Name as its argument, and `a, -b` makes `-b` the next
      // element of an array argument: PowerShell scans either as a parameter but reads it as a word.
      this.significant(TokenKind.Generic, pos, end, TokenFlags.None);
    } else {
      this.significant(TokenKind.Parameter, pos, end, flags);
    }
    if (this.mode !== Mode.Arguments) this.mode = Mode.Arguments;
    return end;
  }

  private nameEnd(pos: number): number {
    const text = this.text;
    const len = this.len;
    while (pos < len && isIdentifierChar(text.charCodeAt(pos))) pos++;
    return pos;
  }

  // ---- numbers --------------------------------------------------------------------------

  private digit(pos: number, c: number): number {
    const text = this.text;
    if (c >= CharCode.Digit1 && c <= CharCode.Digit6 && text.charCodeAt(pos + 1) === CharCode.GreaterThan) {
      return this.redirection(pos, pos + 2);
    }
    const end = scanNumber(text, pos);
    if (this.mode === Mode.Expression) return this.number(pos, end);
    if (this.mode === Mode.Statement ? this.endsStatementNumber(end) : this.endsCommandNumber(end)) return this.number(pos, end);
    return this.bareword(pos);
  }

  /** `2>`, `2>>`, `2>&1`, `*>&1`: `end` is just past the first `>`. */
  private redirection(start: number, end: number): number {
    const text = this.text;
    const c = text.charCodeAt(end);
    if (c === CharCode.GreaterThan) end++;
    else if (c === CharCode.Ampersand && (text.charCodeAt(end + 1) === CharCode.Digit1 || text.charCodeAt(end + 1) === CharCode.Digit2)) end += 2;
    return this.operator(start, end);
  }

  private number(start: number, end: number): number {
    this.significant(TokenKind.Number, start, end, TokenFlags.None);
    this.mode = modeAfterValue(this.mode);
    return end;
  }

  /** In an argument a number must end where a bareword would: `1abc` and `1.2.3` are text. */
  private endsCommandNumber(end: number): boolean {
    if (end >= this.len) return true;
    const c = this.text.charCodeAt(end);
    return forcesNewToken(c) || (c === CharCode.LessThan && this.text.charCodeAt(end + 1) === CharCode.Hash);
  }

  /** At statement start a number may be followed by an operator: `1+2`, `1..5`. */
  private endsStatementNumber(end: number): boolean {
    if (this.endsCommandNumber(end)) return true;
    const c = this.text.charCodeAt(end);
    switch (c) {
      case CharCode.Plus:
      case CharCode.Asterisk:
      case CharCode.Slash:
      case CharCode.Percent:
      case CharCode.Equals:
      case CharCode.GreaterThan:
      case CharCode.Exclamation:
        return true;
      case CharCode.Dot:
        return this.text.charCodeAt(end + 1) === CharCode.Dot;
      default:
        return isDash(c);
    }
  }

  // ---- dots, colons, brackets -----------------------------------------------------------

  private dot(pos: number): number {
    const text = this.text;
    const next = text.charCodeAt(pos + 1);
    const mode = this.mode;
    if (this.lastKind === TokenKind.Parameter && this.lastEnd === pos && next === CharCode.Dollar) {
      // `-Name.$x`: the parameter name ended at the dot, and PowerShell reads the dot alone, then the variable.
      this.significant(TokenKind.Generic, pos, pos + 1, TokenFlags.None);
      return pos + 1;
    }
    if (this.isGluedToValue(pos) && next !== CharCode.Dot) {
      // `$false.` before a space or the line end names no member: in an argument PowerShell reads the dot as a word.
      if (mode === Mode.Arguments && (pos + 1 >= this.len || forcesNewToken(next))) return this.bareword(pos);
      return this.memberOperator(TokenKind.Dot, pos, pos + 1);
    }
    if (mode === Mode.Expression) {
      if (next === CharCode.Dot) return this.operator(pos, pos + 2);
      if (isDigit(next)) return this.number(pos, scanNumber(text, pos));
      return this.memberOperator(TokenKind.Dot, pos, pos + 1);
    }
    if (isDigit(next)) {
      const end = scanNumber(text, pos);
      if (mode === Mode.Statement ? this.endsStatementNumber(end) : this.endsCommandNumber(end)) return this.number(pos, end);
      return this.bareword(pos);
    }
    if (mode === Mode.Statement && (pos + 1 >= this.len || forcesNewToken(next) || next === CharCode.Dollar)) {
      // Dot-sourcing: `. .\script.ps1`, `. $file`, and glued `.$file` (PowerShell reads the dot alone there too).
      this.significant(TokenKind.Dot, pos, pos + 1, TokenFlags.None);
      this.mode = Mode.InvokeTarget;
      return pos + 1;
    }
    return this.bareword(pos);
  }

  private memberOperator(kind: TokenKind, start: number, end: number): number {
    this.significant(kind, start, end, TokenFlags.None);
    this.memberPending = true;
    if (this.mode === Mode.Statement) this.mode = Mode.Expression;
    return end;
  }

  private colon(pos: number): number {
    if (this.text.charCodeAt(pos + 1) === CharCode.Colon && (this.mode === Mode.Expression || this.isGluedToValue(pos))) {
      return this.memberOperator(TokenKind.ColonColon, pos, pos + 2);
    }
    if (this.mode === Mode.Expression) return this.operator(pos, pos + 1);
    return this.bareword(pos);
  }

  private openParen(pos: number): number {
    if (this.lastKind === TokenKind.Identifier && this.lastEnd === pos) {
      // Method call or attribute arguments: expressions separated by commas.
      this.open(TokenKind.LParen, pos, pos + 1, this.mode, Mode.Expression, CharCode.CloseParen);
    } else if (this.lastKind === TokenKind.Keyword && this.mode === Mode.Expression) {
      // `if (…)`, `param(…)`: after the header comes a block or a named block, read as statements.
      this.open(TokenKind.LParen, pos, pos + 1, Mode.Statement, Mode.Statement, CharCode.CloseParen);
    } else {
      this.open(TokenKind.LParen, pos, pos + 1, this.returnMode(), Mode.Statement, CharCode.CloseParen);
    }
    return pos + 1;
  }

  private openBracket(pos: number): number {
    if (this.isGluedToValue(pos)) {
      this.open(TokenKind.LBracket, pos, pos + 1, this.mode, Mode.Expression, CharCode.CloseBracket);
      return pos + 1;
    }
    const end = this.typeLiteralEnd(pos);
    if (end > 0) {
      this.significant(TokenKind.TypeLiteral, pos, end, TokenFlags.None);
      this.mode = modeAfterValue(this.mode);
      return end;
    }
    if (this.mode === Mode.Expression || this.mode === Mode.Statement) {
      // An attribute (`[Parameter(Mandatory)]`) or a malformed type: brackets and names.
      this.open(TokenKind.LBracket, pos, pos + 1, Mode.Expression, Mode.Expression, CharCode.CloseBracket);
      return pos + 1;
    }
    return this.bareword(pos);
  }

  /**
   * The end of `[Type.Name]`, `[List[string]]`, `[int[]]`, `[Dictionary[string, int]]`, or -1
   * when the brackets hold something else. Nesting is counted, not recursed.
   */
  private typeLiteralEnd(pos: number): number {
    const text = this.text;
    const len = this.len;
    let p = pos + 1;
    while (p < len && isWhitespace(text.charCodeAt(p))) p++;
    if (!isIdentifierStart(text.charCodeAt(p))) return -1;
    let depth = 1;
    while (p < len) {
      const c = text.charCodeAt(p++);
      if (c === CharCode.CloseBracket) {
        if (--depth === 0) return p;
      } else if (c === CharCode.OpenBracket) {
        depth++;
      } else if (!(isTypeNameChar(c) || c === CharCode.Comma || isWhitespace(c))) {
        return -1;
      }
    }
    return -1;
  }

  private closeBracket(pos: number): number {
    const closers = this.frameCloser;
    if (closers.length > 0 && closers[closers.length - 1] === CharCode.CloseBracket) return this.close(pos, TokenKind.RBracket);
    if (this.mode === Mode.Expression) {
      this.significant(TokenKind.RBracket, pos, pos + 1, TokenFlags.None);
      this.tokens.markBracket(TokenKind.RBracket, pos);
      return pos + 1;
    }
    return this.bareword(pos);
  }

  // ---- other punctuation and operators --------------------------------------------------

  private pipe(pos: number): number {
    if (this.text.charCodeAt(pos + 1) === CharCode.Pipe) {
      this.operator(pos, pos + 2);
      this.newStatementInPipeline();
      return pos + 2;
    }
    this.significant(TokenKind.Pipe, pos, pos + 1, TokenFlags.None);
    this.newStatementInPipeline();
    return pos + 1;
  }

  private newStatementInPipeline(): void {
    this.mode = Mode.Statement;
    this.sawDashDash = false;
  }

  private ampersand(pos: number): number {
    if (this.text.charCodeAt(pos + 1) === CharCode.Ampersand) {
      this.operator(pos, pos + 2);
      this.newStatementInPipeline();
      return pos + 2;
    }
    this.significant(TokenKind.Ampersand, pos, pos + 1, TokenFlags.None);
    // At statement start `&` calls what follows; elsewhere it sends the pipeline to the background.
    if (this.mode === Mode.Statement || this.mode === Mode.InvokeTarget) this.mode = Mode.InvokeTarget;
    else this.newStatementInPipeline();
    return pos + 1;
  }

  private plus(pos: number): number {
    const next = this.text.charCodeAt(pos + 1);
    if (this.mode === Mode.Expression) {
      if (next === CharCode.Plus) return this.operator(pos, pos + 2);
      if (next === CharCode.Equals) return this.assign(pos, pos + 2);
      return this.operator(pos, pos + 1);
    }
    if (this.mode === Mode.Statement && next === CharCode.Plus && this.text.charCodeAt(pos + 2) === CharCode.Dollar) {
      this.operator(pos, pos + 2);
      this.mode = Mode.Expression;
      return pos + 2;
    }
    return this.bareword(pos);
  }

  private asterisk(pos: number): number {
    const next = this.text.charCodeAt(pos + 1);
    if (next === CharCode.GreaterThan) return this.redirection(pos, pos + 2);
    if (this.mode !== Mode.Expression) return this.bareword(pos);
    if (next === CharCode.Equals) return this.assign(pos, pos + 2);
    return this.operator(pos, pos + 1);
  }

  private slashOrPercent(pos: number): number {
    if (this.mode !== Mode.Expression) return this.bareword(pos);
    if (this.text.charCodeAt(pos + 1) === CharCode.Equals) return this.assign(pos, pos + 2);
    return this.operator(pos, pos + 1);
  }

  private question(pos: number): number {
    if (this.mode !== Mode.Expression) return this.bareword(pos);
    const text = this.text;
    if (text.charCodeAt(pos + 1) === CharCode.Question) {
      if (text.charCodeAt(pos + 2) === CharCode.Equals) return this.assign(pos, pos + 3);
      return this.operator(pos, pos + 2);
    }
    return this.operator(pos, pos + 1);
  }

  // ---- barewords ------------------------------------------------------------------------

  private bareword(pos: number): number {
    const text = this.text;
    const mode = this.mode;
    if (this.memberPending || mode === Mode.Expression) {
      if (!isIdentifierStart(text.charCodeAt(pos))) {
        if (mode === Mode.Expression) return this.unknown(pos);
      } else {
        const end = this.nameEnd(pos + 1);
        if (!this.memberPending && end - pos <= 7 && allAsciiLetters(text, pos, end)) {
          const word = keywordIn(text, pos, end);
          if (word !== undefined && expressionKeywords.has(word)) return this.keyword(pos, end, word);
        }
        this.significant(TokenKind.Identifier, pos, end, TokenFlags.None);
        return end;
      }
    }
    const end = this.genericEnd(pos);
    const flags = genericFlags;
    if (mode === Mode.Statement && (flags & GenericFlag.Plain) !== 0 && end - pos <= maxKeywordLength && allAsciiLetters(text, pos, end)) {
      const word = keywordIn(text, pos, end);
      if (word !== undefined) return this.keyword(pos, end, word);
    }
    let tokenFlags = TokenFlags.None;
    if ((flags & GenericFlag.Expansion) !== 0) tokenFlags |= TokenFlags.HasExpansion;
    if ((flags & GenericFlag.Typographic) !== 0) tokenFlags |= TokenFlags.TypographicQuote;
    if ((flags & GenericFlag.Unterminated) !== 0) {
      tokenFlags |= TokenFlags.Unterminated;
      this.error(genericUnterminatedAt, genericUnterminatedAt + 1, 'Missing closing quote or parenthesis in this argument.');
    }
    this.significant(TokenKind.Generic, pos, end, tokenFlags);
    if (mode !== Mode.Arguments) this.mode = Mode.Arguments;
    return end;
  }

  private keyword(start: number, end: number, word: string): number {
    this.significant(TokenKind.Keyword, start, end, TokenFlags.None);
    const after = keywords.get(word);
    this.mode = after === AfterKeyword.Arguments ? Mode.Arguments : after === AfterKeyword.Statement ? Mode.Statement : Mode.Expression;
    this.sawDashDash = false;
    return end;
  }

  /**
   * A command-mode word runs until a ForceStartNewToken character. Quoted pieces, `$(…)`,
   * `${…}` and backtick escapes inside it belong to it (`a'b c'd` is one argument).
   */
  private genericEnd(pos: number): number {
    const text = this.text;
    const len = this.len;
    const start = pos;
    let flags = GenericFlag.Plain;
    genericUnterminatedAt = -1;
    while (pos < len) {
      const c = text.charCodeAt(pos);
      // Most characters of a word are plain: one table lookup settles them.
      if (isPlainWordChar(c)) {
        pos++;
        continue;
      }
      if (forcesNewToken(c)) break;
      switch (c) {
        case CharCode.Backtick:
          // Inside a word a backtick escapes whatever follows, a line break too: PowerShell reads
          // ``abc`⏎def`` as one word, and with CRLF the escaped CR stays in it while the LF ends it.
          pos = pos + 2 > len ? len : pos + 2;
          flags &= ~GenericFlag.Plain;
          continue;
        case CharCode.Dollar: {
          const next = text.charCodeAt(pos + 1);
          flags &= ~GenericFlag.Plain;
          if (next === CharCode.OpenParen) {
            flags |= GenericFlag.Expansion;
            const at = pos;
            pos = scanExpandable(text, pos + 2, ExpandableStart.SubExpression);
            if ((scanned.flags & Scanned.Unterminated) !== 0) flags = markUnterminated(flags, at);
            continue;
          }
          if (next === CharCode.OpenBrace) {
            flags |= GenericFlag.Expansion;
            const at = pos;
            pos = scanBracedVariable(text, pos);
            if ((scanned.flags & Scanned.Unterminated) !== 0) flags = markUnterminated(flags, at);
            continue;
          }
          if (startsVariableInString(next)) flags |= GenericFlag.Expansion;
          pos++;
          continue;
        }
        case CharCode.LessThan:
          if (text.charCodeAt(pos + 1) === CharCode.Hash && pos > start) return finishGeneric(start, pos, flags);
          pos++;
          continue;
        default:
          if (isSingleQuote(c)) {
            const at = pos;
            pos = scanVerbatimString(text, pos);
            flags = mergeQuoted(flags, at);
          } else if (isDoubleQuote(c)) {
            const at = pos;
            pos = scanExpandable(text, pos, ExpandableStart.String);
            flags = mergeQuoted(flags, at);
          } else {
            pos++;
          }
      }
    }
    return finishGeneric(start, pos, flags);
  }
}

const enum GenericFlag {
  None = 0,
  /** Only plain characters: the word may be a keyword. */
  Plain = 1 << 0,
  Expansion = 1 << 1,
  Typographic = 1 << 2,
  Unterminated = 1 << 3,
}

let genericFlags = GenericFlag.None;
let genericUnterminatedAt = -1;

function finishGeneric(start: number, end: number, flags: GenericFlag): number {
  genericFlags = flags;
  return end > start ? end : start + 1;
}

function markUnterminated(flags: GenericFlag, at: number): GenericFlag {
  if (genericUnterminatedAt < 0) genericUnterminatedAt = at;
  return flags | GenericFlag.Unterminated;
}

function mergeQuoted(flags: GenericFlag, at: number): GenericFlag {
  const found = scanned.flags;
  flags &= ~GenericFlag.Plain;
  if ((found & Scanned.Expansion) !== 0) flags |= GenericFlag.Expansion;
  if ((found & Scanned.Typographic) !== 0) flags |= GenericFlag.Typographic;
  if ((found & Scanned.Unterminated) !== 0) flags = markUnterminated(flags, at);
  return flags;
}
