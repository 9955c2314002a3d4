# Re-runs the toggle but never sets ForceFullPasswordSync, and only enables.
$source = "Contoso.com"
$target = "contoso.onmicrosoft.com - AAD"
Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $source -TargetConnector $target -Enable $true
