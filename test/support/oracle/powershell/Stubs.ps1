# Run in each oracle runspace before the script: what must not reach a console or the network.
function global:Read-Host {
    param([Parameter(Position = 0)] [object] $Prompt, [switch] $AsSecureString, [switch] $MaskInput)
    if ($global:AdSyncOracleAnswers.Count -gt 0) { return $global:AdSyncOracleAnswers.Dequeue() }
    return ''
}
# Admins run the procedure on the sync server, often through remoting: run the block here instead.
function global:Invoke-Command {
    param([Parameter(Position = 0)] [scriptblock] $ScriptBlock, [object[]] $ArgumentList, [object] $ComputerName, [object] $Session, [object] $Credential)
    & $ScriptBlock @ArgumentList
}
function global:Enter-PSSession { }
function global:Exit-PSSession { }
function global:New-PSSession { }
function global:Remove-PSSession { }
function global:Import-PSSession { }
function global:Start-Sleep { }
