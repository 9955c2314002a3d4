import * as assert from 'assert';
import { lintText } from '../../../server/src/engine/lint';
import { defaultOptions } from '../../../server/src/shared/options';
import { runRuleTests } from '../../support/ruleTester';
import { AD, FULL, OFF, ON } from '../../support/syncScript';

const LITERAL_FULL = FULL.replace('-Name $ad', '-Name "contoso.com"');
const SWAPPED_OFF = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector "contoso.onmicrosoft.com - AAD" -TargetConnector "contoso.com" -Enable $false\n';
const LITERAL_ON = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector "contoso.com" -TargetConnector "contoso.onmicrosoft.com - AAD" -Enable $true\n';

runRuleTests('connector-name', {
  valid: [
    AD + FULL + OFF + ON,
    // A placeholder in a variable no connector parameter reads is not a connector name.
    AD + FULL + OFF + ON + '$x = "<CASE SENSITIVE AD CONNECTOR NAME>"\n',
  ],
  invalid: [
    {
      code: '$ad = "<CASE SENSITIVE AD CONNECTOR NAME>"\n$aad = "contoso.onmicrosoft.com - AAD"\n' + FULL + OFF + ON,
      output: null,
      errors: [{ messageId: 'placeholder', line: 3, column: 32, endLine: 3, endColumn: 35 }],
    },
    {
      code: '$ad = ""\n$aad = "contoso.onmicrosoft.com - AAD"\n' + FULL + OFF + ON,
      output: null,
      errors: [{ messageId: 'empty', line: 3, column: 32, endLine: 3, endColumn: 35 }],
    },
    {
      code: AD + FULL + 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector "contoso.onmicrosoft.com \u2014 AAD" -Enable $false\n' + ON,
      output: AD + FULL + 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector "contoso.onmicrosoft.com - AAD" -Enable $false\n' + ON,
      errors: [{ messageId: 'pastedCharacter', line: 9, column: 78, endLine: 9, endColumn: 109 }],
    },
    {
      code: LITERAL_FULL + SWAPPED_OFF + LITERAL_ON,
      output: LITERAL_FULL + LITERAL_ON.replace('$true', '$false') + LITERAL_ON,
      errors: [
        { messageId: 'azureAdAsSource', line: 7, column: 57, endLine: 7, endColumn: 88 },
        { messageId: 'forestAsTarget', line: 7, column: 106, endLine: 7, endColumn: 119 },
      ],
    },
    {
      code: AD + FULL + OFF + ON,
      options: { connectors: { ad: ['Contoso.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] } },
      output: '$ad = "Contoso.com"\n$aad = "contoso.onmicrosoft.com - AAD"\n' + FULL + OFF + ON,
      errors: [{ messageId: 'wrongCase', line: 3, column: 32, endLine: 3, endColumn: 35 }],
    },
    {
      // A name unlike any of the configured ones: the fix is offered, never applied by fix-all.
      code: AD + FULL + OFF + ON,
      options: { connectors: { ad: ['fabrikam.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] } },
      output: null,
      errors: [{ messageId: 'unknownName', line: 3, column: 32, endLine: 3, endColumn: 35 }],
    },
  ],
});

describe('connector-name names a pasted character in the message\'s language', () => {
  const script = AD + FULL + 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector "contoso.onmicrosoft.com \u2013 AAD" -Enable $false\n' + ON;
  const pasted = (locale: 'en' | 'nl') => lintText(script, { ...defaultOptions(), locale }).problems.find((problem) => problem.messageId === 'pastedCharacter');

  it('an en dash is "een kort streepje" in Dutch and "an en dash" in English', () => {
    assert.match(pasted('nl')?.message ?? '', /^De connectornaam "contoso\.onmicrosoft\.com \u2013 AAD" bevat een kort streepje \(U\+2013\), een teken dat/);
    assert.match(pasted('en')?.message ?? '', /contains an en dash \(U\+2013\), which web pages/);
  });
});
