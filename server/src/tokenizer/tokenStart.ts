import { isDoubleQuote, isSingleQuote, isTypographicDash, isWhitespace } from './charTraits';

/**
 * What the first character of a token says about the token. The tokenizer switches on this
 * rather than on the character itself: the characters that start tokens run from TAB to U+FEFF,
 * and V8 turns a switch into a jump table only when its cases are dense, so a switch over
 * characters was a chain of up to sixty comparisons per token.
 */
export const enum TokenStart {
  /** A letter or anything else that begins a bareword. */
  Word,
  Whitespace,
  LineBreak,
  Hash,
  LessThan,
  Backtick,
  Dollar,
  At,
  SingleQuote,
  DoubleQuote,
  /** `-` and the typographic dashes. */
  Dash,
  Digit,
  Dot,
  Colon,
  OpenParen,
  CloseParen,
  OpenBrace,
  CloseBrace,
  OpenBracket,
  CloseBracket,
  Semicolon,
  Comma,
  Pipe,
  Ampersand,
  Equals,
  Plus,
  Asterisk,
  SlashOrPercent,
  Exclamation,
  GreaterThan,
  Question,
}

const asciiStarts = new Uint8Array(128);

function assign(chars: string, start: TokenStart): void {
  for (let i = 0; i < chars.length; i++) asciiStarts[chars.charCodeAt(i)] = start;
}

assign(' \t\v\f', TokenStart.Whitespace);
assign('\r\n', TokenStart.LineBreak);
assign('#', TokenStart.Hash);
assign('<', TokenStart.LessThan);
assign('`', TokenStart.Backtick);
assign('$', TokenStart.Dollar);
assign('@', TokenStart.At);
assign("'", TokenStart.SingleQuote);
assign('"', TokenStart.DoubleQuote);
assign('-', TokenStart.Dash);
assign('0123456789', TokenStart.Digit);
assign('.', TokenStart.Dot);
assign(':', TokenStart.Colon);
assign('(', TokenStart.OpenParen);
assign(')', TokenStart.CloseParen);
assign('{', TokenStart.OpenBrace);
assign('}', TokenStart.CloseBrace);
assign('[', TokenStart.OpenBracket);
assign(']', TokenStart.CloseBracket);
assign(';', TokenStart.Semicolon);
assign(',', TokenStart.Comma);
assign('|', TokenStart.Pipe);
assign('&', TokenStart.Ampersand);
assign('=', TokenStart.Equals);
assign('+', TokenStart.Plus);
assign('*', TokenStart.Asterisk);
assign('/%', TokenStart.SlashOrPercent);
assign('!', TokenStart.Exclamation);
assign('>', TokenStart.GreaterThan);
assign('?', TokenStart.Question);

/** Above ASCII, PowerShell gives odd spaces, typographic dashes and smart quotes their ASCII meaning. */
function nonAsciiTokenStart(c: number): TokenStart {
  if (isWhitespace(c)) return TokenStart.Whitespace;
  if (isTypographicDash(c)) return TokenStart.Dash;
  if (isSingleQuote(c)) return TokenStart.SingleQuote;
  if (isDoubleQuote(c)) return TokenStart.DoubleQuote;
  return TokenStart.Word;
}

export function tokenStartOf(c: number): TokenStart {
  return c < 128 ? (asciiStarts[c] as TokenStart) : nonAsciiTokenStart(c);
}
