/** Pieces of the canonical password-sync script, for rule tests to put together and break. */

/** The two connector names, as variables. */
export const AD = '$ad = "contoso.com"\n$aad = "contoso.onmicrosoft.com - AAD"\n';

/** Fetch the AD connector, set ForceFullPasswordSync on it and save it. */
export const FULL =
  '$c = Get-ADSyncConnector -Name $ad\n' +
  '$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null\n' +
  '$p.Value = 1\n$c.GlobalParameters.Remove($p.Name)\n$c.GlobalParameters.Add($p)\n$c = Add-ADSyncConnector -Connector $c\n';

export const OFF = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector $aad -Enable $false\n';
export const ON = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector $aad -Enable $true\n';
