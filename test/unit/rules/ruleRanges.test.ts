import { runRuleTests } from '../../support/ruleTester';

const AD = '$ad = "contoso.com"\n$aad = "contoso.onmicrosoft.com - AAD"\n';
const FULL =
  '$c = Get-ADSyncConnector -Name $ad\n' +
  '$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null\n' +
  '$p.Value = 1\n$c.GlobalParameters.Remove($p.Name)\n$c.GlobalParameters.Add($p)\n$c = Add-ADSyncConnector -Connector $c\n';
const OFF = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector $aad -Enable $false\n';
const ON = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector $aad -Enable $true\n';

describe('rule ranges and messages', () => {
  runRuleTests('password-sync-toggle', {
    valid: [AD + FULL + OFF + ON, AD + FULL + OFF + ON + OFF + ON, 'Write-Host hello'],
    invalid: [
      {
        code: AD + FULL + ON + OFF,
        output: AD + FULL + OFF.replace('\n', '') + '\n' + ON,
        errors: [{ messageId: 'reversed', line: 10, column: 83, endLine: 10, endColumn: 97 }],
      },
      {
        code: AD + FULL + ON,
        output: AD + FULL + OFF + ON,
        errors: [{ messageId: 'missingDisable', line: 9, column: 1, endLine: 9, endColumn: 39 }],
      },
      {
        // Which of the two names is right is the admin's call: the fix is offered, never applied by fix-all.
        code: AD + FULL + OFF + 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector "contoso.local" -TargetConnector $aad -Enable $true\n',
        output: null,
        errors: [{ messageId: 'differentSource', line: 10, column: 57, endLine: 10, endColumn: 72 }],
      },
      {
        code: AD + FULL + 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -Enable $false\n' + ON,
        output: null,
        errors: [{ messageId: 'missingParameter', line: 9, column: 1, endLine: 9, endColumn: 39 }],
      },
    ],
  });

  runRuleTests('connector-name', {
    valid: [AD + FULL + OFF + ON],
    invalid: [
      {
        code: '$ad = "<CASE SENSITIVE AD CONNECTOR NAME>"\n$aad = "contoso.onmicrosoft.com - AAD"\n' + FULL + OFF + ON,
        output: null,
        errors: [{ messageId: 'placeholder', line: 3, column: 32, endLine: 3, endColumn: 35 }],
      },
      {
        code: AD + FULL + 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector "contoso.onmicrosoft.com \u2014 AAD" -Enable $false\n' + ON,
        output: AD + FULL + 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector "contoso.onmicrosoft.com - AAD" -Enable $false\n' + ON,
        errors: [{ messageId: 'pastedCharacter', line: 9, column: 78, endLine: 9, endColumn: 109 }],
      },
      {
        code: AD + FULL + OFF + ON,
        options: { connectors: { ad: ['Contoso.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] } },
        output: '$ad = "Contoso.com"\n$aad = "contoso.onmicrosoft.com - AAD"\n' + FULL + OFF + ON,
        errors: [{ messageId: 'wrongCase', line: 3, column: 32, endLine: 3, endColumn: 35 }],
      },
    ],
  });

  runRuleTests('force-full-password-sync', {
    valid: [AD + FULL + OFF + ON],
    invalid: [
      {
        code: AD + OFF + ON,
        output: AD + '$c = Get-ADSyncConnector -Name $ad\n' + FULL.slice(FULL.indexOf('\n') + 1) + OFF + ON,
        errors: [{ messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 39 }],
      },
      {
        code: AD + FULL.replace('$p.Value = 1', '$p.Value = 2') + OFF + ON,
        output: AD + FULL + OFF + ON,
        errors: [{ messageId: 'valueNotOne', line: 5, column: 12, endLine: 5, endColumn: 13 }],
      },
    ],
  });
});
