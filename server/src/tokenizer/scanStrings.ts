import { CharCode } from './charCode';
import { forcesNewToken, isDoubleQuote, isIdentifierChar, isLineBreak, isPlainStringChar, isSingleQuote, isWhitespace } from './charTraits';

/** What the last scan found, read by the caller right after the call (no allocation per scan). */
export const enum Scanned {
  None = 0,
  Unterminated = 1 << 0,
  Expansion = 1 << 1,
  Typographic = 1 << 2,
  Malformed = 1 << 3,
  /** A here-string line looked like a footer but was indented. */
  IndentedFooter = 1 << 4,
}

export const scanned = { flags: Scanned.None, indentedFooterAt: -1 };

/** `'…'` from the opening quote; any single-quote character closes, two in a row escape. */
export function scanVerbatimString(text: string, pos: number): number {
  const len = text.length;
  let flags = text.charCodeAt(pos) === CharCode.SingleQuote ? Scanned.None : Scanned.Typographic;
  pos++;
  for (;;) {
    if (pos >= len) {
      scanned.flags = flags | Scanned.Unterminated;
      return len;
    }
    const c = text.charCodeAt(pos++);
    if (isSingleQuote(c)) {
      if (isSingleQuote(text.charCodeAt(pos))) {
        pos++;
        continue;
      }
      if (c !== CharCode.SingleQuote) flags |= Scanned.Typographic;
      scanned.flags = flags;
      return pos;
    }
  }
}

/** `${…}` from the `$`: backtick escapes the next character, the first unescaped `}` closes. */
export function scanBracedVariable(text: string, pos: number): number {
  const len = text.length;
  const nameStart = pos + 2;
  let flags = Scanned.None;
  pos = nameStart;
  for (;;) {
    if (pos >= len) {
      scanned.flags = flags | Scanned.Unterminated;
      return len;
    }
    const c = text.charCodeAt(pos++);
    if (c === CharCode.CloseBrace) {
      if (pos - 1 === nameStart) flags |= Scanned.Malformed;
      scanned.flags = flags;
      return pos;
    }
    if (c === CharCode.Backtick) {
      if (pos < len) pos++;
    } else if (c === CharCode.OpenBrace) {
      flags |= Scanned.Malformed;
    }
  }
}

const enum Frame {
  String,
  HereString,
  SubExpression,
}

/**
 * Shared by every scan; nesting lives here rather than on the call stack so that 10,000 nested
 * `"$(` cannot overflow it. Typed arrays that only grow: emptying a JS array for each of the many
 * strings in a script would drop its storage and allocate it again.
 */
class FrameStack {
  kinds = new Uint8Array(16);
  depths = new Int32Array(16);
  count = 0;

  push(kind: Frame, depth: number): void {
    if (this.count === this.kinds.length) {
      const kinds = new Uint8Array(this.count * 2);
      kinds.set(this.kinds);
      const depths = new Int32Array(this.count * 2);
      depths.set(this.depths);
      this.kinds = kinds;
      this.depths = depths;
    }
    this.kinds[this.count] = kind;
    this.depths[this.count] = depth;
    this.count++;
  }
}

const frames = new FrameStack();

export const enum ExpandableStart {
  /** At the opening double quote. */
  String,
  /** At the first character of a here-string body. */
  HereStringBody,
  /** Just after the `(` of `$(`: finds the matching `)`. */
  SubExpression,
}

/**
 * Scans an expandable string, here-string body or sub-expression and returns the offset just
 * past its end. Sub-expressions are skipped with the rules that decide where they end: nested
 * strings, here-strings, comments, escapes and parentheses.
 */
