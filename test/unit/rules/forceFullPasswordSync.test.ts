import { runRuleTests } from '../../support/ruleTester';
import { AD, FULL, OFF, ON } from '../../support/syncScript';

runRuleTests('force-full-password-sync', {
  valid: [AD + FULL + OFF + ON, 'Get-ADSyncConnector -Name "contoso.com"'],
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
    {
      code: AD + FULL.replace('$p.Value = 1\n', '') + OFF + ON,
      output: AD + FULL + OFF + ON,
      errors: [{ messageId: 'valueNotSet', line: 4, column: 92, endLine: 4, endColumn: 137 }],
    },
    {
      code: AD + FULL.replace('$c.GlobalParameters.Remove($p.Name)\n$c.GlobalParameters.Add($p)\n', '') + OFF + ON,
      output: AD + FULL + OFF + ON,
      errors: [{ messageId: 'notAdded', line: 4, column: 92, endLine: 4, endColumn: 137 }],
    },
    {
      code: AD + FULL.replace('$c.GlobalParameters.Remove($p.Name)\n', '') + OFF + ON,
      output: AD + FULL + OFF + ON,
      errors: [{ messageId: 'addedWithoutRemove', line: 6, column: 1, endLine: 6, endColumn: 28 }],
    },
    {
      code: AD + FULL.replace('$c = Add-ADSyncConnector -Connector $c\n', '') + OFF + ON,
      output: AD + FULL + OFF + ON,
      errors: [{ messageId: 'notSaved', line: 7, column: 1, endLine: 7, endColumn: 28 }],
    },
    {
      code: AD + FULL.replace('-Name $ad', '-Name $aad') + OFF + ON,
      output: AD + FULL + OFF + ON,
      errors: [{ messageId: 'azureAdConnector', line: 3, column: 32, endLine: 3, endColumn: 36 }],
    },
  ],
});
