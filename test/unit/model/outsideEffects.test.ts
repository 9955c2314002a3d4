import * as assert from 'assert';
import { outsideEffects } from '../../../server/src/model/facts/outsideEffects';
import { scriptScope } from '../../../server/src/model/facts/scriptScope';
import { isAssignedAnywhere, resolveStrings } from '../../../server/src/model/facts/values';
import { buildScriptModel } from '../../../server/src/model/scriptModel';
import type { Expr } from '../../../server/src/model/types';

const at = (text: string, name: string): Expr => ({ kind: 'variable', name, start: text.length, end: text.length });

function resolve(text: string, name: string, read?: (path: string) => string | undefined) {
  const model = buildScriptModel(text, { readDotSourced: read });
  return { model, resolution: resolveStrings(model, at(text, name), text.length) };
}

describe('model: variables set without "="', () => {
  const known: [string, string, string[]][] = [
    ['multiple assignment', '$ad, $aad = "contoso.com", "t - AAD"\n', ['contoso.com']],
    ['multiple assignment, the last one takes the rest', '$x, $ad = "a", "b", "c"\n', ['b', 'c']],
    ['Set-Variable, named', 'Set-Variable -Name ad -Value "contoso.com"\n', ['contoso.com']],
    ['Set-Variable, abbreviated', 'Set-Variable -N ad -Va "contoso.com"\n', ['contoso.com']],
    ['New-Variable, positional', 'New-Variable ad "contoso.com"\n', ['contoso.com']],
    ['sv alias', "sv ad 'contoso.com'\n", ['contoso.com']],
    ['a literal piped into Set-Variable', '"contoso.com" | Set-Variable ad\n', ['contoso.com']],
    ['Set-Item Variable:', 'Set-Item Variable:ad "contoso.com"\n', ['contoso.com']],
    ['New-Item -Path Variable:\\ -Value', 'New-Item -Path Variable:\\ad -Value "contoso.com"\n', ['contoso.com']],
  ];
  for (const [form, text, values] of known) {
    it(`reads the value of ${form}`, () => {
      const { resolution } = resolve(text, 'ad');
      assert.ok(resolution.known, JSON.stringify(resolution));
      assert.deepStrictEqual(resolution.candidates.map((c) => c.value), values);
    });
  }

  const unknown: [string, string][] = [
    ['a Set-Variable fed by a command', 'Get-Content x.txt | Set-Variable ad\n'],
    ['Add-Content Variable:', 'Add-Content Variable:ad "x"\n'],
    ['-OutVariable', 'Get-Content x.txt -OutVariable ad\n'],
    ['-ov', 'Get-Content x.txt -ov ad\n'],
    ['PSVariable.Set', '$ExecutionContext.SessionState.PSVariable.Set("ad", "x")\n'],
    ['Invoke-Expression', 'Invoke-Expression $code\n'],
    ['iex', 'Get-Content x.ps1 -Raw | iex\n'],
    ['Set-Variable with a computed name', 'Set-Variable -Name $n -Value "x"\n'],
    ['a dot-sourced file that cannot be read', '. .\\settings.ps1\n'],
    ['a dot-sourced UNC path', '. \\\\server\\share\\names.ps1\n'],
    ['Import-Module of a script module', 'Import-Module .\\names.psm1\n'],
  ];
  for (const [form, text] of unknown) {
    it(`makes the variable unknown, never unassigned, after ${form}`, () => {
      const { model, resolution } = resolve(text, 'ad');
      assert.strictEqual(resolution.known, false);
      assert.strictEqual(!resolution.known && resolution.reason, 'dynamic');
      assert.strictEqual(isAssignedAnywhere(model, 'ad'), true);
    });
  }

  it('still proves a variable nothing sets unassigned', () => {
    const { model, resolution } = resolve('Import-Module adsync\nWrite-Host "x" -ForegroundColor Red\n', 'ad');
    assert.strictEqual(!resolution.known && resolution.reason, 'unassigned');
    assert.strictEqual(isAssignedAnywhere(model, 'ad'), false);
  });

  it('does not trust an assignment that unread code runs after', () => {
    const { resolution } = resolve('$ad = "contoso.com"\nInvoke-Expression $code\n', 'ad');
    assert.strictEqual(resolution.known, false);
    // Read by a cmdlet the rules know, so that even the lazy model builds the assignment.
    const before = resolve('Invoke-Expression $code\n$ad = "contoso.com"\nGet-ADSyncConnector -Name $ad\n', 'ad').resolution;
    assert.ok(before.known);
  });

  it('reads a dot-sourced file one level deep, marking where each value comes from', () => {
    const files: Record<string, string> = { '.\\names.ps1': '$ad = "contoso.com"\nfunction f { $inner = 1 }\n' };
    const { model, resolution } = resolve('. .\\names.ps1\n', 'ad', (p) => files[p]);
    assert.ok(resolution.known);
    assert.deepStrictEqual(resolution.candidates.map((c) => [c.value, c.from]), [['contoso.com', '.\\names.ps1']]);
    assert.deepStrictEqual(scriptScope(model).dotSourced.map((d) => d.read), [true]);
    assert.strictEqual(resolve('. .\\names.ps1\n', 'inner', (p) => files[p]).resolution.known, false);
  });

  it('reads $PSScriptRoot-relative dot-sourcing as relative to the script', () => {
    for (const text of ['. "$PSScriptRoot\\names.ps1"\n', '. $PSScriptRoot\\names.ps1\n', ". '.\\names.ps1'\n"]) {
      assert.deepStrictEqual(outsideEffects(buildScriptModel(text)).dotSources.map((d) => d.path), ['.\\names.ps1'], text);
    }
  });

  it('does not follow a dot-sourced file that itself runs code we cannot read', () => {
    const files: Record<string, string> = { '.\\names.ps1': '$ad = "contoso.com"\n. .\\more.ps1\n' };
    const { model, resolution } = resolve('. .\\names.ps1\n', 'ad', (p) => files[p]);
    assert.strictEqual(resolution.known, false);
    assert.strictEqual(scriptScope(model).unreadCode.length, 1);
  });

  it('counts other scripts, call-operator paths and Invoke-Expression as code it cannot read', () => {
    const kinds = (text: string) => outsideEffects(buildScriptModel(text)).unreadCode.map((u) => u.kind);
    assert.deepStrictEqual(kinds('.\\Restart-Sync.ps1 -Force\n'), ['scriptFile']);
    assert.deepStrictEqual(kinds('& "$PSScriptRoot\\Restart.ps1"\n'), ['callOperator']);
    assert.deepStrictEqual(kinds('& $command\n'), ['callOperator']);
    assert.deepStrictEqual(kinds('iex $x\n'), ['invokeExpression']);
    assert.deepStrictEqual(kinds('ADSync\\Get-ADSyncConnector -Name x\nWrite-Host ".\\x.ps1"\n& { Write-Host 1 }\n'), []);
  });
});
