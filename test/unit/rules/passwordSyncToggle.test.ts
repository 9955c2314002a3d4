import { runRuleTests } from '../../support/ruleTester';
import { AD, FULL, OFF, ON } from '../../support/syncScript';

const SAVE = '$c = Add-ADSyncConnector -Connector $c\n';

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
      code: AD + FULL + OFF,
      output: AD + FULL + OFF + ON,
      errors: [{ messageId: 'missingEnable', line: 9, column: 1, endLine: 9, endColumn: 39 }],
    },
    {
      // The toggle runs before the save, so the full sync it starts never sees the parameter: the fix moves it after.
      code: AD + FULL.replace(SAVE, '') + OFF + ON + SAVE,
      output: AD + FULL + OFF + ON,
      errors: [{ messageId: 'beforeSave', line: 8, column: 1, endLine: 8, endColumn: 39 }],
    },
    {
      code: AD + FULL + OFF + ON.replace('$aad', '"other.onmicrosoft.com - AAD"'),
      output: AD + FULL + OFF + ON,
      errors: [{ messageId: 'differentTarget', line: 10, column: 78, endLine: 10, endColumn: 107 }],
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
