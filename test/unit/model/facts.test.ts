import * as assert from 'assert';
import { connectorChainIndex } from '../../../server/src/model/facts/connectorChainIndex';
import { reassignmentsAfter } from '../../../server/src/model/facts/variableIndex';
import { stepsStartingIn } from '../../../server/src/model/facts/stepsInSpan';
import { buildScriptModel } from '../../../server/src/model/scriptModel';
import type { Assignment } from '../../../server/src/model/types';

const FULL = (connector: string, name: string) =>
  `$${connector} = Get-ADSyncConnector -Name "${name}"\n` +
  '$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null\n' +
  `$p.Value = 1\n$${connector}.GlobalParameters.Remove($p.Name)\n$${connector}.GlobalParameters.Add($p)\n$${connector} = Add-ADSyncConnector -Connector $${connector}\n`;

describe('model facts', () => {
  it('stepsStartingIn: the steps that start in a span, and how many unfollowed ones', () => {
    const text = '$x = 1\nGet-ADSyncConnector -Name "a"\n$y = 2\n$c = Get-ADSyncConnector -Name "b"\n';
    const model = buildScriptModel(text);
    const second = text.indexOf('Get-ADSyncConnector');
    const fourth = text.indexOf('$c');
    const found = stepsStartingIn(model, second, fourth)!;
    assert.deepStrictEqual(found.steps.map((step) => (step.step === 'command' ? step.lowerName : step.step)), ['get-adsyncconnector']);
    // `$y = 2` is a plain assignment no rule follows: counted, not built.
    assert.strictEqual(found.unfollowed, 1);
    const all = stepsStartingIn(model, 0, text.length)!;
    // `$c = Get-ADSyncConnector …` is two steps, the assignment and the command in its value.
    assert.strictEqual(all.steps.length + all.unfollowed, 5);
    assert.strictEqual(all.unfollowed, 2);
    assert.deepStrictEqual(stepsStartingIn(model, text.length, text.length), { steps: [], unfollowed: 0 });
  });

  it('connectorChainIndex: the last Add per parameter, and the chains fetched before a point, latest first', () => {
    const text = FULL('c', 'contoso.com') + FULL('d', 'fabrikam.com');
    const model = buildScriptModel(text);
    const index = connectorChainIndex(model);
    assert.strictEqual(index.lastAddStart('p'), text.lastIndexOf('$d.GlobalParameters.Add($p)'));
    assert.strictEqual(index.lastAddStart('q'), -1);
    const variables = (before: number) => [...index.fetchedAtOrBefore(before)].map((chain) => chain.variable);
    assert.deepStrictEqual(variables(text.length), ['d', 'c']);
    assert.deepStrictEqual(variables(text.indexOf('$d = Get')), ['c']);
    assert.deepStrictEqual(variables(0), []);
  });

  it('reassignmentsAfter: the assignments to the same variable that take effect after one and up to an offset', () => {
    const text = '$c = Get-ADSyncConnector -Name "a"\n$c = 5\n$x = 1\n$c = 6\n';
    const model = buildScriptModel(text);
    const fetch = model.assignments.find((assignment) => assignment.variable === 'c') as Assignment;
    const values = (offset: number) => reassignmentsAfter(model, fetch, offset).map((assignment) => text.slice(assignment.value.start, assignment.value.end));
    assert.deepStrictEqual(values(text.length), ['5', '6']);
    assert.deepStrictEqual(values(text.indexOf('$x')), ['5']);
    assert.deepStrictEqual(values(fetch.statementEnd), []);
  });
});
