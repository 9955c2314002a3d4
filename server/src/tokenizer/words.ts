import { toLowerAscii } from '../shared/asciiCase';

/**
 * Reserved words and dash operators, keyed by their lower-case spelling. PowerShell compares both
 * case-insensitively.
 */

/** What the tokenizer expects after a keyword at command position. */
export const enum AfterKeyword {
  /** A condition or block follows: `if (`, `else {`, `param(`, `catch [T] {`. */
  Expression,
  /** A name or switches follow, read like command arguments: `function Get-X`, `switch -Regex`. */
  Arguments,
  /** A pipeline follows: `return Get-X`, `throw "x"`, `in $list`. */
  Statement,
}

export const keywords: ReadonlyMap<string, AfterKeyword> = new Map<string, AfterKeyword>([
  ['begin', AfterKeyword.Expression],
  ['break', AfterKeyword.Statement],
  ['catch', AfterKeyword.Expression],
  ['class', AfterKeyword.Arguments],
  ['configuration', AfterKeyword.Arguments],
  ['continue', AfterKeyword.Statement],
  ['data', AfterKeyword.Arguments],
  ['do', AfterKeyword.Expression],
  ['dynamicparam', AfterKeyword.Expression],
  ['else', AfterKeyword.Expression],
  ['elseif', AfterKeyword.Expression],
  ['end', AfterKeyword.Expression],
  ['enum', AfterKeyword.Arguments],
  ['exit', AfterKeyword.Statement],
  ['filter', AfterKeyword.Arguments],
  ['finally', AfterKeyword.Expression],
  ['for', AfterKeyword.Expression],
  ['foreach', AfterKeyword.Expression],
  ['function', AfterKeyword.Arguments],
  ['hidden', AfterKeyword.Statement],
  ['if', AfterKeyword.Expression],
  ['in', AfterKeyword.Statement],
  ['param', AfterKeyword.Expression],
  ['process', AfterKeyword.Expression],
  ['return', AfterKeyword.Statement],
  ['static', AfterKeyword.Statement],
  ['switch', AfterKeyword.Arguments],
  ['throw', AfterKeyword.Statement],
  ['trap', AfterKeyword.Expression],
  ['try', AfterKeyword.Expression],
  ['until', AfterKeyword.Expression],
  ['using', AfterKeyword.Arguments],
  ['while', AfterKeyword.Expression],
  ['workflow', AfterKeyword.Arguments],
]);

/**
 * Words looked up in place in the text, in any ASCII case, so that the many words that are none
 * of them cost no string. PowerShell compares these words ordinally, ignoring case, so only ASCII
 * letters fold (the Kelvin sign is not a `k`).
 */
class WordTable {
  private readonly byLength: string[][] = [];

  constructor(words: Iterable<string>) {
    for (const word of words) (this.byLength[word.length] ??= []).push(word);
  }

  /** The lower-case entry that text[start, end) spells, or undefined. */
  spelledIn(text: string, start: number, end: number): string | undefined {
    const candidates = this.byLength[end - start];
    if (candidates === undefined) return undefined;
    for (let k = 0; k < candidates.length; k++) {
      const word = candidates[k];
      let i = 0;
      while (i < word.length && toLowerAscii(text.charCodeAt(start + i)) === word.charCodeAt(i)) i++;
      if (i === word.length) return word;
    }
    return undefined;
  }
}

const keywordTable = new WordTable(keywords.keys());

/** The keyword that text[start, end) spells in any case: its lower-case entry in `keywords`, or undefined. */
export function keywordIn(text: string, start: number, end: number): string | undefined {
  return keywordTable.spelledIn(text, start, end);
}

/** Longest keyword, so longer barewords (most command names) skip the lookup. */
export const maxKeywordLength = 13;

/**
 * Keywords that continue a statement after a closing `}` or `)` (`} else {`, `} while (…)`) or
 * appear inside a header (`foreach ($x in $y)`), so they are read as keywords in expression mode.
 */
export const expressionKeywords: ReadonlySet<string> = new Set(['in', 'else', 'elseif', 'catch', 'finally', 'until', 'while']);

const comparison = ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'replace', 'contains', 'notcontains', 'in', 'notin', 'split'];
const plain = ['and', 'or', 'xor', 'not', 'band', 'bor', 'bxor', 'bnot', 'is', 'isnot', 'as', 'f', 'join', 'shl', 'shr'];

const dashOperators = new WordTable([...comparison, ...comparison.map((op) => 'i' + op), ...comparison.map((op) => 'c' + op), ...plain]);

/** Whether text[start, end) names a dash operator (`eq`, `CLike`, `and`; the dash not included). */
export function isDashOperatorIn(text: string, start: number, end: number): boolean {
  return dashOperators.spelledIn(text, start, end) !== undefined;
}

/** Dash operators that can start an expression (`-not $x`, `-split $s`). */
const unaryDashOperators = new WordTable(['not', 'bnot', 'split', 'join', 'isplit', 'csplit']);

/** Whether text[start, end) names a dash operator that can start an expression. */
export function isUnaryDashOperatorIn(text: string, start: number, end: number): boolean {
  return unaryDashOperators.spelledIn(text, start, end) !== undefined;
}
