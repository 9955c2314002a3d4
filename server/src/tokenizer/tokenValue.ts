import { CharCode } from './charCode';
import { isDoubleQuote, isIdentifierChar, isLineBreak, isSingleQuote, isWhitespace } from './charTraits';
import { ExpandableStart, scanBracedVariable, scanExpandable } from './scanStrings';
import { Token, TokenFlags, TokenKind } from './token';

/**
 * Values are decoded on demand from the token's span, so the tokenizer never allocates strings.
 */

/**
 * The literal value of a string-like token, or undefined when it depends on run-time expansion
 * (or the token has no string value). Unterminated strings give the text up to the end.
 */
export function stringValue(text: string, token: Token): string | undefined {
  return stringValueOf(text, token.kind, token.start, token.end, token.flags);
}

/** stringValue for a token given by its parts, for callers that read tokens in place. */
export function stringValueOf(text: string, kind: TokenKind, start: number, end: number, flags: TokenFlags): string | undefined {
  const closed = (flags & TokenFlags.Unterminated) === 0;
  switch (kind) {
    case TokenKind.VerbatimString:
      return decodeVerbatim(text, start + 1, closed ? end - 1 : end);
    case TokenKind.ExpandableString:
      if ((flags & TokenFlags.HasExpansion) !== 0) return undefined;
      return decodeExpandable(text, start + 1, closed ? end - 1 : end, true);
    case TokenKind.VerbatimHereString:
    case TokenKind.ExpandableHereString: {
      if (kind === TokenKind.ExpandableHereString && (flags & TokenFlags.HasExpansion) !== 0) return undefined;
      const body = hereStringBody(text, { kind, start, end, flags });
      if (body === undefined) return undefined;
      return kind === TokenKind.VerbatimHereString ? text.slice(body[0], body[1]) : decodeExpandable(text, body[0], body[1], false);
    }
    case TokenKind.Generic:
      if ((flags & TokenFlags.HasExpansion) !== 0) return undefined;
      return decodeGeneric(text, start, end);
    case TokenKind.Identifier:
    case TokenKind.Keyword:
    case TokenKind.Number:
      return text.slice(start, end);
    default:
      return undefined;
  }
}

/** `-SourceConnector:` → `SourceConnector` (whatever the dash character). */
export function parameterName(text: string, token: Token): string {
  const end = (token.flags & TokenFlags.ColonAfter) !== 0 && text.charCodeAt(token.end - 1) === CharCode.Colon ? token.end - 1 : token.end;
  return text.slice(token.start + 1, end);
}

export interface VariableName {
  scope: string | undefined;
  name: string;
}

/** `$script:x` → { scope: 'script', name: 'x' }; `${a b}` → { name: 'a b' }; `@p` → { name: 'p' }. */
export function variableName(text: string, token: Token): VariableName {
  const { start, end } = token;
  if (token.kind === TokenKind.SplattedVariable) return { scope: undefined, name: text.slice(start + 1, end) };
  if (text.charCodeAt(start + 1) === CharCode.OpenBrace) {
    const closed = (token.flags & TokenFlags.Unterminated) === 0;
    return splitScope(removeEscapes(text, start + 2, closed ? end - 1 : end));
  }
  return splitScope(text.slice(start + 1, end));
}

/** Whether the variable token text[start, end) is a plain `$name`: its name is then text[start + 1, end). */
export function isPlainVariable(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) !== CharCode.Dollar || text.charCodeAt(start + 1) === CharCode.OpenBrace) return false;
  for (let i = start + 1; i < end; i++) if (text.charCodeAt(i) === CharCode.Colon) return false;
  return true;
}

/**
 * The names (lower case, without scope) of the simple `$name` and `${name}` expansions in an
 * expandable string or here-string, in order. Sub-expressions `$(…)` are skipped.
 */