export function scanExpandable(text: string, pos: number, start: ExpandableStart): number {
  const len = text.length;
  let flags = Scanned.None;
  let atLineStart = false;
  frames.count = 0;
  if (start === ExpandableStart.String) {
    if (text.charCodeAt(pos) !== CharCode.DoubleQuote) flags |= Scanned.Typographic;
    pos++;
    frames.push(Frame.String, 0);
  } else if (start === ExpandableStart.HereStringBody) {
    frames.push(Frame.HereString, 0);
    atLineStart = true;
  } else {
    frames.push(Frame.SubExpression, 1);
  }
  scanned.indentedFooterAt = -1;

  for (;;) {
    if (pos >= len) {
      scanned.flags = flags | Scanned.Unterminated;
      return len;
    }
    const top = frames.count - 1;
    const frame = frames.kinds[top] as Frame;
    const c = text.charCodeAt(pos);

    if (frame === Frame.SubExpression) {
      switch (c) {
        case CharCode.OpenParen:
          frames.depths[top]++;
          pos++;
          break;
        case CharCode.CloseParen:
          pos++;
          if (--frames.depths[top] === 0) {
            frames.count--;
            if (frames.count === 0) {
              scanned.flags = flags;
              return pos;
            }
          }
          break;
        case CharCode.Backtick:
          pos += 2;
          break;
        case CharCode.Hash:
          if (pos === 0 || forcesNewToken(text.charCodeAt(pos - 1))) pos = skipToLineBreak(text, pos);
          else pos++;
          break;
        case CharCode.LessThan:
          if (text.charCodeAt(pos + 1) === CharCode.Hash) {
            const end = skipBlockComment(text, pos);
            if (end < 0) pos = len;
            else pos = end;
          } else pos++;
          break;
        case CharCode.At: {
          const q = text.charCodeAt(pos + 1);
          if (isSingleQuote(q)) {
            pos = scanHereString(text, pos, false);
            if ((scanned.flags & Scanned.Unterminated) !== 0) pos = len;
          } else if (isDoubleQuote(q)) {
            const bodyStart = scanHereStringHeader(text, pos);
            if (bodyStart < 0) pos = -bodyStart - 1;
            else {
              pos = bodyStart;
              frames.push(Frame.HereString, 0);
              atLineStart = true;
            }
          } else pos++;
          break;
        }
        default:
          if (isSingleQuote(c)) {
            pos = scanVerbatimString(text, pos);
          } else if (isDoubleQuote(c)) {
            frames.push(Frame.String, 0);
            pos++;
          } else pos++;
      }
      continue;
    }

    if (!atLineStart && isPlainStringChar(c)) {
      // A run of plain text: only a quote, `$`, a backtick or a line break can change anything.
      pos++;
      while (pos < len && isPlainStringChar(text.charCodeAt(pos))) pos++;
      continue;
    }

    if (atLineStart) {
      atLineStart = false;
      if (frame === Frame.HereString) {
        if (isDoubleQuote(c) && text.charCodeAt(pos + 1) === CharCode.At) {
          pos += 2;
          frames.count--;
          if (frames.count === 0) {
            scanned.flags = flags;
            return pos;
          }
          continue;
        }
        if (isWhitespace(c) && isIndentedFooter(text, pos, false)) {
          flags |= Scanned.IndentedFooter;
          if (scanned.indentedFooterAt < 0) scanned.indentedFooterAt = pos;
        }
      }
    }

    switch (c) {
      case CharCode.Backtick:
        if (frame === Frame.HereString && isLineBreak(text.charCodeAt(pos + 1))) pos++;
        else pos += 2;
        break;
      case CharCode.Dollar: {
        const n = text.charCodeAt(pos + 1);
        if (n === CharCode.OpenParen) {
          flags |= Scanned.Expansion;
          frames.push(Frame.SubExpression, 1);
          pos += 2;
        } else if (n === CharCode.OpenBrace) {
          flags |= Scanned.Expansion;
          pos = scanBracedVariable(text, pos);
          if ((scanned.flags & Scanned.Unterminated) !== 0) pos = len;
        } else {
          if (startsVariableInString(n)) flags |= Scanned.Expansion;
          pos++;
        }
        break;
      }
      case CharCode.CarriageReturn:
        pos += text.charCodeAt(pos + 1) === CharCode.LineFeed ? 2 : 1;
        atLineStart = true;
        break;
      case CharCode.LineFeed:
        pos++;
        atLineStart = true;
        break;
      default:
        pos++;
        if (frame === Frame.String && isDoubleQuote(c)) {
          if (isDoubleQuote(text.charCodeAt(pos))) {
            pos++;
            break;
          }
          if (top === 0 && c !== CharCode.DoubleQuote) flags |= Scanned.Typographic;
          frames.count--;
          if (frames.count === 0) {
            scanned.flags = flags;
            return pos;
          }
        }
    }
  }
}

