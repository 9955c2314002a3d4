import { TokenKind, type Token } from '../tokenizer/token';
import type { TokenList } from '../tokenizer/tokenList';

const DASHES = '-\u2013\u2014\u2015';

export function tokenText(text: string, token: Token): string {
  return text.slice(token.start, token.end);
}

/** `-SourceConnector:` → `sourceconnector`; any of PowerShell's dashes may start it. */
export function parameterNameOf(text: string, token: Token): string {
  let name = tokenText(text, token);
  while (name.length > 0 && DASHES.includes(name[0])) name = name.slice(1);
  if (name.endsWith(':')) name = name.slice(0, -1);
  return name.toLowerCase();
}

/** `$script:adConnector`, `${adConnector}` → `adconnector`. */
export function variableNameOf(text: string, token: Token): string {
  let name = tokenText(text, token).replace(/^\$/, '');
  if (name.startsWith('{') && name.endsWith('}')) name = name.slice(1, -1);
  const colon = name.indexOf(':');
  if (colon !== -1) name = name.slice(colon + 1);
  return name.toLowerCase();
}

/** `ADSync\Get-ADSyncConnector` → `get-adsyncconnector`. */
export function commandNameOf(text: string, token: Token): string {
  const written = tokenText(text, token);
  return written.slice(written.lastIndexOf('\\') + 1).toLowerCase();
}

export function isStringToken(token: Token): boolean {
  return token.kind === TokenKind.VerbatimString || token.kind === TokenKind.ExpandableString;
}

/** The index of the token that holds the character just before `offset`, or -1. */
export function tokenIndexBefore(tokens: TokenList, offset: number): number {
  if (offset <= 0 || tokens.length === 0) return -1;
  const index = tokens.indexAt(offset - 1);
  return tokens.end(index) >= offset ? index : -1;
}
