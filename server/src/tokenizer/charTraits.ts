import { CharCode } from './charCode';

/**
 * Character classes for the tokenizer. ASCII goes through one table lookup; everything above 127
 * goes through the explicit fallbacks below, because PowerShell gives a handful of non-ASCII
 * characters (typographic dashes and quotes, odd spaces) the same meaning as their ASCII forms.
 */
export const enum CharTrait {
  None = 0,
  Whitespace = 1 << 0,
  LineBreak = 1 << 1,
  /** PowerShell's ForceStartNewToken: the only characters that end a command-mode bareword. */
  ForceStartNewToken = 1 << 2,
  IdentifierStart = 1 << 3,
  IdentifierChar = 1 << 4,
  Digit = 1 << 5,
  HexDigit = 1 << 6,
  /** Characters allowed in a type name inside `[...]` besides identifier characters. */
  TypeNameChar = 1 << 7,
  /** Characters a command-mode bareword must look at: quotes, `$`, a backtick, `<` (of `<#`). */
  WordSpecial = 1 << 8,
  /** Characters an expandable string's text must look at: `"`, `$`, a backtick, line breaks. */
  StringSpecial = 1 << 9,
}

const traits = new Uint16Array(128);

function mark(chars: string, trait: CharTrait): void {
  for (let i = 0; i < chars.length; i++) traits[chars.charCodeAt(i)] |= trait;
}

function markRange(from: number, to: number, trait: CharTrait): void {
  for (let c = from; c <= to; c++) traits[c] |= trait;
}

markRange(CharCode.UpperA, CharCode.UpperZ, CharTrait.IdentifierStart | CharTrait.IdentifierChar | CharTrait.TypeNameChar);
markRange(CharCode.LowerA, CharCode.LowerZ, CharTrait.IdentifierStart | CharTrait.IdentifierChar | CharTrait.TypeNameChar);
mark('_', CharTrait.IdentifierStart | CharTrait.IdentifierChar | CharTrait.TypeNameChar);
markRange(CharCode.Digit0, CharCode.Digit9, CharTrait.Digit | CharTrait.HexDigit | CharTrait.IdentifierChar | CharTrait.TypeNameChar);
mark('abcdefABCDEF', CharTrait.HexDigit);
mark('.+`', CharTrait.TypeNameChar);
mark(' \t\v\f', CharTrait.Whitespace | CharTrait.ForceStartNewToken);
mark('\r\n', CharTrait.LineBreak | CharTrait.ForceStartNewToken);
mark(';|&(){},', CharTrait.ForceStartNewToken);
mark('\'"$`<', CharTrait.WordSpecial);
mark('"$`\r\n', CharTrait.StringSpecial);

export function isWhitespace(c: number): boolean {
  if (c < 128) return (traits[c] & CharTrait.Whitespace) !== 0;
  switch (c) {
    case CharCode.NextLine:
    case CharCode.NoBreakSpace:
    case CharCode.OghamSpaceMark:
    case CharCode.ZeroWidthSpace:
    case CharCode.LineSeparator:
    case CharCode.ParagraphSeparator:
    case CharCode.NarrowNoBreakSpace:
    case CharCode.MediumMathematicalSpace:
    case CharCode.WordJoiner:
    case CharCode.IdeographicSpace:
    case CharCode.ByteOrderMark:
      return true;
    default:
      return c >= CharCode.EnQuad && c <= CharCode.HairSpace;
  }
}

/** Only CR and LF end a line in PowerShell; NEL and U+2028 are whitespace. */
export function isLineBreak(c: number): boolean {
  return c === CharCode.LineFeed || c === CharCode.CarriageReturn;
}

export function isDash(c: number): boolean {
  return c === CharCode.Dash || c === CharCode.EnDash || c === CharCode.EmDash || c === CharCode.HorizontalBar;
}

export function isTypographicDash(c: number): boolean {
  return c === CharCode.EnDash || c === CharCode.EmDash || c === CharCode.HorizontalBar;
}

export function isSingleQuote(c: number): boolean {
  return c === CharCode.SingleQuote || (c >= CharCode.QuoteSingleLeft && c <= CharCode.QuoteReversed);
}

export function isDoubleQuote(c: number): boolean {
  return c === CharCode.DoubleQuote || (c >= CharCode.QuoteDoubleLeft && c <= CharCode.QuoteLowDoubleLeft);
}

export function isQuote(c: number): boolean {
  return isSingleQuote(c) || isDoubleQuote(c);
}

/** An ASCII character that is only text inside an expandable string or here-string. */
export function isPlainStringChar(c: number): boolean {
  return c < 128 && (traits[c] & CharTrait.StringSpecial) === 0;
}

/** An ASCII character that simply continues a command-mode bareword (most of them). */
export function isPlainWordChar(c: number): boolean {
  return c < 128 && (traits[c] & (CharTrait.ForceStartNewToken | CharTrait.WordSpecial)) === 0;
}

export function forcesNewToken(c: number): boolean {
  if (c < 128) return (traits[c] & CharTrait.ForceStartNewToken) !== 0;
  return isWhitespace(c);
}

/**
 * Above 127 we have no Unicode tables (and use no regular expressions), so any character that is
 * not whitespace and not in the General Punctuation block (dashes, quotes, odd spaces) counts as a
 * letter. Surrogate halves count too, so astral letters stay inside names.
 */
function isNonAsciiNameChar(c: number): boolean {
  if (c !== c) return false; // NaN: past the end
  return !(c >= CharCode.EnQuad && c <= 0x206f) && !isWhitespace(c);
}

export function isIdentifierStart(c: number): boolean {
  if (c < 128) return (traits[c] & CharTrait.IdentifierStart) !== 0;
  return isNonAsciiNameChar(c);
}

export function isIdentifierChar(c: number): boolean {
  if (c < 128) return (traits[c] & CharTrait.IdentifierChar) !== 0;
  return isNonAsciiNameChar(c);
}

export function isDigit(c: number): boolean {
  return c >= CharCode.Digit0 && c <= CharCode.Digit9;
}

export function isHexDigit(c: number): boolean {
  return c < 128 && (traits[c] & CharTrait.HexDigit) !== 0;
}

export function isTypeNameChar(c: number): boolean {
  if (c < 128) return (traits[c] & CharTrait.TypeNameChar) !== 0;
  return isNonAsciiNameChar(c);
}
