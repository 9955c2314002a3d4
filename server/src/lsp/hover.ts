import { MarkupKind, type Hover } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { TokenKind, type Token } from '../tokenizer/token';
import type { TokenList } from '../tokenizer/tokenList';
import { localize, type Locale, type Localized } from '../shared/locale';
import { lspMessages as say } from './lspMessages';
import { ruleDocHref } from './ruleDocLinks';
import { commandNameOf, tokenText } from './tokenText';

interface HoverText {
  title: string;
  body: Localized;
  ruleId: string;
}

export const CMDLET_HOVERS: Record<string, HoverText> = {
  'get-adsyncconnector': {
    title: 'Get-ADSyncConnector',
    body: {
      en: 'Reads a connector of the Azure AD Connect sync engine by `-Name`. The name is case-sensitive and must match Synchronization Service Manager exactly: an AD connector is usually named after its forest (`contoso.com`), the Azure AD one `<tenant>.onmicrosoft.com - AAD`.',
      nl: 'Leest een connector van de synchronisatie-engine van Azure AD Connect aan de hand van `-Name`. De naam is hoofdlettergevoelig en moet precies overeenkomen met Synchronization Service Manager: een AD-connector is meestal genoemd naar zijn forest (`contoso.com`), de Azure AD-connector `<tenant>.onmicrosoft.com - AAD`.',
    },
    ruleId: 'connector-name',
  },
  'add-adsyncconnector': {
    title: 'Add-ADSyncConnector',
    body: {
      en: 'Saves a connector object back to the sync engine. In the password sync script it stores the AD connector with the `ForceFullPasswordSync` global parameter set.',
      nl: 'Slaat een connectorobject terug op in de synchronisatie-engine. In het script voor wachtwoordsynchronisatie slaat het de AD-connector op met de globale parameter `ForceFullPasswordSync` ingesteld.',
    },
    ruleId: 'force-full-password-sync',
  },
  'set-adsyncaadpasswordsyncconfiguration': {
    title: 'Set-ADSyncAADPasswordSyncConfiguration',
    body: {
      en: 'Turns password hash sync off or on for one AD connector (`-SourceConnector`) to Azure AD connector (`-TargetConnector`) pair. Calling it with `-Enable $false` and then `-Enable $true` restarts password sync; with `ForceFullPasswordSync` set, the restart sends the hashes of all passwords, which Azure AD Domain Services needs. The order matters: `$false` first.',
      nl: 'Schakelt wachtwoord-hashsynchronisatie uit of in voor één paar van AD-connector (`-SourceConnector`) en Azure AD-connector (`-TargetConnector`). Eerst aanroepen met `-Enable $false` en dan met `-Enable $true` start de wachtwoordsynchronisatie opnieuw; met `ForceFullPasswordSync` ingesteld stuurt die herstart de hashes van alle wachtwoorden, en die heeft Azure AD Domain Services nodig. De volgorde telt: eerst `$false`.',
    },
    ruleId: 'password-sync-toggle',
  },
  'get-adsyncaadpasswordsyncconfiguration': {
    title: 'Get-ADSyncAADPasswordSyncConfiguration',
    body: {
      en: 'Reads whether password hash sync is enabled for an AD connector (`-SourceConnector`); useful to check the result of the script.',
      nl: 'Leest of wachtwoord-hashsynchronisatie is ingeschakeld voor een AD-connector (`-SourceConnector`); handig om het resultaat van het script te controleren.',
    },
    ruleId: 'password-sync-toggle',
  },
};

const FORCE_FULL = 'forcefullpasswordsync';
export const FORCE_FULL_HOVER: HoverText = {
  title: 'ForceFullPasswordSync',
  body: {
    en: 'The `Microsoft.Synchronize.ForceFullPasswordSync` connector global parameter. Set to `1` on the AD connector, it makes the next password sync cycle send the hashes of all passwords instead of only changed ones, so that Azure AD Domain Services gets hashes for existing accounts.',
    nl: 'De globale connectorparameter `Microsoft.Synchronize.ForceFullPasswordSync`. Op `1` gezet op de AD-connector zorgt hij ervoor dat de volgende cyclus van wachtwoordsynchronisatie de hashes van alle wachtwoorden stuurt in plaats van alleen de gewijzigde, zodat Azure AD Domain Services hashes krijgt voor bestaande accounts.',
  },
  ruleId: 'force-full-password-sync',
};

function render(document: TextDocument, text: HoverText, start: number, end: number, locale: Locale): Hover {
  const label = localize(say.hoverRuleLink, locale, { rule: text.ruleId });
  const href = ruleDocHref(text.ruleId, locale);
  const link = href === undefined ? label : `[${label}](${href})`;
  return {
    contents: { kind: MarkupKind.Markdown, value: `**${text.title}**\n\n${localize(text.body, locale)}\n\n${link}` },
    range: { start: document.positionAt(start), end: document.positionAt(end) },
  };
}

/** The token holding `offset`, if any. */
function tokenAt(tokens: TokenList, offset: number): Token | undefined {
  const index = tokens.indexAt(offset);
  return index !== -1 && offset >= tokens.start(index) && offset < tokens.end(index) ? tokens.at(index) : undefined;
}

/** Explains the ADSync cmdlets and ForceFullPasswordSync under the cursor, with a link to the rule docs. */
export function hoverAt(document: TextDocument, tokens: TokenList, offset: number, locale: Locale = 'en'): Hover | undefined {
  const token = tokenAt(tokens, offset);
  if (!token) return undefined;
  const text = document.getText();
  if (token.kind === TokenKind.Generic) {
    const cmdlet = CMDLET_HOVERS[commandNameOf(text, token)];
    if (cmdlet) return render(document, cmdlet, token.start, token.end, locale);
  }
  if (token.kind === TokenKind.Whitespace || token.kind === TokenKind.NewLine) return undefined;
  const lower = tokenText(text, token).toLowerCase();
  for (let at = lower.indexOf(FORCE_FULL); at !== -1; at = lower.indexOf(FORCE_FULL, at + 1)) {
    const start = token.start + at;
    const end = start + FORCE_FULL.length;
    if (offset >= start && offset < end) return render(document, FORCE_FULL_HOVER, start, end, locale);
  }
  return undefined;
}
