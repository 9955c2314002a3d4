import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TokenKind, type Token } from '../tokenizer/token';
import type { TokenList } from '../tokenizer/tokenList';
import { ruleDocsUrl } from '../rules';
import { commandNameOf, tokenText } from './tokenText';

interface HoverText {
  title: string;
  body: string;
  ruleId: string;
}

const CMDLETS: Record<string, HoverText> = {
  'get-adsyncconnector': {
    title: 'Get-ADSyncConnector',
    body: 'Reads a connector of the Azure AD Connect sync engine by `-Name`. The name is case-sensitive and must match Synchronization Service Manager exactly: an AD connector is usually named after its forest (`contoso.com`), the Azure AD one `<tenant>.onmicrosoft.com - AAD`.',
    ruleId: 'connector-name',
  },
  'add-adsyncconnector': {
    title: 'Add-ADSyncConnector',
    body: 'Saves a connector object back to the sync engine. In the password sync script it stores the AD connector with the `ForceFullPasswordSync` global parameter set.',
    ruleId: 'force-full-password-sync',
  },
  'set-adsyncaadpasswordsyncconfiguration': {
    title: 'Set-ADSyncAADPasswordSyncConfiguration',
    body: 'Turns password hash sync off or on for one AD connector (`-SourceConnector`) to Azure AD connector (`-TargetConnector`) pair. Calling it with `-Enable $false` and then `-Enable $true` restarts password sync; with `ForceFullPasswordSync` set, the restart sends the hashes of all passwords, which Azure AD Domain Services needs. The order matters: `$false` first.',
    ruleId: 'password-sync-toggle',
  },
  'get-adsyncaadpasswordsyncconfiguration': {
    title: 'Get-ADSyncAADPasswordSyncConfiguration',
    body: 'Reads whether password hash sync is enabled for an AD connector (`-SourceConnector`); useful to check the result of the script.',
    ruleId: 'password-sync-toggle',
  },
};

const FORCE_FULL = 'forcefullpasswordsync';
const FORCE_FULL_TEXT: HoverText = {
  title: 'ForceFullPasswordSync',
  body: 'The `Microsoft.Synchronize.ForceFullPasswordSync` connector global parameter. Set to `1` on the AD connector, it makes the next password sync cycle send the hashes of all passwords instead of only changed ones, so that Azure AD Domain Services gets hashes for existing accounts.',
  ruleId: 'force-full-password-sync',
};

function render(document: TextDocument, text: HoverText, start: number, end: number): Hover {
  return {
    contents: { kind: MarkupKind.Markdown, value: `**${text.title}**\n\n${text.body}\n\n[adsync-lint: ${text.ruleId}](${ruleDocsUrl(text.ruleId)})` },
    range: { start: document.positionAt(start), end: document.positionAt(end) },
  };
}

/** The token holding `offset`, if any. */
function tokenAt(tokens: TokenList, offset: number): Token | undefined {
  const index = tokens.indexAt(offset);
  return index !== -1 && offset >= tokens.start(index) && offset < tokens.end(index) ? tokens.at(index) : undefined;
}

/** Explains the ADSync cmdlets and ForceFullPasswordSync under the cursor, with a link to the rule docs. */
export function hoverAt(document: TextDocument, tokens: TokenList, offset: number): Hover | undefined {
  const token = tokenAt(tokens, offset);
  if (!token) return undefined;
  const text = document.getText();
  if (token.kind === TokenKind.Generic) {
    const cmdlet = CMDLETS[commandNameOf(text, token)];
    if (cmdlet) return render(document, cmdlet, token.start, token.end);
  }
  if (token.kind === TokenKind.Whitespace || token.kind === TokenKind.NewLine) return undefined;
  const lower = tokenText(text, token).toLowerCase();
  for (let at = lower.indexOf(FORCE_FULL); at !== -1; at = lower.indexOf(FORCE_FULL, at + 1)) {
    const start = token.start + at;
    const end = start + FORCE_FULL.length;
    if (offset >= start && offset < end) return render(document, FORCE_FULL_TEXT, start, end);
  }
  return undefined;
}
