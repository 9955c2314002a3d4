/**
 * The token contract shared by the tokenizer and the script model.
 *
 * The stream is full-fidelity: every character of the input belongs to exactly one token, in
 * order, so joining the token texts gives back the input. Trivia (whitespace, newlines, line
 * continuations, comments) are tokens too; the model skips them.
 */
export const enum TokenKind {
  // Trivia
  Whitespace,
  NewLine,
  /** A backtick directly followed by a line break (the break is part of the token). */
  LineContinuation,
  LineComment,
  BlockComment,

  // Values and names
  /** `$x`, `${any name}`, `$script:x`, `$env:X`, `$$`, `$?`, `$^`, `$_`. */
  Variable,
  /** `@name` splatting. */
  SplattedVariable,
  /** `-Name`, `-Name:` (flag ColonAfter), also with an en dash, em dash or horizontal bar. */
  Parameter,
  /** `'…'` with any single-quote character. */
  VerbatimString,
  /** `"…"` with any double-quote character. */
  ExpandableString,
  VerbatimHereString,
  ExpandableHereString,
  /** `1`, `0x1F`, `1.5e3`, `1MB`, `10L`. */
  Number,
  /** A command-mode bareword: a command name (`Get-ADSyncConnector`, `ADSync\Get-X`) or an argument (`String`, `a'b c'd`). */
  Generic,
  /** An expression-mode name: a member after `.` or `::`, a method name, a bareword in an expression. */
  Identifier,
  /** `if`, `foreach`, `function`, `param`, `in`, … in a position where PowerShell reads a keyword. */
  Keyword,
  /** `[TypeName]`, `[A.B.C]`, `[System.Collections.Generic.List[string]]`, brackets included. */
  TypeLiteral,

  // Punctuation
  LParen,
  RParen,
  LCurly,
  RCurly,
  LBracket,
  RBracket,
  /** `@(` */
  AtParen,
  /** `@{` */
  AtCurly,
  /** `$(` */
  DollarParen,
  Semicolon,
  Comma,
  /** Member access `.` glued to what precedes it, or the dot-source operator at command start. */
  Dot,
  /** `::` static member access. */
  ColonColon,
  Pipe,
  /** `&` call operator or background operator. */
  Ampersand,
  /** `=`, `+=`, `-=`, `*=`, `/=`, `%=`, `??=`. */
  Assign,
  /** Any other operator: `-eq`, `-and`, `-not`, `+`, `-`, `*`, `/`, `!`, `..`, `>`, `2>&1`, `&&`, `||`, `++`. */
  Operator,
  /** `--%` and the rest of its line, which PowerShell passes on verbatim. */
  StopParsing,
  /** A lone `--` in command mode: everything after it is an argument. */
  EndOfParameters,
  /** A character PowerShell would reject here; kept so that the stream still covers the input. */
  Unknown,
}

export const enum TokenFlags {
  None = 0,
  /** A string, here-string, block comment, braced variable or sub-expression that reaches end of input. */
  Unterminated = 1 << 0,
  /** The token is malformed in another way (e.g. `${}`, text after a here-string header). */
  InError = 1 << 1,
  /** A parameter written `-Name:`; the next non-trivia token is its argument. */
  ColonAfter = 1 << 2,
  /** An expandable string or here-string that contains `$` expansions (`$x`, `${x}`, `$(…)`). */
  HasExpansion = 1 << 3,
  /** The parameter or operator starts with an en dash, em dash or horizontal bar. */
  TypographicDash = 1 << 4,
  /** The string's quotes are typographic (smart) quotes. */
  TypographicQuote = 1 << 5,
  /** Whitespace came directly before this token (matters for `.`, `[` and `(`). */
  PrecededBySpace = 1 << 6,
}

export interface Token {
  kind: TokenKind;
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset just past the last character. */
  end: number;
  flags: TokenFlags;
}

export interface LexError {
  start: number;
  end: number;
  message: string;
}

export function isTrivia(kind: TokenKind): boolean {
  return kind <= TokenKind.BlockComment;
}

/** The closer an opening bracket kind expects (`$(` and `@(` close with `)`), or undefined for any other kind. */
export function closerOf(kind: TokenKind): TokenKind | undefined {
  switch (kind) {
    case TokenKind.LParen:
    case TokenKind.DollarParen:
    case TokenKind.AtParen:
      return TokenKind.RParen;
    case TokenKind.LCurly:
    case TokenKind.AtCurly:
      return TokenKind.RCurly;
    case TokenKind.LBracket:
      return TokenKind.RBracket;
    default:
      return undefined;
  }
}
