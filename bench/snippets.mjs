// Building blocks of realistic PowerShell for the benchmark corpus: general admin scripting
// (functions, pipelines, here-strings, hashtables, splatting, comments, long lines) and
// password-sync scripts, both right and wrong, so every rule and the suppression code do work.

const VERBS = ['Get', 'Set', 'New', 'Remove', 'Invoke', 'Test', 'Update', 'Export', 'Import', 'Start', 'Stop', 'Sync'];
const NOUNS = ['User', 'Group', 'Mailbox', 'Connector', 'Report', 'Account', 'Policy', 'Tenant', 'Forest', 'Schedule', 'Credential', 'Log'];
const VARS = ['user', 'group', 'items', 'result', 'path', 'name', 'count', 'entry', 'config', 'session', 'target', 'source', 'ou', 'filter'];
const CMDLETS = ['Get-ADUser', 'Get-ADGroupMember', 'Where-Object', 'ForEach-Object', 'Select-Object', 'Sort-Object', 'Export-Csv', 'Write-Host', 'Write-Verbose', 'Get-ChildItem', 'Test-Path', 'Out-File', 'Measure-Object', 'Group-Object'];
const FORESTS = ['contoso.com', 'fabrikam.com', 'corp.example.org', 'emea.contoso.com', 'na.fabrikam.local'];
const TENANTS = ['contoso.onmicrosoft.com - AAD', 'fabrikam.onmicrosoft.com - AAD', 'example.onmicrosoft.com - Microsoft Entra ID'];
const WORDS = ['sync', 'password', 'hash', 'forest', 'connector', 'domain', 'services', 'tenant', 'schedule', 'delta', 'full', 'import', 'export', 'run', 'profile', 'agent', 'cycle', 'staging', 'object', 'attribute'];

const indentOf = (depth) => '    '.repeat(depth);

function words(rng, count) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(rng.pick(WORDS));
  return out.join(' ');
}

function commandName(rng) {
  return `${rng.pick(VERBS)}-${rng.pick(['Contoso', 'Corp', 'Ad', ''])}${rng.pick(NOUNS)}`;
}

function lineComment(rng, depth) {
  return `${indentOf(depth)}# ${words(rng, rng.int(3, 12))}\n`;
}

function blockComment(rng) {
  const lines = [`<#`, `.SYNOPSIS`, `    ${words(rng, rng.int(4, 10))}.`, `.DESCRIPTION`];
  for (let i = rng.int(1, 4); i > 0; i--) lines.push(`    ${words(rng, rng.int(6, 14))}.`);
  lines.push(`.EXAMPLE`, `    PS> ${commandName(rng)} -Name '${rng.pick(FORESTS)}'`, `#>`);
  return lines.join('\n') + '\n';
}

function hashtable(rng, depth, name) {
  const pad = indentOf(depth);
  const lines = [`${pad}$${name} = @{`];
  for (let i = rng.int(2, 7); i > 0; i--) {
    const key = rng.pick(['Name', 'Path', 'Filter', 'SearchBase', 'Properties', 'ErrorAction', 'Server', 'Credential', 'Retries', 'Timeout']);
    const value = rng.pick([
      `'${rng.pick(FORESTS)}'`,
      `"OU=${rng.pick(NOUNS)},DC=contoso,DC=com"`,
      `$${rng.pick(VARS)}`,
      `${rng.int(1, 5000)}`,
      `@('${rng.pick(WORDS)}', '${rng.pick(WORDS)}')`,
      `$true`,
      `[TimeSpan]::FromMinutes(${rng.int(1, 90)})`,
    ]);
    lines.push(`${pad}    ${key}${i % 3 === 0 ? i : ''} = ${value}`);
  }
  lines.push(`${pad}}`);
  return lines.join('\n') + '\n';
}

