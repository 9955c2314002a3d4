/**
 * The script from Microsoft's "Enable password synchronization to Azure AD Domain Services"
 * page, with the connector names filled in. Fixes, the snippet tests, the code action and the
 * "insert script" command all build from here, so they cannot drift apart.
 */
export interface CanonicalScriptNames {
  adConnector: string;
  azureAdConnector: string;
}

export interface MultiForestScriptNames {
  adConnectors: readonly string[];
  azureAdConnector: string;
}

export const FORCE_FULL_PASSWORD_SYNC_LINES = [
  '$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null',
  '$p.Value = 1',
  '$c.GlobalParameters.Remove($p.Name)',
  '$c.GlobalParameters.Add($p)',
  '$c = Add-ADSyncConnector -Connector $c',
];

/** Control characters written as PowerShell escapes, so a value never puts a raw line break into the file. */
const CONTROL_ESCAPES: Record<string, string> = { '\r': '`r', '\n': '`n', '\t': '`t', '\0': '`0' };

/** A double-quoted PowerShell string holding `value` literally. */
export function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const escape = CONTROL_ESCAPES[ch];
    if (escape !== undefined) {
      out += escape;
      continue;
    }
    if (ch === '"' || ch === '`' || ch === '$' || ch === '\u201C' || ch === '\u201D' || ch === '\u201E') out += '`';
    out += ch;
  }
  return out + '"';
}

/** What the script does for one AD connector, once `$adConnector` and `$azureadConnector` hold the names. */
const PER_FOREST_LINES = [
  '$c = Get-ADSyncConnector -Name $adConnector',
  ...FORCE_FULL_PASSWORD_SYNC_LINES,
  'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $false',
  'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $true',
];

export function canonicalScriptLines(names: CanonicalScriptNames): string[] {
  return [
    `$adConnector = ${doubleQuoted(names.adConnector)}`,
    `$azureadConnector = ${doubleQuoted(names.azureAdConnector)}`,
    'Import-Module adsync',
    ...PER_FOREST_LINES,
  ];
}

/** The same steps in a loop over every AD connector, as the `adsync-forests` snippet writes them. */
export function multiForestScriptLines(names: MultiForestScriptNames): string[] {
  const forests = (names.adConnectors.length > 0 ? names.adConnectors : ['']).map(doubleQuoted).join(', ');
  return [
    `$azureadConnector = ${doubleQuoted(names.azureAdConnector)}`,
    'Import-Module adsync',
    `foreach ($adConnector in @(${forests})) {`,
    ...PER_FOREST_LINES.map((line) => '\t' + line),
    '}',
  ];
}

export function multiForestScript(names: MultiForestScriptNames, eol = '\n'): string {
  return multiForestScriptLines(names).join(eol) + eol;
}

export function canonicalScript(names: CanonicalScriptNames, eol = '\n'): string {
  return canonicalScriptLines(names).join(eol) + eol;
}
