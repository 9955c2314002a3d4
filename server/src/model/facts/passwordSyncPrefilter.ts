import { TokenKind, type Token } from '../../tokenizer/token';
import type { TokenList } from '../../tokenizer/tokenList';
import { stringValue } from '../../tokenizer/tokenValue';

const MARK = 'passwordsync';

function containsMark(text: string): boolean {
  // The cmdlet's own casing settles most scripts without copying the whole text in lower case.
  if (text.indexOf('PasswordSync') !== -1) return true;
  return text.toLowerCase().indexOf(MARK) !== -1;
}

/**
 * Whether a script could call Set-ADSyncAADPasswordSyncConfiguration or build the
 * ForceFullPasswordSync parameter: both names contain "PasswordSync". Most scripts an admin opens
 * never mention it, and for them parsing can be skipped without changing any result. Backtick
 * escapes can split a name in the text (`Set-ADSyncAADPassword`Sync…`), so words holding a
 * backtick are judged by their decoded value.
 */
export function couldActOnPasswordSync(text: string, tokens: TokenList): boolean {
  if (containsMark(text)) return true;
  if (text.indexOf('`') === -1) return false;
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens.kind(i);
    if (kind !== TokenKind.Generic && kind !== TokenKind.ExpandableString && kind !== TokenKind.ExpandableHereString && kind !== TokenKind.Identifier) continue;
    const token = tokens.at(i)!;
    if (!holdsBacktick(text, token)) continue;
    const value = stringValue(text, token);
    if (value !== undefined && containsMark(value)) return true;
  }
  return false;
}

function holdsBacktick(text: string, token: Token): boolean {
  for (let i = token.start; i < token.end; i++) if (text.charCodeAt(i) === 0x60) return true;
  return false;
}