function pipeline(rng, depth) {
  const pad = indentOf(depth);
  const v = rng.pick(VARS);
  const stages = [`Get-ADUser -Filter * -SearchBase "OU=${rng.pick(NOUNS)},DC=contoso,DC=com" -Properties ${rng.pick(['mail', 'memberOf', 'lastLogonDate'])}`];
  for (let i = rng.int(1, 4); i > 0; i--) {
    stages.push(
      rng.pick([
        `Where-Object { $_.Enabled -and $_.${rng.pick(['Name', 'Mail', 'Department'])} -like '*${rng.pick(WORDS)}*' }`,
        `ForEach-Object { [pscustomobject]@{ Name = $_.Name; Count = $_.MemberOf.Count } }`,
        `Select-Object -First ${rng.int(1, 500)} -Property Name, Mail`,
        `Sort-Object -Property @{ Expression = { $_.Name.Length }; Descending = $true }`,
        `Group-Object -Property Department`,
        `? { $_ -ne $null } | % { $_.ToString().Trim() }`,
      ]),
    );
  }
  const multiline = rng.chance(0.4);
  return `${pad}$${v} = ${stages.join(multiline ? ` |\n${pad}    ` : ' | ')}\n`;
}

function hereString(rng, depth) {
  const pad = indentOf(depth);
  const expandable = rng.chance(0.5);
  const open = expandable ? '@"' : "@'";
  const close = expandable ? '"@' : "'@";
  const body = [];
  for (let i = rng.int(2, 8); i > 0; i--) {
    body.push(expandable && rng.chance(0.4) ? `${words(rng, 4)} $(${'$' + rng.pick(VARS)}.Count) ${words(rng, 3)} $${rng.pick(VARS)}` : words(rng, rng.int(3, 10)));
  }
  // A here-string's closing quote must start a line, whatever the indentation around it.
  return `${pad}$${rng.pick(VARS)}Text = ${open}\n${body.join('\n')}\n${close}\n`;
}

function splatting(rng, depth) {
  const name = `${rng.pick(VARS)}Params`;
  return `${hashtable(rng, depth, name)}${indentOf(depth)}${rng.pick(CMDLETS)} @${name} -Verbose:$${rng.pick(['true', 'false'])}\n`;
}

function longLine(rng, depth) {
  const parts = [];
  for (let i = rng.int(12, 30); i > 0; i--) parts.push(`-${rng.pick(['Name', 'Filter', 'Value', 'Path', 'Property'])}${i} '${words(rng, rng.int(1, 4))}'`);
  return `${indentOf(depth)}${commandName(rng)} ${parts.join(' ')}\n`;
}

function controlFlow(rng, depth) {
  const pad = indentOf(depth);
  const v = rng.pick(VARS);
  const body = generalStatement(rng, depth + 1, 2);
  switch (rng.int(0, 4)) {
    case 0:
      return `${pad}foreach ($${v} in $${rng.pick(VARS)}s) {\n${body}${pad}}\n`;
    case 1:
      return `${pad}if ($${v} -gt ${rng.int(0, 100)} -and -not $${rng.pick(VARS)}) {\n${body}${pad}} elseif ($${v} -eq '${rng.pick(WORDS)}') {\n${pad}    Write-Verbose "${words(rng, 4)} $${v}"\n${pad}} else {\n${pad}    $${v}++\n${pad}}\n`;
    case 2:
      return `${pad}try {\n${body}${pad}} catch [System.Management.Automation.RuntimeException] {\n${pad}    Write-Warning "Failed: $($_.Exception.Message)"\n${pad}} finally {\n${pad}    Remove-Variable -Name ${v} -ErrorAction SilentlyContinue\n${pad}}\n`;
    case 3:
      return `${pad}switch -Regex ($${v}) {\n${pad}    '^${rng.pick(WORDS)}' { ${rng.pick(CMDLETS)} -InputObject $_ }\n${pad}    default { break }\n${pad}}\n`;
    default:
      return `${pad}for ($i = 0; $i -lt ${rng.int(2, 64)}; $i += 1) {\n${body}${pad}}\n`;
  }
}

function simpleStatement(rng, depth) {
  const pad = indentOf(depth);
  switch (rng.int(0, 6)) {
    case 0:
      return `${pad}$${rng.pick(VARS)} = [int]$${rng.pick(VARS)} * ${rng.int(2, 9)} + 0x${rng.int(16, 4095).toString(16)}\n`;
    case 1:
      return `${pad}Write-Host ("{0} of {1}: ${words(rng, 2)}" -f $i, $${rng.pick(VARS)}.Count) -ForegroundColor ${rng.pick(['Green', 'Yellow', 'Cyan'])}\n`;
    case 2:
      return `${pad}$${rng.pick(VARS)} = Join-Path -Path $env:ProgramData -ChildPath "Contoso\\${rng.pick(NOUNS)}\\$(Get-Date -Format 'yyyyMMdd').log"\n`;
    case 3:
      return `${pad}& "$PSScriptRoot\\${rng.pick(NOUNS)}.ps1" -${rng.pick(['Force', 'WhatIf'])} 2>&1 | Out-Null\n`;
    case 4:
      return `${pad}$${rng.pick(VARS)}.${rng.pick(['Add', 'Remove', 'Contains'])}('${rng.pick(WORDS)}') | Out-Null\n`;
    case 5:
      return `${pad}[string[]]$${rng.pick(VARS)}List = $${rng.pick(VARS)} -split ',' -replace '\\s+', ''\n`;
    default:
      return `${pad}Start-Sleep -Seconds ${rng.int(1, 30)}; $${rng.pick(VARS)} = $null\n`;
  }
}

