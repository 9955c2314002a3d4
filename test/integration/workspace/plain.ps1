# An ordinary script with nothing for adsync-lint to report.
function Get-RunningServiceName {
    param(
        [string] $NamePattern = '*'
    )

    Get-Service -Name $NamePattern |
        Where-Object { $_.Status -eq 'Running' } |
        Sort-Object -Property DisplayName |
        Select-Object -ExpandProperty Name
}

Get-RunningServiceName -NamePattern 'W*'
