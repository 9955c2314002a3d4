import * as assert from 'assert';
import { connectorLookupOf } from '../../../server/src/model/facts/connectorLookups';
import { buildScriptModel } from '../../../server/src/model/scriptModel';
import { checkLazyMatchesEager } from '../../support/properties/differential';
import { allFixtureTexts } from '../../support/robustness/fixtureTexts';

const SET = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector';

/** What the last call's -SourceConnector finds, as `kind/by/many/oneItem`, and the lookup's text. */
function lookupAtSource(script: string): string {
  const model = buildScriptModel(script);
  const call = model.commands[model.commands.length - 1];
  const value = call.parameters.find((use) => use.name === 'SourceConnector')?.value;
  const reached = connectorLookupOf(model, value, call.start);
  if (!reached) return 'none';
  const { lookup } = reached;
  return `${lookup.kind}/${lookup.by}/${lookup.many ? 'many' : 'one'}/${reached.oneItem ? 'item' : 'whole'}: ${script.slice(lookup.start, lookup.end)}`;
}

describe('connector lookups (model fact)', () => {
  it('reads Get-ADSyncConnector filters in block, alias and simplified forms', () => {
    assert.strictEqual(lookupAtSource(`$a = Get-ADSyncConnector | Where-Object { $_.Type -eq "AD" }\n${SET} $a`), 'ad/filter/many/whole: Get-ADSyncConnector | Where-Object { $_.Type -eq "AD" }');
    assert.strictEqual(lookupAtSource(`$a = (Get-ADSyncConnector | ? {$_.ConnectorTypeName -ieq 'ad'}).Name\n${SET} $a`), "ad/filter/many/whole: Get-ADSyncConnector | ? {$_.ConnectorTypeName -ieq 'ad'}");
    assert.strictEqual(lookupAtSource(`${SET} (Get-ADSyncConnector | Where-Object Type -eq AD).Name`), 'ad/filter/many/whole: Get-ADSyncConnector | Where-Object Type -eq AD');
    assert.strictEqual(lookupAtSource(`${SET} (Get-ADSyncConnector | where -FilterScript {\n  $PSItem.Name -like '*- AAD'\n}).Name`), "azureAd/filter/one/whole: Get-ADSyncConnector | where -FilterScript {\n  $PSItem.Name -like '*- AAD'\n}");
    assert.strictEqual(lookupAtSource(`${SET} (Get-ADSyncConnector | ? SubType -eq 'Windows Azure Active Directory (Microsoft)').Name`).split(':')[0], 'azureAd/filter/one/whole');
    assert.strictEqual(lookupAtSource(`$b = Get-ADSyncConnector | % { $_.Type -eq "AD" }\n${SET} $b`).split(':')[0], 'booleans/filter/one/whole');
  });

  it('reads the Azure AD connector by its identifier, and the domain name lookups', () => {
    assert.strictEqual(lookupAtSource(`$x = Get-ADSyncConnector -Identifier 'B891884F-051E-4A83-95AF-2544101C9083'\n${SET} $x.Name`).split(':')[0], 'azureAd/identifier/one/whole');
    assert.strictEqual(lookupAtSource(`${SET} (Get-ADDomain).DNSRoot`), 'domainName/dnsRoot/one/whole: (Get-ADDomain).DNSRoot');
    assert.strictEqual(lookupAtSource(`$d = Get-ADDomain -Current LocalComputer\n$n = $d.DNSRoot\n${SET} $n`), 'domainName/dnsRoot/one/whole: $d.DNSRoot');
    assert.strictEqual(lookupAtSource(`$n = $env:USERDNSDOMAIN\n${SET} $n`), 'domainName/environment/one/whole: $env:USERDNSDOMAIN');
  });

  it('follows a lookup piped on to its connectors\' names', () => {
    assert.strictEqual(lookupAtSource(`$a = Get-ADSyncConnector | Where-Object {$_.Type -eq "AD"} | Select-Object -ExpandProperty Name\n${SET} $a`), 'ad/filter/many/whole: Get-ADSyncConnector | Where-Object {$_.Type -eq "AD"} | Select-Object -ExpandProperty Name');
    assert.strictEqual(lookupAtSource(`${SET} (Get-ADSyncConnector | ? {$_.Type -eq "Extensible2"} | % { $_.Name })`).split(':')[0], 'azureAd/filter/one/whole');
    assert.strictEqual(lookupAtSource(`${SET} (Get-ADSyncConnector | ? Type -eq AD | ForEach-Object -MemberName Name)`).split(':')[0], 'ad/filter/many/whole');
  });

  it('follows loops to one item of what they loop over', () => {
    assert.strictEqual(lookupAtSource(`$all = Get-ADSyncConnector | ? Type -eq AD\nforeach ($one in $all) { ${SET} $one.Name }`).split(':')[0], 'ad/filter/many/item');
    assert.strictEqual(lookupAtSource(`Get-ADSyncConnector | ? Type -eq AD | ForEach-Object { ${SET} $_.Name }`).split(':')[0], 'ad/filter/many/item');
  });

  it('finds nothing in shapes it does not read, or where a value only looks alike', () => {
    for (const script of [
      `${SET} (Get-ADSyncConnector | ? { $_.Type -eq "AD" -and $_.Name -ne "x" }).Name`,
      `${SET} (Get-ADSyncConnector | ? { $_.Type -eq $kind }).Name`,
      `${SET} (Get-ADSyncConnector | ? { $_.Type -ne "AD" }).Name`,
      `${SET} (Get-ADSyncConnector | Sort-Object Name | ? { $_.Type -eq "AD" }).Name`,
      `${SET} (Get-ADSyncConnector | ? { $_.Type -eq "AD" }).Name.ToUpper()`,
      `${SET} (Get-ADSyncConnector | ? { $_.Type -eq "AD" } | select -exp Name -First 1)`,
      `${SET} (Get-ADSyncConnector | ? { $_.Type -eq "AD" } | % { $_.Identifier })`,
      `${SET} (Get-ADSyncConnector | % { $_.Type -eq "AD" } | % Name)`,
      `${SET} (Get-ADDomain).Forest`,
      `${SET} $env:USERDOMAIN`,
      `${SET} "$env:USERDNSDOMAIN"`,
      `param($n)\n${SET} $n`,
    ]) {
      assert.strictEqual(lookupAtSource(script), 'none', script);
    }
  });

  it('spans a lookup argument exactly as written, so an edit replacing it stays balanced', () => {
    const argument = '(Get-ADSyncConnector | Where-Object { $_.Type -eq "AD" }).Name';
    const script = `${SET} ${argument} -TargetConnector x`;
    // The call is recorded once its arguments are read: after the Get-ADSyncConnector inside them.
    const value = buildScriptModel(script).commands[1].parameters[0].value!;
    assert.strictEqual(script.slice(value.start, value.end), argument);
  });

  it('records the filter, the fetch and every other step as before: a lookup adds a fact and takes nothing away', () => {
    const script = `$a = Get-ADSyncConnector | Where-Object { $_.Type -eq "AD" }\n$c = Get-ADSyncConnector -Name $a.Name\n$c.GlobalParameters.Add($p)\n${SET} $a`;
    const model = buildScriptModel(script);
    assert.deepStrictEqual(model.commands.map((call) => call.lowerName), ['get-adsyncconnector', 'get-adsyncconnector', 'set-adsyncaadpasswordsyncconfiguration']);
    assert.deepStrictEqual(model.assignments.map((assignment) => `${assignment.variable}:${assignment.value.kind}`), ['a:lookup', 'c:command']);
    assert.deepStrictEqual(model.methodCalls.map((call) => `${call.variable}.${call.method}`), ['c.add']);
  });

  it('is the same in the lazy and the eager model, for every connector-lookup fixture', () => {
    const fixtures = allFixtureTexts().filter((fixture) => fixture.name.startsWith('rules/connector-lookup/'));
    assert.ok(fixtures.length >= 10, 'the connector-lookup fixtures are found');
    for (const { text } of fixtures) checkLazyMatchesEager(text);
  });
});
