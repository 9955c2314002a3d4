# A mock of the ADSync module over a simulated Azure AD Connect server, for the execution oracle.
# OracleServer.ps1 puts the server in $global:AdSyncOracleServer before each script: a list of
# Microsoft.IdentityManagement.PowerShell.ObjectModel.Connector objects, the stored state. Every
# call is written to [AdSyncOracle.Journal]; the tests judge the script from that journal.
# Names are compared case-sensitively, as the sync engine compares them.

using namespace Microsoft.IdentityManagement.PowerShell.ObjectModel

function Find-OracleConnector([string] $Name) {
    foreach ($connector in $global:AdSyncOracleServer) {
        if ($connector.Name -ceq $Name) { return $connector }
    }
    return $null
}

function Write-OracleFailure([string] $Command, [string] $Reason, [string] $Name) {
    [AdSyncOracle.Journal]::Note('failed', $Command, $Reason, $Name)
    Write-Error -Message "${Command}: $Reason '$Name'" -ErrorAction Continue
}

function Get-ADSyncConnector {
    [CmdletBinding(DefaultParameterSetName = 'All')]
    param(
        [Parameter(ParameterSetName = 'Name', Position = 0)] [string] $Name,
        [Parameter(ParameterSetName = 'Identifier')] [guid] $Identifier
    )
    switch ($PSCmdlet.ParameterSetName) {
        'Name' {
            $connector = Find-OracleConnector $Name
            if ($null -eq $connector) { Write-OracleFailure 'Get-ADSyncConnector' 'unknown connector' $Name; return }
            [AdSyncOracle.Journal]::Note('fetch', $connector.Name)
            return $connector.Copy()
        }
        'Identifier' {
            foreach ($connector in $global:AdSyncOracleServer) {
                if ($connector.Identifier -eq $Identifier) {
                    [AdSyncOracle.Journal]::Note('fetch', $connector.Name)
                    return $connector.Copy()
                }
            }
            Write-OracleFailure 'Get-ADSyncConnector' 'unknown identifier' "$Identifier"
        }
        default {
            foreach ($connector in $global:AdSyncOracleServer) {
                [AdSyncOracle.Journal]::Note('fetch', $connector.Name)
                $connector.Copy()
            }
        }
    }
}

function Add-ADSyncConnector {
    [CmdletBinding()]
    param([Parameter(Position = 0, ValueFromPipeline = $true)] [object] $Connector)
    process {
        $given = if ($Connector -is [System.Management.Automation.PSObject]) { $Connector.psobject.BaseObject } else { $Connector }
        if ($given -isnot [Connector]) { Write-OracleFailure 'Add-ADSyncConnector' 'not a connector' "$given"; return }
        $stored = Find-OracleConnector $given.Name
        if ($null -eq $stored) { Write-OracleFailure 'Add-ADSyncConnector' 'unknown connector' $given.Name; return }
        $saved = $given.Copy()
        $index = $global:AdSyncOracleServer.IndexOf($stored)
        $global:AdSyncOracleServer[$index] = $saved
        $value = '<absent>'
        $parameterId = ''
        if ($saved.GlobalParameters.Contains('Microsoft.Synchronize.ForceFullPasswordSync')) {
            $parameter = $saved.GlobalParameters['Microsoft.Synchronize.ForceFullPasswordSync']
            $value = if ($null -eq $parameter.Value) { '<null>' } else { $parameter.Value }
            $parameterId = "$($parameter.Id)"
        }
        [AdSyncOracle.Journal]::Note('save', $saved.Name, $value, $parameterId)
        return $saved.Copy()
    }
}

function Set-ADSyncAADPasswordSyncConfiguration {
    [CmdletBinding()]
    param([string] $SourceConnector, [string] $TargetConnector, [bool] $Enable)
    $enableText = if ($PSBoundParameters.ContainsKey('Enable')) { "$Enable".ToLowerInvariant() } else { '' }
    [AdSyncOracle.Journal]::Note('toggle', $SourceConnector, $TargetConnector, $enableText)
    foreach ($name in 'SourceConnector', 'TargetConnector', 'Enable') {
        if (-not $PSBoundParameters.ContainsKey($name)) { Write-OracleFailure 'Set-ADSyncAADPasswordSyncConfiguration' 'missing parameter' $name; return }
    }
    $source = Find-OracleConnector $SourceConnector
    if ($null -eq $source) { Write-OracleFailure 'Set-ADSyncAADPasswordSyncConfiguration' 'unknown connector' $SourceConnector; return }
    if ($source.Type -ne 'AD') { Write-OracleFailure 'Set-ADSyncAADPasswordSyncConfiguration' 'source is not an AD connector' $SourceConnector; return }
    $target = Find-OracleConnector $TargetConnector
    if ($null -eq $target) { Write-OracleFailure 'Set-ADSyncAADPasswordSyncConfiguration' 'unknown connector' $TargetConnector; return }
    if ($target.Type -ne 'AAD') { Write-OracleFailure 'Set-ADSyncAADPasswordSyncConfiguration' 'target is not an Azure AD connector' $TargetConnector; return }
    [AdSyncOracle.Journal]::Note('toggled', $SourceConnector, $TargetConnector, $enableText)
}

function Get-ADSyncAADPasswordSyncConfiguration {
    [CmdletBinding()]
    param([Parameter(Position = 0)] [string] $SourceConnector)
    $source = Find-OracleConnector $SourceConnector
    if ($null -eq $source) { Write-OracleFailure 'Get-ADSyncAADPasswordSyncConfiguration' 'unknown connector' $SourceConnector; return }
    [AdSyncOracle.Journal]::Note('readConfiguration', $SourceConnector)
    [pscustomobject]@{ SourceConnector = $SourceConnector; Enabled = $true }
}

function Start-ADSyncSyncCycle {
    [CmdletBinding()]
    param([string] $PolicyType)
    [AdSyncOracle.Journal]::Note('syncCycle', '', $PolicyType)
}

Export-ModuleMember -Function Get-ADSyncConnector, Add-ADSyncConnector, Set-ADSyncAADPasswordSyncConfiguration, Get-ADSyncAADPasswordSyncConfiguration, Start-ADSyncSyncCycle
