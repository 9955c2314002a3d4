import * as assert from 'assert';
import { canonicalScriptLines } from '../../../server/src/fixes/canonicalScript';
import type { OracleCase } from '../../support/oracle/caseGenerator';
import { execute } from '../../support/oracle/differential';
import { trueVerdicts, type SimulatedConnector } from '../../support/oracle/executionRecord';
import { describeWithPwsh, oracleSession } from '../../support/oracle/oracleSession';

const SERVER: SimulatedConnector[] = [
  { name: 'contoso.com', type: 'AD', subType: 'Windows Active Directory', forceFullPasswordSync: '0' },
  { name: 'contoso.onmicrosoft.com - AAD', type: 'AAD', subType: 'Windows Azure Active Directory (Microsoft)', forceFullPasswordSync: null },
];

function scriptCase(script: string, extra: Partial<OracleCase> = {}): OracleCase {
  return { script, files: {}, readHost: [], args: [], server: SERVER, opaque: false, shape: 'hand-written', ...extra };
}

const canonical = canonicalScriptLines({ adConnector: 'contoso.com', azureAdConnector: 'contoso.onmicrosoft.com - AAD' });

async function verdictsOf(script: string, extra: Partial<OracleCase> = {}) {
  const record = await execute(oracleSession(), scriptCase(script, extra));
  const verdicts = trueVerdicts(record, SERVER);
  return { record, problems: Object.fromEntries([...verdicts].map(([rule, found]) => [rule, found.length])) };
}

describeWithPwsh('oracle: the mock ADSync module on a simulated server', function () {
  this.timeout(120000);

  it('finds nothing wrong with Microsoft\'s script, and records each step', async () => {
    const { record, problems } = await verdictsOf(canonical.join('\n'));
    assert.deepStrictEqual(problems, { 'force-full-password-sync': 0, 'password-sync-toggle': 0, 'connector-name': 0 });
    const connector = record.connectors.get('contoso.com')!;
    assert.deepStrictEqual({ fetched: connector.fetched, removed: connector.removed, added: connector.added, saves: connector.saves, toggles: connector.toggles }, {
      fetched: 1,
      removed: 1,
      added: 1,
      saves: ['1'],
      toggles: [{ target: 'contoso.onmicrosoft.com - AAD', enable: 'false' }, { target: 'contoso.onmicrosoft.com - AAD', enable: 'true' }],
    });
  });

  it('sees the script without its last two lines leave the forest untoggled', async () => {
    const { problems } = await verdictsOf(canonical.slice(0, -2).join('\n'));
    assert.deepStrictEqual(problems, { 'force-full-password-sync': 0, 'password-sync-toggle': 1, 'connector-name': 0 });
  });

  it('fails an Add without Remove on a server that already holds the parameter', async () => {
    const { record, problems } = await verdictsOf(canonical.filter((line) => !line.includes('.Remove(')).join('\n'));
    assert.strictEqual(record.connectors.get('contoso.com')!.addFailed, 1);
    assert.strictEqual(problems['force-full-password-sync'], 1);
  });

  it('compares connector names case-sensitively, as the sync engine does', async () => {
    const { record, problems } = await verdictsOf(canonical.join('\n').replace(/"contoso\.com"/, '"Contoso.com"'));
    assert.ok(record.nameFailures.some((failure) => failure.includes("'Contoso.com'")), record.failures.join('\n'));
    assert.strictEqual(problems['connector-name'], 3);
  });

  it('resolves Import-Module adsync to the mock and knows the ConfigurationParameter type', async () => {
    const { record } = await verdictsOf('Import-Module adsync\n$m = Get-Module adsync\nif ($m.Description -notmatch "Mock") { throw "not the mock" }\n' + canonical.join('\n'));
    assert.deepStrictEqual(record.failures, []);
    assert.strictEqual(record.connectors.get('contoso.com')!.saves[0], '1');
  });

  it('answers Read-Host from the case, gives $args, and reads dot-sourced files next to the script', async () => {
    const script = ['. .\\settings.ps1', '$aad = Read-Host "Azure AD connector"', '$c = Get-ADSyncConnector -Name $args[0]', 'Get-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad | Out-Null', 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector $aad -Enable $false'].join('\n');
    const { record } = await verdictsOf(script, { readHost: ['contoso.onmicrosoft.com - AAD'], args: ['contoso.com'], files: { 'settings.ps1': '$ad = "contoso.com"\n' } });
    assert.deepStrictEqual(record.failures, []);
    assert.deepStrictEqual(record.connectors.get('contoso.com')!.toggles, [{ target: 'contoso.onmicrosoft.com - AAD', enable: 'false' }]);
  });

  it('runs in a temporary folder of its own, removed afterwards', async () => {
    const script = '$here = (Get-Location).Path\nif ($here -eq $PSScriptRoot -and (Test-Path (Join-Path $here "script.ps1"))) { Get-ADSyncConnector -Name contoso.com | Out-Null }';
    const { record } = await verdictsOf(script);
    assert.strictEqual(record.connectors.get('contoso.com')?.fetched, 1, 'the script did not run in the folder that holds it');
  });

  it('stops a script that runs past the time limit', async () => {
    const record = await execute(oracleSession(), scriptCase('while ($true) { }'), 1500);
    assert.strictEqual(record.timedOut, true);
  });

  it('starts each script in a fresh runspace: nothing is left from the one before', async () => {
    await verdictsOf('$global:leftOver = "contoso.com"');
    const { record } = await verdictsOf('if ($null -ne $global:leftOver) { Get-ADSyncConnector -Name $global:leftOver | Out-Null }');
    assert.strictEqual(record.connectors.size, 0);
  });
});