/** A `$` inside double quotes expands when a name, `{`, `(` or one of `$ ? ^ :` follows. */
export function startsVariableInString(c: number): boolean {
  return isIdentifierChar(c) || c === CharCode.Dollar || c === CharCode.Question || c === CharCode.Caret || c === CharCode.Colon;
}

/** From `#`: the offset of the line break ending the comment (or the end of input). */
export function skipToLineBreak(text: string, pos: number): number {
  const len = text.length;
  while (pos < len) {
    const c = text.charCodeAt(pos);
    if (c === CharCode.LineFeed || c === CharCode.CarriageReturn) break;
    pos++;
  }
  return pos;
}

/** From `<#`: the offset past the first `#>`, or -1 when there is none. */
export function skipBlockComment(text: string, pos: number): number {
  // The native search: block comments run to thousands of characters of help text.
  const close = text.indexOf('#>', pos + 2);
  return close === -1 ? -1 : close + 2;
}

function isIndentedFooter(text: string, pos: number, verbatim: boolean): boolean {
  const len = text.length;
  while (pos < len && isWhitespace(text.charCodeAt(pos))) pos++;
  const q = text.charCodeAt(pos);
  return (verbatim ? isSingleQuote(q) : isDoubleQuote(q)) && text.charCodeAt(pos + 1) === CharCode.At;
}

/**
 * From the `@` of `@'`/`@"`: the offset of the body (after the header's line break). When the
 * header line holds more text, PowerShell ends the token on that line (at a matching `'@`/`"@`
 * on the same line, if any); that end is returned as `-(end + 1)` with `Malformed` set.
 * Reaching the end of input right after the header returns `-(len + 1)` with `Unterminated`.
 */
export function scanHereStringHeader(text: string, pos: number): number {
  const len = text.length;
  const quote = text.charCodeAt(pos + 1);
  const single = isSingleQuote(quote);
  let flags = quote === CharCode.SingleQuote || quote === CharCode.DoubleQuote ? Scanned.None : Scanned.Typographic;
  pos += 2;
  while (pos < len && isWhitespace(text.charCodeAt(pos))) pos++;
  if (pos >= len) {
    scanned.flags = flags | Scanned.Unterminated;
    return -(len + 1);
  }
  const c = text.charCodeAt(pos);
  if (c === CharCode.CarriageReturn) {
    scanned.flags = flags;
    return text.charCodeAt(pos + 1) === CharCode.LineFeed ? pos + 2 : pos + 1;
  }
  if (c === CharCode.LineFeed) {
    scanned.flags = flags;
    return pos + 1;
  }
  flags |= Scanned.Malformed;
  while (pos < len) {
    const d = text.charCodeAt(pos);
    if (isLineBreak(d)) break;
    pos++;
    if ((single ? isSingleQuote(d) : isDoubleQuote(d)) && text.charCodeAt(pos) === CharCode.At) {
      pos++;
      break;
    }
  }
  scanned.flags = flags;
  return -(pos + 1);
}

/** A whole here-string from its `@`. */
export function scanHereString(text: string, pos: number, expandable: boolean): number {
  const bodyStart = scanHereStringHeader(text, pos);
  if (bodyStart < 0) return -bodyStart - 1;
  const headerFlags = scanned.flags;
  let end: number;
  if (expandable) {
    end = scanExpandable(text, bodyStart, ExpandableStart.HereStringBody);
  } else {
    end = scanVerbatimHereBody(text, bodyStart);
  }
  scanned.flags |= headerFlags;
  return end;
}

function scanVerbatimHereBody(text: string, pos: number): number {
  const len = text.length;
  let flags = Scanned.None;
  scanned.indentedFooterAt = -1;
  for (;;) {
    if (pos >= len) {
      scanned.flags = flags | Scanned.Unterminated;
      return len;
    }
    const c = text.charCodeAt(pos);
    if (isSingleQuote(c) && text.charCodeAt(pos + 1) === CharCode.At) {
      scanned.flags = flags;
      return pos + 2;
    }
    if (isWhitespace(c) && isIndentedFooter(text, pos, true)) {
      flags |= Scanned.IndentedFooter;
      if (scanned.indentedFooterAt < 0) scanned.indentedFooterAt = pos;
    }
    pos = skipToLineBreak(text, pos);
    if (pos < len) pos += text.charCodeAt(pos) === CharCode.CarriageReturn && text.charCodeAt(pos + 1) === CharCode.LineFeed ? 2 : 1;
  }
}
