# The PowerShell side of the oracle: reads one JSON request per line on stdin and writes one JSON
# answer per line on stdout, until stdin closes. Started once per test run (pwshOracle.ts).
#   {"id":1,"op":"tokens","text":"..."}   -> the tokens of PowerShell's own parser
#   {"id":2,"op":"run","script":"...",...} -> runs the script against the mock ADSync module
# Test code only: the product never runs a script.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$here = $PSScriptRoot
Add-Type -Path (Join-Path $here 'AdSyncTypes.cs')
$env:PSModulePath = $here + [IO.Path]::PathSeparator + $env:PSModulePath
$moduleManifest = Join-Path $here 'ADSync/ADSync.psd1'
$stubs = Get-Content -Raw (Join-Path $here 'Stubs.ps1')
# One session state for every runspace: each script still gets a runspace of its own.
$sessionState = [Management.Automation.Runspaces.InitialSessionState]::CreateDefault2()
$sessionState.ImportPSModule($moduleManifest)

[Console]::InputEncoding = [Text.UTF8Encoding]::new($false)
$stdout = [IO.StreamWriter]::new([Console]::OpenStandardOutput(), [Text.UTF8Encoding]::new($false))
$stdout.AutoFlush = $false
$stdin = [IO.StreamReader]::new([Console]::OpenStandardInput(), [Text.UTF8Encoding]::new($false))

function ConvertTo-JsonString([string] $value) {
    $builder = [Text.StringBuilder]::new($value.Length + 2)
    [void]$builder.Append('"')
    foreach ($c in $value.ToCharArray()) {
        $code = [int]$c
        if ($c -eq '"') { [void]$builder.Append('\"') }
        elseif ($c -eq '\') { [void]$builder.Append('\\') }
        elseif ($code -lt 0x20 -or $code -gt 0x7e) { [void]$builder.Append('\u').Append($code.ToString('x4')) }
        else { [void]$builder.Append($c) }
    }
    [void]$builder.Append('"')
    $builder.ToString()
}

function Get-Tokens([string] $text) {
    $tokens = $null
    $errors = $null
    [void][System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$tokens, [ref]$errors)
    $parts = [Collections.Generic.List[string]]::new()
    foreach ($token in $tokens) {
        $parts.Add('["' + $token.Kind + '",' + [long]$token.TokenFlags + ',' + $token.Extent.StartOffset + ',' + $token.Extent.EndOffset + ']')
    }
    $errorParts = [Collections.Generic.List[string]]::new()
    foreach ($parseError in $errors) {
        $errorParts.Add('[' + $parseError.Extent.StartOffset + ',' + $parseError.Extent.EndOffset + ',' + (ConvertTo-JsonString $parseError.ErrorId) + ']')
    }
    '"tokens":[' + ($parts -join ',') + '],"errors":[' + ($errorParts -join ',') + ']'
}

function New-SimulatedServer($connectors) {
    $server = [Collections.Generic.List[Microsoft.IdentityManagement.PowerShell.ObjectModel.Connector]]::new()
    $index = 0
    foreach ($spec in $connectors) {
        $index++
        $guid = [guid]::new(('{0:x8}-0000-4000-8000-000000000000' -f $index))
        $connector = [Microsoft.IdentityManagement.PowerShell.ObjectModel.Connector]::new($spec.name, $spec.type, $spec.subType, $guid)
        if ($spec.PSObject.Properties['forceFullPasswordSync'] -and $null -ne $spec.forceFullPasswordSync) {
            # A connector that ran the script before already holds the parameter: Add without Remove fails.
            $parameter = [Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter]::new('Microsoft.Synchronize.ForceFullPasswordSync', 'String', 'ConnectorGlobal', $null, $null, $null)
            $parameter.Value = $spec.forceFullPasswordSync
            $connector.GlobalParameters.Add($parameter)
        }
        $server.Add($connector)
    }
    [AdSyncOracle.Journal]::Clear()
    , $server
}

function Invoke-Script($request) {
    $folder = Join-Path ([IO.Path]::GetTempPath()) ('adsync-oracle-' + [guid]::NewGuid().ToString('n'))
    [void][IO.Directory]::CreateDirectory($folder)
    try {
        $scriptPath = Join-Path $folder 'script.ps1'
        [IO.File]::WriteAllText($scriptPath, $request.script)
        if ($request.PSObject.Properties['files'] -and $null -ne $request.files) {
            foreach ($file in $request.files.PSObject.Properties) {
                [IO.File]::WriteAllText((Join-Path $folder $file.Name), [string]$file.Value)
            }
        }
        $server = New-SimulatedServer $request.connectors
        $runspace = [runspacefactory]::CreateRunspace($sessionState)
        $runspace.Open()
        try {
            $runspace.SessionStateProxy.Path.SetLocation($folder) | Out-Null
            $runspace.SessionStateProxy.SetVariable('AdSyncOracleServer', $server)
            $answers = [Collections.Generic.Queue[string]]::new()
            if ($request.PSObject.Properties['readHost']) { foreach ($answer in $request.readHost) { $answers.Enqueue([string]$answer) } }
            $runspace.SessionStateProxy.SetVariable('AdSyncOracleAnswers', $answers)
            # The stubs first, on their own: a batch of statements runs on a pool thread that may
            # outlive a stopped invocation and touch the closed runspace.
            $setup = [powershell]::Create()
            $setup.Runspace = $runspace
            [void]$setup.AddScript($stubs).Invoke()
            $setup.Dispose()
            $shell = [powershell]::Create()
            $shell.Runspace = $runspace
            [void]$shell.AddCommand($scriptPath)
            if ($request.PSObject.Properties['arguments']) { foreach ($argument in $request.arguments) { [void]$shell.AddArgument([string]$argument) } }
            $pending = $shell.BeginInvoke()
            $timedOut = -not $pending.AsyncWaitHandle.WaitOne([int]$request.timeoutMs)
            if ($timedOut) { $shell.Stop() }
            # Wait for the invocation to end, stopped or not, before the runspace goes.
            try { [void]$shell.EndInvoke($pending) } catch { }
            $errorTexts = [Collections.Generic.List[string]]::new()
            foreach ($record in $shell.Streams.Error) { $errorTexts.Add((ConvertTo-JsonString ([string]$record))) }
            $shell.Dispose()
        } finally {
            $runspace.Dispose()
        }
        $journal = [Collections.Generic.List[string]]::new()
        foreach ($entry in [AdSyncOracle.Journal]::Entries) {
            $journal.Add('[' + (($entry | ForEach-Object { ConvertTo-JsonString $_ }) -join ',') + ']')
        }
        '"journal":[' + ($journal -join ',') + '],"errors":[' + ($errorTexts -join ',') + '],"timedOut":' + ("$timedOut".ToLowerInvariant())
    } finally {
        Remove-Item -LiteralPath $folder -Recurse -Force -ErrorAction SilentlyContinue
    }
}

while ($null -ne ($line = $stdin.ReadLine())) {
    $id = 0
    try {
        $request = $line | ConvertFrom-Json
        $id = [long]$request.id
        $body = switch ($request.op) {
            'tokens' { Get-Tokens ([string]$request.text) }
            'run' { Invoke-Script $request }
            'ping' { '"version":' + (ConvertTo-JsonString $PSVersionTable.PSVersion.ToString()) }
            default { throw "unknown op '$($request.op)'" }
        }
        $stdout.WriteLine('{"id":' + $id + ',' + $body + '}')
    } catch {
        $stdout.WriteLine('{"id":' + $id + ',"failure":' + (ConvertTo-JsonString ([string]$_)) + '}')
    }
    $stdout.Flush()
}
