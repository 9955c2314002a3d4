import * as assert from 'assert';
import * as v8 from 'v8';
import * as vm from 'vm';
import { lintText } from '../../../server/src/engine/lint';

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function usedHeap(): number {
  collectGarbage();
  return v8.getHeapStatistics().used_heap_size;
}

const SYNC_SCRIPT = [
  '$adConnector = "<CASE SENSITIVE AD CONNECTOR NAME>"',
  '$azureadConnector = "contoso.onmicrosoft.com - AAD"',
  '$c = Get-ADSyncConnector -Name $adConnector',
  '$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null',
  '$c.GlobalParameters.Add($p)',
  'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $true',
  '$items | ForEach-Object { $n = $_.Name; $list.Add($n) | Out-Null }',
  '',
].join('\n');

describe('robustness: memory', function () {
  this.timeout(60_000);

  it('keeps no model alive after its lint, even when many lints run in one job (a CLI run)', () => {
    const text = SYNC_SCRIPT.repeat(1_000);
    lintText(text);
    const before = usedHeap();
    for (let i = 0; i < 30; i++) assert.ok(lintText(text).problems.length > 0);
    const growthMB = (usedHeap() - before) / (1024 * 1024);
    // One model of this 330 KB text holds about 2 MB; thirty of them kept would be far over this.
    assert.ok(growthMB < 15, `the heap grew by ${growthMB.toFixed(1)} MB over 30 lints`);
  });
});