export function expandedVariables(text: string, token: Token): string[] {
  const names: string[] = [];
  let from: number;
  let to: number;
  const closed = (token.flags & TokenFlags.Unterminated) === 0;
  if (token.kind === TokenKind.ExpandableString) {
    from = token.start + 1;
    to = closed ? token.end - 1 : token.end;
  } else if (token.kind === TokenKind.ExpandableHereString) {
    const body = hereStringBody(text, token);
    if (body === undefined) return names;
    [from, to] = body;
  } else {
    return names;
  }
  let pos = from;
  while (pos < to) {
    const c = text.charCodeAt(pos);
    if (c === CharCode.Backtick) {
      pos += 2;
      continue;
    }
    if (c !== CharCode.Dollar) {
      pos++;
      continue;
    }
    const next = text.charCodeAt(pos + 1);
    if (next === CharCode.OpenParen) {
      pos = scanExpandable(text, pos + 2, ExpandableStart.SubExpression);
    } else if (next === CharCode.OpenBrace) {
      const end = Math.min(scanBracedVariable(text, pos), to);
      const inner = removeEscapes(text, pos + 2, text.charCodeAt(end - 1) === CharCode.CloseBrace ? end - 1 : end);
      names.push(splitScope(inner).name.toLowerCase());
      pos = end;
    } else if (isIdentifierChar(next)) {
      let end = pos + 2;
      while (end < to && isIdentifierChar(text.charCodeAt(end))) end++;
      if (text.charCodeAt(end) === CharCode.Colon && end + 1 < to && isIdentifierChar(text.charCodeAt(end + 1))) {
        end += 2;
        while (end < to && isIdentifierChar(text.charCodeAt(end))) end++;
      }
      names.push(splitScope(text.slice(pos + 1, end)).name.toLowerCase());
      pos = end;
    } else {
      pos++;
    }
  }
  return names;
}

function splitScope(full: string): VariableName {
  const colon = full.indexOf(':');
  if (colon <= 0 || colon === full.length - 1) return { scope: undefined, name: full };
  return { scope: full.slice(0, colon), name: full.slice(colon + 1) };
}

function removeEscapes(text: string, from: number, to: number): string {
  let out = '';
  let runStart = from;
  for (let pos = from; pos < to; pos++) {
    if (text.charCodeAt(pos) === CharCode.Backtick && pos + 1 < to) {
      out += text.slice(runStart, pos);
      runStart = pos + 1;
      pos++;
    }
  }
  return out + text.slice(runStart, to);
}

/** Body of a here-string without the header line and the line break before the footer. */
function hereStringBody(text: string, token: Token): [number, number] | undefined {
  if ((token.flags & TokenFlags.InError) !== 0) return undefined;
  let pos = token.start + 2;
  while (pos < token.end && isWhitespace(text.charCodeAt(pos))) pos++;
  const c = text.charCodeAt(pos);
  if (c === CharCode.CarriageReturn) pos += text.charCodeAt(pos + 1) === CharCode.LineFeed ? 2 : 1;
  else if (c === CharCode.LineFeed) pos++;
  else return [token.end, token.end];
  if ((token.flags & TokenFlags.Unterminated) !== 0) return [pos, token.end];
  let end = token.end - 2;
  if (end > pos && text.charCodeAt(end - 1) === CharCode.LineFeed) end--;
  if (end > pos && text.charCodeAt(end - 1) === CharCode.CarriageReturn) end--;
  return [pos, end < pos ? pos : end];
}

function decodeVerbatim(text: string, from: number, to: number): string {
  let out = '';
  let runStart = from;
  for (let pos = from; pos < to; pos++) {
    if (isSingleQuote(text.charCodeAt(pos)) && pos + 1 < to && isSingleQuote(text.charCodeAt(pos + 1))) {
      out += text.slice(runStart, pos);
      runStart = pos + 1;
      pos++;
    }
  }
  return out + text.slice(runStart, to);
}

/** Backtick escapes, and in strings (not here-strings) doubled double quotes. */
function decodeExpandable(text: string, from: number, to: number, doubledQuotes: boolean): string {
  let out = '';
  let runStart = from;
  let pos = from;
  while (pos < to) {
    const c = text.charCodeAt(pos);
    if (c === CharCode.Backtick) {
      out += text.slice(runStart, pos);
      pos = appendEscape(text, pos, to);
      out += escaped;
      runStart = pos;
    } else if (doubledQuotes && isDoubleQuote(c) && pos + 1 < to && isDoubleQuote(text.charCodeAt(pos + 1))) {
      out += text.slice(runStart, pos);
      runStart = pos + 1;
      pos += 2;
    } else {
      pos++;
    }
  }
  return out + text.slice(runStart, to);
}

