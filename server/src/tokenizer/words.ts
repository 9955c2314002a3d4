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

/** The keywords by length, so a word in the text is compared only with those as long as it. */
const keywordsByLength: string[][] = [];
for (const word of keywords.keys()) (keywordsByLength[word.length] ??= []).push(word);

/**
 * The keyword that a word of ASCII letters, text[start, end), spells in any case: its lower-case
 * entry in `keywords`, or undefined. It compares in place, so the many words that are no keyword
 * cost no string.
 */
export function keywordIn(text: string, start: number, end: number): string | undefined {
  const candidates = keywordsByLength[end - start];
  if (candidates === undefined) return undefined;
  for (const word of candidates) {
    let i = 0;
    while (i < word.length && (text.charCodeAt(start + i) | 0x20) === word.charCodeAt(i)) i++;
    if (i === word.length) return word;
  }
  return undefined;
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

export const dashOperators: ReadonlySet<string> = new Set([
  ...comparison,
  ...comparison.map((op) => 'i' + op),
  ...comparison.map((op) => 'c' + op),
  ...plain,
]);

/** Dash operators that can start an expression (`-not $x`, `-split $s`). */
export const unaryDashOperators: ReadonlySet<string> = new Set(['not', 'bnot', 'split', 'join', 'isplit', 'csplit']);