function generalStatement(rng, depth, budget) {
  let out = '';
  for (let i = 0; i < budget; i++) {
    const r = rng.next();
    if (r < 0.35) out += simpleStatement(rng, depth);
    else if (r < 0.5) out += pipeline(rng, depth);
    else if (r < 0.6) out += lineComment(rng, depth);
    else if (r < 0.7) out += splatting(rng, depth);
    else if (r < 0.78) out += hereString(rng, depth);
    else if (r < 0.84) out += longLine(rng, depth);
    else if (depth < 3) out += controlFlow(rng, depth);
    else out += simpleStatement(rng, depth);
  }
  return out;
}

function functionBlock(rng) {
  const name = commandName(rng);
  const params = [];
  for (let i = rng.int(1, 4); i > 0; i--) {
    params.push(`        [Parameter(Mandatory = $${rng.pick(['true', 'false'])})]\n        [${rng.pick(['string', 'int', 'switch', 'string[]', 'pscredential'])}]$${rng.pick(VARS)}${i}`);
  }
  return `${blockComment(rng)}function ${name} {\n    [CmdletBinding(SupportsShouldProcess)]\n    param(\n${params.join(',\n')}\n    )\n    begin { $${rng.pick(VARS)} = @() }\n    process {\n${generalStatement(rng, 2, rng.int(3, 10))}    }\n    end { return $${rng.pick(VARS)} }\n}\n\n`;
}

/** A password-sync script in one of the shapes people write, right or wrong. */
export function passwordSyncBlock(rng) {
  const shape = rng.int(0, 6);
  const placeholder = shape === 1;
  const ad = placeholder ? '<CASE SENSITIVE AD CONNECTOR NAME>' : rng.pick(FORESTS);
  const aad = placeholder ? '<CASE SENSITIVE AZURE AD CONNECTOR NAME>' : rng.pick(TENANTS);
  const lines = [
    `# Enables password hash sync for Azure AD Domain Services (${words(rng, 3)}).`,
    `$adConnector = "${ad}"`,
    `$azureadConnector = "${aad}"`,
    `Import-Module adsync`,
  ];
  if (shape !== 2) {
    lines.push(
      `$c = Get-ADSyncConnector -Name $adConnector`,
      `$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null`,
      `$p.Value = 1`,
      `$c.GlobalParameters.Remove($p.Name)`,
      `$c.GlobalParameters.Add($p)`,
    );
    // Shape 3 forgets to save the connector, so the parameter never reaches the sync engine.
    if (shape !== 3) lines.push(`$c = Add-ADSyncConnector -Connector $c`);
  }
  if (shape === 4) lines.push(`# adsync-lint-disable-next-line password-sync-toggle -- ${words(rng, 3)}`);
  if (shape === 5) lines.push(`# adsync-lint-disable-next-line no-such-rule`);
  const off = `Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $false`;
  const on = `Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $true`;
  // Shape 4 reverses the toggle; shape 6 uses positional arguments and a literal connector name.
  if (shape === 4) lines.push(on, off);
  else if (shape === 6) lines.push(`Set-ADSyncAADPasswordSyncConfiguration "${ad}" "${aad}" $false`, `Set-ADSyncAADPasswordSyncConfiguration "${ad}" "${aad}" $true`);
  else lines.push(off, on);
  return lines.join('\n') + '\n\n';
}

/** One top-level chunk of a general script; `syncShare` is how often it is a sync script instead. */
export function chunk(rng, syncShare) {
  const r = rng.next();
  if (r < syncShare) return passwordSyncBlock(rng);
  if (r < syncShare + 0.45) return functionBlock(rng);
  return generalStatement(rng, 0, rng.int(2, 8)) + '\n';
}
