import { CharCode } from './charCode';
import { toLowerAscii } from '../shared/asciiCase';
import { isDigit, isHexDigit } from './charTraits';

/**
 * From a digit (or a `.` before a digit): the end of the longest number PowerShell would read —
 * decimal, `0x` hex, `0b` binary, real with exponent — with its type suffix (`l`, `d`, `u`, `ul`,
 * `y`, `uy`, `s`, `us`, `n`) and multiplier (`kb` … `pb`). The caller decides what a glued
 * letter after it means.
 */
export function scanNumber(text: string, pos: number): number {
  const len = text.length;
  const c0 = text.charCodeAt(pos);
  const c1 = toLowerAscii(text.charCodeAt(pos + 1));
  if (c0 === CharCode.Digit0 && c1 === CharCode.LowerX && isHexDigit(text.charCodeAt(pos + 2))) {
    pos += 3;
    while (pos < len && isHexDigit(text.charCodeAt(pos))) pos++;
    return scanMultiplier(text, scanTypeSuffix(text, pos, false));
  }
  if (c0 === CharCode.Digit0 && c1 === CharCode.LowerB && isBinaryDigit(text.charCodeAt(pos + 2))) {
    pos += 3;
    while (pos < len && isBinaryDigit(text.charCodeAt(pos))) pos++;
    return scanMultiplier(text, scanTypeSuffix(text, pos, false));
  }
  while (pos < len && isDigit(text.charCodeAt(pos))) pos++;
  if (text.charCodeAt(pos) === CharCode.Dot && isDigit(text.charCodeAt(pos + 1))) {
    pos += 2;
    while (pos < len && isDigit(text.charCodeAt(pos))) pos++;
  }
  if (toLowerAscii(text.charCodeAt(pos)) === CharCode.LowerE) {
    let p = pos + 1;
    const sign = text.charCodeAt(p);
    if (sign === CharCode.Plus || sign === CharCode.Dash) p++;
    if (isDigit(text.charCodeAt(p))) {
      p++;
      while (p < len && isDigit(text.charCodeAt(p))) p++;
      pos = p;
    }
  }
  return scanMultiplier(text, scanTypeSuffix(text, pos, true));
}

function isBinaryDigit(c: number): boolean {
  return c === CharCode.Digit0 || c === CharCode.Digit1;
}

function scanTypeSuffix(text: string, pos: number, decimal: boolean): number {
  const c = toLowerAscii(text.charCodeAt(pos));
  switch (c) {
    case CharCode.LowerD:
      return decimal ? pos + 1 : pos;
    case CharCode.LowerL:
    case CharCode.LowerN:
    case CharCode.LowerY:
    case CharCode.LowerS:
      return pos + 1;
    case CharCode.LowerU: {
      const n = toLowerAscii(text.charCodeAt(pos + 1));
      return n === CharCode.LowerL || n === CharCode.LowerY || n === CharCode.LowerS ? pos + 2 : pos + 1;
    }
    default:
      return pos;
  }
}

function scanMultiplier(text: string, pos: number): number {
  if (toLowerAscii(text.charCodeAt(pos + 1)) !== CharCode.LowerB) return pos;
  switch (toLowerAscii(text.charCodeAt(pos))) {
    case CharCode.LowerK:
    case CharCode.LowerM:
    case CharCode.LowerG:
    case CharCode.LowerT:
    case CharCode.LowerP:
      return pos + 2;
    default:
      return pos;
  }
}