/** A command-mode word: escapes outside quotes, quoted pieces decoded by their own rules. */
function decodeGeneric(text: string, from: number, to: number): string {
  let out = '';
  let pos = from;
  let runStart = from;
  while (pos < to) {
    const c = text.charCodeAt(pos);
    if (c === CharCode.Backtick) {
      out += text.slice(runStart, pos);
      pos = appendEscape(text, pos, to);
      out += escaped;
      runStart = pos;
    } else if (isSingleQuote(c) || isDoubleQuote(c)) {
      out += text.slice(runStart, pos);
      const single = isSingleQuote(c);
      let end = pos + 1;
      while (end < to) {
        const d = text.charCodeAt(end);
        if (single ? isSingleQuote(d) : isDoubleQuote(d)) {
          if (end + 1 < to && (single ? isSingleQuote(text.charCodeAt(end + 1)) : isDoubleQuote(text.charCodeAt(end + 1)))) {
            end += 2;
            continue;
          }
          break;
        }
        if (!single && d === CharCode.Backtick) end++;
        end++;
      }
      const pieceEnd = end < to ? end : to;
      out += single ? decodeVerbatim(text, pos + 1, pieceEnd) : decodeExpandable(text, pos + 1, pieceEnd, true);
      pos = end < to ? end + 1 : to;
      runStart = pos;
    } else {
      pos++;
    }
  }
  return out + text.slice(runStart, to);
}

let escaped = '';

/** Decodes the escape at the backtick into `escaped`; returns the offset after it. */
function appendEscape(text: string, pos: number, to: number): number {
  if (pos + 1 >= to) {
    escaped = '';
    return to;
  }
  const c = text.charCodeAt(pos + 1);
  switch (c) {
    case CharCode.Digit0:
      escaped = '\0';
      break;
    case CharCode.LowerA:
      escaped = '\x07';
      break;
    case CharCode.LowerB:
      escaped = '\b';
      break;
    case CharCode.LowerE:
      escaped = '\x1b';
      break;
    case CharCode.LowerF:
      escaped = '\f';
      break;
    case CharCode.LowerN:
      escaped = '\n';
      break;
    case CharCode.LowerR:
      escaped = '\r';
      break;
    case CharCode.LowerT:
      escaped = '\t';
      break;
    case CharCode.LowerV:
      escaped = '\v';
      break;
    case CharCode.LowerU:
      return unicodeEscape(text, pos, to);
    default:
      escaped = isLineBreak(c) ? '' : text.charAt(pos + 1);
      if (c === CharCode.CarriageReturn && text.charCodeAt(pos + 2) === CharCode.LineFeed && pos + 2 < to) return pos + 3;
  }
  return pos + 2;
}

/** `` `u{1F600} ``: up to six hex digits in braces; anything else is a plain `u`. */
function unicodeEscape(text: string, pos: number, to: number): number {
  if (text.charCodeAt(pos + 2) === CharCode.OpenBrace) {
    let value = 0;
    let p = pos + 3;
    while (p < to && p - (pos + 3) < 6) {
      const digit = hexValue(text.charCodeAt(p));
      if (digit < 0) break;
      value = value * 16 + digit;
      p++;
    }
    if (p > pos + 3 && text.charCodeAt(p) === CharCode.CloseBrace && value <= 0x10ffff) {
      escaped = String.fromCodePoint(value);
      return p + 1;
    }
  }
  escaped = 'u';
  return pos + 2;
}

function hexValue(c: number): number {
  if (c >= CharCode.Digit0 && c <= CharCode.Digit9) return c - CharCode.Digit0;
  const lower = c | 0x20;
  if (lower >= CharCode.LowerA && lower <= CharCode.LowerF) return lower - CharCode.LowerA + 10;
  return -1;
}
