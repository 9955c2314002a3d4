# An ordinary script: adsync-lint stays silent here.
param([int] $Days = 30)
$cutoff = (Get-Date).AddDays(-$Days)
Get-ChildItem -Path $env:TEMP -Recurse -File |
    Where-Object { $_.LastWriteTime -lt $cutoff } |
    Remove-Item -WhatIf
