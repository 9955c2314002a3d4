# Two forests: the parameter is saved on both, but only contoso.com is toggled afterwards, so
# fabrikam.com never gets its full password sync. adsync-lint reports fabrikam.com's save.
$azureadConnector = "contoso.onmicrosoft.com - AAD"
$contoso = "contoso.com"
$fabrikam = "fabrikam.com"
Import-Module adsync

$c = Get-ADSyncConnector -Name $contoso
$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null
$p.Value = 1
$c.GlobalParameters.Remove($p.Name)
$c.GlobalParameters.Add($p)
$c = Add-ADSyncConnector -Connector $c

$f = Get-ADSyncConnector -Name $fabrikam
$f.GlobalParameters.Remove($p.Name)
$f.GlobalParameters.Add($p)
$f = Add-ADSyncConnector -Connector $f

Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $contoso -TargetConnector $azureadConnector -Enable $false
Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $contoso -TargetConnector $azureadConnector -Enable $true
