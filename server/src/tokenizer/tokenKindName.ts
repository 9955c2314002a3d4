import { TokenKind } from './token';

// In declaration order of TokenKind; a unit test pins every entry to its enum member.
const names: readonly string[] = [
  'Whitespace',
  'NewLine',
  'LineContinuation',
  'LineComment',
  'BlockComment',
  'Variable',
  'SplattedVariable',
  'Parameter',
  'VerbatimString',
  'ExpandableString',
  'VerbatimHereString',
  'ExpandableHereString',
  'Number',
  'Generic',
  'Identifier',
  'Keyword',
  'TypeLiteral',
  'LParen',
  'RParen',
  'LCurly',
  'RCurly',
  'LBracket',
  'RBracket',
  'AtParen',
  'AtCurly',
  'DollarParen',
  'Semicolon',
  'Comma',
  'Dot',
  'ColonColon',
  'Pipe',
  'Ampersand',
  'Assign',
  'Operator',
  'StopParsing',
  'EndOfParameters',
  'Unknown',
];

/** Readable name of a token kind, for tests, debugging and error messages. */
export function tokenKindName(kind: TokenKind): string {
  return names[kind] ?? `TokenKind(${kind})`;
}
