import * as assert from 'assert';
import { lintText } from '../../../server/src/engine/lint';
import { defaultOptions } from '../../../server/src/shared/options';
import { allFixtureTexts } from '../../support/robustness/fixtureTexts';
import { checkText } from '../../support/robustness/properties';
import { runRuleTests } from '../../support/ruleTester';

const SET = 'Set-ADSyncAADPasswordSyncConfiguration';
const AAD = '$aad = (Get-ADSyncConnector | Where-Object {$_.Type -eq "Extensible2"}).Name\n';
const toggle = (source: string, target: string) => `${SET} -SourceConnector ${source} -TargetConnector ${target} -Enable $true\n`;
const FORCE_FULL =
  '$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null\n' +
  '$c.GlobalParameters.Add($p)\n';

describe('connector-lookup', () => {
  runRuleTests('connector-lookup', {
    valid: [
      AAD + 'foreach ($ad in (Get-ADSyncConnector | Where-Object { $PSItem.Type -eq "AD" })) {\n  ' + toggle('$ad.Name', '$aad') + '}\n',
      AAD + 'Get-ADSyncConnector | Where-Object -FilterScript { $_.ConnectorTypeName -eq "AD" } | ForEach-Object { ' + toggle('$_.Name', '$aad') + '}\n',
      '$aad = Get-ADSyncConnector -Identifier b891884f-051e-4a83-95af-2544101c9083\n' + toggle('"contoso.com"', '$aad.Name'),
      '$aad = (Get-ADSyncConnector | ? SubType -eq "Windows Azure Active Directory (Microsoft)").Name\n' + toggle('(Get-ADDomain).Forest', '$aad'),
      // One of them, picked by index: the admin chose.
      AAD + toggle('(Get-ADSyncConnector | ? { $_.Type -eq "AD" })[0].Name', '$aad'),
      // Shapes the rule does not judge: two conditions, a filter that keeps other connectors.
      toggle('"contoso.com"', '(Get-ADSyncConnector | ? { $_.Type -eq "AD" -and $_.Name -ne "x" }).Name'),
      toggle('"contoso.com"', '(Get-ADSyncConnector | ? { $_.Type -ne "AD" }).Name'),
      // Not a fetch of every connector.
      toggle('"contoso.com"', '(Get-ADSyncConnector -Name "x" | ? { $_.Type -eq "AD" }).Name'),
    ],
    invalid: [
      {
        code: AAD + 'foreach ($ad in (Get-ADSyncConnector | ? Type -eq AD)) {\n  ' + toggle('$aad', '$ad.Name') + '}\n',
        output: AAD + 'foreach ($ad in (Get-ADSyncConnector | ? Type -eq AD)) {\n  ' + toggle('$ad.Name', '$aad') + '}\n',
        errors: [
          { messageId: 'azureAdAsSource', line: 3, column: 59, endLine: 3, endColumn: 63 },
          { messageId: 'adAsTarget', line: 3, column: 81, endLine: 3, endColumn: 89 },
        ],
      },
      {
        code: AAD + '$ads = Get-ADSyncConnector | % { $_.Type -eq \'AD\' }\nforeach ($ad in $ads) { ' + toggle('$ad.Name', '$aad') + '}\n',
        output: AAD + '$ads = Get-ADSyncConnector | Where-Object { $_.Type -eq \'AD\' }\nforeach ($ad in $ads) { ' + toggle('$ad.Name', '$aad') + '}\n',
        errors: [{ messageId: 'booleans', line: 2, column: 30, endLine: 2, endColumn: 31 }],
      },
      {
        code: AAD + toggle('(Get-ADSyncConnector | Where-Object Type -eq AD).Name', '$aad'),
        output: null,
        errors: [{ messageId: 'severalAsSource', line: 2, column: 57, endLine: 2, endColumn: 110 }],
      },
      {
        code: '$ad = (Get-ADDomain).DNSRoot\n' + AAD + toggle('$ad', '$aad'),
        output: '$ad = (Get-ADDomain).Forest\n' + AAD + toggle('$ad', '$aad'),
        errors: [{ messageId: 'domainName', line: 1, column: 7, endLine: 1, endColumn: 29 }],
      },
      {
        code: AAD + toggle('$env:USERDNSDOMAIN', '$aad'),
        output: null,
        errors: [{ messageId: 'domainName', line: 2, column: 57, endLine: 2, endColumn: 75 }],
      },
      {
        code: AAD + '$c = Get-ADSyncConnector -Name $aad\n' + FORCE_FULL + toggle('"contoso.com"', '$aad'),
        output: null,
        errors: [{ messageId: 'azureAdGetsForceFull', line: 2, column: 32, endLine: 2, endColumn: 36 }],
      },
    ],
  });

  it('gives the warning and information messages their own severity, never above the rule level', () => {
    const code = '$ad = $env:USERDNSDOMAIN\n' + AAD + toggle('(Get-ADSyncConnector | ? Type -eq AD).Name', '$aad') + toggle('$aad', '"contoso.com"') + toggle('$ad', '$aad');
    const severities = (level?: 'warning' | 'information') => {
      const options = defaultOptions();
      if (level) options.rules['connector-lookup'] = level;
      return lintText(code, options).problems.filter((p) => p.ruleId === 'connector-lookup').map((p) => `${p.messageId}:${p.severity}`);
    };
    assert.deepStrictEqual(severities(), ['domainName:information', 'severalAsSource:warning', 'azureAdAsSource:error']);
    assert.deepStrictEqual(severities('warning'), ['domainName:information', 'severalAsSource:warning', 'azureAdAsSource:warning']);
    assert.deepStrictEqual(severities('information'), ['domainName:information', 'severalAsSource:information', 'azureAdAsSource:information']);
  });

  it('offers only fixes that remove their problem, change nothing twice, stay in their ranges and keep CRLF', () => {
    const fixtures = allFixtureTexts().filter((fixture) => fixture.name.startsWith('rules/connector-lookup/'));
    assert.ok(fixtures.length >= 10, 'the connector-lookup fixtures are found');
    let fixes = 0;
    for (const { name, text } of fixtures) {
      for (const variant of [text, text.replace(/\r?\n/g, '\r\n')]) {
        const result = checkText(variant);
        fixes += result.problems.filter((p) => p.ruleId === 'connector-lookup').reduce((sum, p) => sum + p.fixes.length, 0);
        assert.deepStrictEqual(result.ruleFailures, [], name);
      }
    }
    assert.ok(fixes >= 10, `fixes were checked (${fixes})`);
  });
});
