import * as assert from 'assert';
import * as fc from 'fast-check';
import { boundArgument } from '../../../server/src/model/facts/arguments';
import { mayNameKnownCommand } from '../../../server/src/model/syntax/knownCommands';
import { buildScriptModel } from '../../../server/src/model/scriptModel';
import { connectorKey, resolveBoolean, resolveStrings } from '../../../server/src/model/facts/values';
import type { Expr } from '../../../server/src/model/types';
import { allFixtureTexts } from '../../support/robustness/fixtureTexts';
import { scriptText } from '../../support/robustness/scriptArbitrary';

function valuesOf(text: string, expr: Expr | undefined, at: number): string[] | string {
  const resolved = resolveStrings(buildScriptModel(text), expr, at);
  return resolved.known ? resolved.candidates.map((c) => c.value) : resolved.reason;
}

describe('script model', () => {
  it('reads commands with module qualifiers, call operators and any casing', () => {
    const model = buildScriptModel("ADSync\\Get-ADSyncConnector -Name a\n& 'Set-ADSyncAADPasswordSyncConfiguration' -En:$true\nget-adsyncconnector x");
    assert.deepStrictEqual(
      model.commands.map((c) => [c.lowerName, c.module ?? '']),
      [['get-adsyncconnector', 'ADSync'], ['set-adsyncaadpasswordsyncconfiguration', ''], ['get-adsyncconnector', '']],
    );
    assert.strictEqual(model.commands[1].parameters[0].name, 'Enable');
    assert.deepStrictEqual(boundArgument(model.commands[2], 'Name')?.value, { kind: 'string', value: 'x', start: 108, end: 109 });
  });

  it('resolves unambiguous parameter prefixes and leaves ambiguous ones unresolved', () => {
    const model = buildScriptModel('Set-ADSyncAADPasswordSyncConfiguration -Source a -Target b -E $true -En $false');
    assert.deepStrictEqual(model.commands[0].parameters.map((p) => p.name), ['SourceConnector', 'TargetConnector', undefined, 'Enable']);
  });

  it('binds positional arguments in the cmdlet\'s order once named ones are taken', () => {
    const model = buildScriptModel('Set-ADSyncAADPasswordSyncConfiguration -TargetConnector t s $false');
    const call = model.commands[0];
    assert.strictEqual((boundArgument(call, 'SourceConnector')?.value as { value: string }).value, 's');
    assert.strictEqual(boundArgument(call, 'Enable')?.value?.kind, 'boolean');
  });

  it('reads a dash word glued to a value as part of that one argument', () => {
    const text = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector a -TargetConnector b -Enable: $false-Host';
    const model = buildScriptModel(text);
    const [enable] = model.commands[0].parameters.filter((p) => p.name === 'Enable');
    assert.deepStrictEqual([enable.value?.kind, enable.value?.end], ['unknown', text.length]);
    assert.strictEqual(model.commands[0].parameters.length, 3);
  });

  it('notes where it ran off the end of the text inside a bracket, and only then', () => {
    assert.strictEqual(buildScriptModel('$c.GlobalParameters.Add($p\n$c = 1').unclosedFrom, '$c.GlobalParameters.Add('.length);
    assert.strictEqual(buildScriptModel('$h = @{\n  A = 1\n').unclosedFrom, '$h = @{'.length);
    assert.strictEqual(buildScriptModel('if ($x) {\n  $c.GlobalParameters.Add($p)\n').unclosedFrom, 'if ($x) {'.length);
    assert.strictEqual(buildScriptModel('$a = @(1, 2,)\n$c.GlobalParameters.Add($p)').unclosedFrom, Infinity);
  });

  it('reads splatted hashtables', () => {
    const model = buildScriptModel("$s = @{ SourceConnector = 'a'; Enable = $false }\nSet-ADSyncAADPasswordSyncConfiguration @s -TargetConnector b");
    const call = model.commands[0];
    assert.strictEqual(boundArgument(call, 'SourceConnector')?.via, 'splat');
    assert.strictEqual(resolveBoolean(model, boundArgument(call, 'Enable')?.value, call.start), false);
  });

  it('records assignments to members and method calls on members', () => {
    const model = buildScriptModel('$p.Value = 1\n$c.GlobalParameters.Remove($p.Name)\n[void]$c.GlobalParameters.Add($p)');
    assert.deepStrictEqual(model.assignments.map((a) => [a.variable, a.path]), [['p', ['value']]]);
    assert.deepStrictEqual(model.unfollowed.everyMethodCall().map((m) => [m.variable, m.path, m.method, m.args.map((a) => a.kind)]), [
      ['c', ['globalparameters'], 'remove', ['member']],
      ['c', ['globalparameters'], 'add', ['variable']],
    ]);
  });

  it('ignores code in comments, block comments and here-strings', () => {
    const model = buildScriptModel("# Set-ADSyncAADPasswordSyncConfiguration\n<# Get-ADSyncConnector #>\n$h = @'\nAdd-ADSyncConnector\n'@\n");
    assert.deepStrictEqual(model.commands, []);
    assert.strictEqual(model.isPasswordSyncScript, false);
  });

  it('follows variables through copies and takes the last assignment before the use', () => {
    const text = '$a = "one"\n$b = $a\n$a = "two"\nGet-ADSyncConnector -Name $b\nGet-ADSyncConnector -Name $a';
    const model = buildScriptModel(text);
    const [first, second] = model.commands;
    assert.deepStrictEqual(valuesOf(text, boundArgument(first, 'Name')?.value, first.start), ['one']);
    assert.deepStrictEqual(valuesOf(text, boundArgument(second, 'Name')?.value, second.start), ['two']);
  });

  it('records assignments in the order their statements end, and resolves the same from a shuffled list', () => {
    const text = '$a = "one"\nGet-ADSyncConnector -Name $a\n$a = ($b = "two")\n$a = "three"\nGet-ADSyncConnector -Name $a';
    const model = buildScriptModel(text);
    const ends = model.assignments.map((a) => a.statementEnd);
    assert.deepStrictEqual(ends, [...ends].sort((x, y) => x - y));
    const shuffled = { ...model, assignments: [...model.assignments].reverse() };
    const resolvedIn = (m: typeof model) =>
      m.commands.map((call) => {
        const resolved = resolveStrings(m, boundArgument(call, 'Name')?.value, call.start);
        return resolved.known ? resolved.candidates.map((c) => c.value).join() : resolved.reason;
      });
    assert.deepStrictEqual(resolvedIn(model), ['one', 'three']);
    assert.deepStrictEqual(resolvedIn(shuffled), ['one', 'three']);
  });

  it('gives $_ in a ForEach-Object block the values piped into it', () => {
    const text = "$list = 'a', 'b'\n$list | ForEach-Object { Get-ADSyncConnector -Name $_ }\n($q = @('c', \"d\")) |\n  & % { Get-ADSyncConnector -Name $_ }";
    const model = buildScriptModel(text);
    const [first, second] = model.commands;
    assert.deepStrictEqual(valuesOf(text, boundArgument(first, 'Name')?.value, first.start), ['a', 'b']);
    assert.deepStrictEqual(valuesOf(text, boundArgument(second, 'Name')?.value, second.start), ['c', 'd']);
    // The piped expression is read twice (for its span, then for its value), but recorded once.
    assert.deepStrictEqual([model.loops.length, model.assignments.map((a) => a.variable), model.commands.length], [2, ['list', 'q'], 2]);
  });

  it('gives a foreach variable the set of values of its list', () => {
    const text = "$list = @('a', \"b\")\nforeach ($f in $list) {\n  Get-ADSyncConnector -Name $f\n}";
    const model = buildScriptModel(text);
    const call = model.commands[0];
    assert.deepStrictEqual(valuesOf(text, boundArgument(call, 'Name')?.value, call.start), ['a', 'b']);
    // One connector per pass: keyed by the loop, apart from $f before or after it.
    assert.strictEqual(connectorKey(model, boundArgument(call, 'Name')?.value, call.start), `variable:f@loop${text.indexOf('foreach')}`);
  });

  it('records each parameter name once, where it is first bound', () => {
    const text = 'function A { param($Name, $other) }\nfunction B { param([string] $name = "x") }\n@({ param($late) }) | % { $_ }';
    const model = buildScriptModel(text);
    assert.deepStrictEqual(
      model.parameters.map((p) => [p.variable, text.slice(p.start, p.end)]),
      [['name', '$Name'], ['other', '$other'], ['late', '$late']],
    );
  });

  it('treats function parameters as unknown and never-assigned variables as unassigned', () => {
    const text = 'function F { param($n) Get-ADSyncConnector -Name $n }\nGet-ADSyncConnector -Name $missing';
    const model = buildScriptModel(text);
    const [inner, outer] = model.commands;
    assert.strictEqual(valuesOf(text, boundArgument(inner, 'Name')?.value, inner.start), 'dynamic');
    assert.strictEqual(valuesOf(text, boundArgument(outer, 'Name')?.value, outer.start), 'unassigned');
  });

  it('knows a password-sync script from a read-only one', () => {
    assert.strictEqual(buildScriptModel('Get-ADSyncAADPasswordSyncConfiguration -SourceConnector a').isPasswordSyncScript, false);
    assert.strictEqual(buildScriptModel('Set-ADSyncAADPasswordSyncConfiguration -SourceConnector a -TargetConnector b -Enable $true').isPasswordSyncScript, true);
    assert.strictEqual(
      buildScriptModel('$p = [Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter]::new("Microsoft.Synchronize.ForceFullPasswordSync")').isPasswordSyncScript,
      true,
    );
  });

  it('uses the line break most lines use', () => {
    assert.strictEqual(buildScriptModel('a\r\nb\r\nc\nd').eol, '\r\n');
    assert.strictEqual(buildScriptModel('a\nb').eol, '\n');
    assert.strictEqual(buildScriptModel('a\rb').eol, '\r');
  });
});

describe('password-sync prefilter', () => {
  it('skips statements only for scripts that cannot act on password sync', () => {
    const text = 'Get-ADSyncConnector | Add-ADSyncConnector';
    assert.strictEqual(buildScriptModel(text, { skipUnlessPasswordSync: true }).commands.length, 0);
    assert.strictEqual(buildScriptModel(text, { skipUnlessPasswordSync: false }).commands.length, 2);
  });

  it('still reads a script whose cmdlet name is split by a backtick escape', () => {
    const model = buildScriptModel('Set-ADSyncAADPassword`Sync`Configuration -SourceConnector a -TargetConnector b -Enable $true', { skipUnlessPasswordSync: true });
    assert.strictEqual(model.isPasswordSyncScript, true);
    assert.strictEqual(model.commands[0].lowerName, 'set-adsyncaadpasswordsyncconfiguration');
  });
});

describe('commands no rule reads', () => {
  it('are told from known ones by the length and the first and last letters of their names', () => {
    const may = (word: string) => mayNameKnownCommand(word, 0, word.length);
    assert.deepStrictEqual(['Write-Host', 'Get-ADUser', 'Export-Csv', 'Get-Item', 'ADSync\\'].map(may), [false, false, false, false, false]);
    const maybe = ['New-Object', 'NEW-OBJECT', 'ADSync\\Get-ADSyncConnector', 'Get-ADSyncConnecto`r', '\u00d1ew-Object', "'x'", 'Set-ADSyncAADPasswordSyncConfiguration'];
    assert.deepStrictEqual(maybe.map(may), maybe.map(() => true));
  });

  it('are not recorded, but what their arguments hold is', () => {
    const text = [
      'Write-Host $c.GlobalParameters.Remove($p.Name) -ForegroundColor Cyan',
      'Invoke-Command -ScriptBlock { Get-ADSyncConnector -Name a }',
      'Write-Output (Add-ADSyncConnector -Connector $c), $(Get-ADSyncConnector b)',
      '$list | ForEach-Object { Get-ADSyncConnector -Name $_ }',
      'Out-Null a,',
      '  Get-ADSyncConnector c',
    ].join('\n');
    const model = buildScriptModel(text);
    assert.deepStrictEqual(model.commands.map((c) => c.lowerName), ['get-adsyncconnector', 'add-adsyncconnector', 'get-adsyncconnector', 'get-adsyncconnector']);
    assert.deepStrictEqual(model.methodCalls.map((m) => [m.variable, m.method]), [['c', 'remove']]);
    assert.deepStrictEqual(model.loops.map((l) => l.variable), ['_']);
    // `a,` continues on the next line: `Get-ADSyncConnector c` there is an argument, not a command.
    assert.strictEqual(model.commands.length, 4);
  });

  it('are told from known ones whatever way the name is written', () => {
    const text = [
      "Get-'ADSyncConnector' -Name quoted",
      'Get-ADSync`Connector -Name escaped',
      'ADSync\\Get-ADSyncConnector -Name qualified',
      'Get-ADSyncConnectors -Name longer',
      'Get-ADSyncConnecto -Name shorter',
      '$list | Microsoft.PowerShell.Core\\ForEach-Object { $_ }',
      '$list | % { $_ }',
    ].join('\n');
    const model = buildScriptModel(text);
    assert.deepStrictEqual(
      model.commands.map((c) => [c.lowerName, c.module]),
      [['get-adsyncconnector', undefined], ['get-adsyncconnector', undefined], ['get-adsyncconnector', 'ADSync']],
    );
    assert.deepStrictEqual(model.loops.length, 2);
  });

  it('give an unknown value to what they are assigned to', () => {
    const model = buildScriptModel('$c = Get-Item x\n$d = Get-ADSyncConnector y');
    assert.deepStrictEqual(model.unfollowed.everyAssignment().map((a) => a.value.kind), ['unknown', 'command']);
  });
});

describe('values no step keeps', () => {
  it('are read only for their spans, while values kept inside them are read in full', () => {
    const text = [
      'Write-Host ($adConnector = "contoso.com"), @{ Name = ($p = "x") }',
      'if ($c.GlobalParameters.Add($p, "y")) { "a", "b" -join $d.Name }',
      '"text" -f ($q = 1), (Get-ADSyncConnector -Name @("a", "b"))',
      '$list = "a", @{ Key = "v" }, ([Type]::new("t"))',
    ].join('\n');
    const model = buildScriptModel(text);
    const assignments = model.unfollowed.everyAssignment();
    assert.deepStrictEqual(
      assignments.map((a) => [a.variable, a.value.kind, a.value.kind === 'string' || a.value.kind === 'number' ? a.value.value : undefined]),
      [['adconnector', 'string', 'contoso.com'], ['p', 'string', 'x'], ['q', 'number', 1], ['list', 'array', undefined]],
    );
    const list = assignments[3].value;
    assert.ok(list.kind === 'array');
    assert.deepStrictEqual(list.items.map((item) => item.kind), ['string', 'hashtable', 'new']);
    assert.deepStrictEqual(model.unfollowed.everyMethodCall().map((m) => [m.variable, m.path, m.method, m.args.map((arg) => arg.kind)]), [['c', ['globalparameters'], 'add', ['variable', 'string']]]);
    const name = boundArgument(model.commands[0], 'Name')?.value;
    assert.ok(name?.kind === 'array');
    assert.deepStrictEqual(name.items.map((item) => (item.kind === 'string' ? item.value : item.kind)), ['a', 'b']);
  });

  it('include hashtable entries, read where a known command splats the hashtable last assigned', () => {
    const text = [
      "$s = @{ SourceConnector = 'old' }",
      "$s = @{ SourceConnector = 'a'; Enable = ($e = $false); Nested = @{ X = 1 } }",
      'Set-ADSyncAADPasswordSyncConfiguration @s -TargetConnector b',
    ].join('\n');
    const model = buildScriptModel(text);
    const call = model.commands[0];
    const source = boundArgument(call, 'SourceConnector')?.value;
    assert.deepStrictEqual(source?.kind === 'string' && [source.value, text.slice(source.start, source.end)], ['a', "'a'"]);
    assert.strictEqual(resolveBoolean(model, boundArgument(call, 'Enable')?.value, call.start), false);
    assert.deepStrictEqual(model.unfollowed.everyAssignment().map((a) => [a.variable, a.value.kind]), [['s', 'hashtable'], ['e', 'boolean'], ['s', 'hashtable']]);
    // `$e` is read only by the entry, whose value is the assignment's own: no rule follows it.
    assert.deepStrictEqual(model.assignments.map((a) => a.variable), ['s', 's']);
  });

  it('are never what the model keeps: every kept value has a span in the text', () => {
    const texts = [...allFixtureTexts().map((fixture) => fixture.text), ...fc.sample(scriptText, { numRuns: 300, seed: 4 })];
    let values = 0;
    for (const text of texts) {
      const model = buildScriptModel(text);
      const seen = new Set<unknown>();
      const visit = (expr: Expr | undefined): void => {
        if (expr === undefined || seen.has(expr)) return;
        seen.add(expr);
        values++;
        assert.ok(expr.start >= 0 && expr.end >= expr.start && expr.end <= text.length, `${expr.kind} value at ${expr.start}-${expr.end} in ${JSON.stringify(text.slice(0, 80))}`);
        if (expr.kind === 'array') expr.items.forEach(visit);
        if (expr.kind === 'new') expr.args.forEach(visit);
      };
      for (const assignment of model.unfollowed.everyAssignment()) visit(assignment.value);
      for (const loop of model.loops) visit(loop.collection);
      for (const call of model.unfollowed.everyMethodCall()) call.args.forEach(visit);
      for (const call of model.commands) {
        call.positional.forEach(visit);
        call.parameters.forEach((use) => visit(use.value));
        call.splats.forEach((splat) => splat.entries?.forEach(visit));
      }
    }
    assert.ok(values > 1000, `only ${values} values visited`);
  });
});

describe('assignments the rules follow', () => {
  const variables = (assignments: readonly { variable: string }[]) => assignments.map((a) => a.variable);

  it('are those whose values reach a known command, through copies and loops; the others are built on demand', () => {
    const text = [
      '$x = 1',
      '$adConnector = "contoso.com"',
      '$names = $adConnector, "b"',
      '$y = $x',
      'foreach ($n in $names) { $copy = $n; Get-ADSyncConnector -Name $copy }',
      '$x = 2',
    ].join('\n');
    const model = buildScriptModel(text);
    assert.deepStrictEqual(variables(model.assignments), ['adconnector', 'names', 'copy']);
    assert.deepStrictEqual(
      model.steps.map((step) => (step.step === 'command' ? step.lowerName : step.variable)),
      ['adconnector', 'names', 'copy', 'get-adsyncconnector'],
    );
    assert.strictEqual(model.unfollowed.length, 3);
    assert.deepStrictEqual(
      [0, 1, 2].map((index) => model.unfollowed.start(index)),
      [0, text.indexOf('$y'), text.lastIndexOf('$x')],
    );
    const every = model.unfollowed.everyAssignment();
    assert.deepStrictEqual(variables(every), ['x', 'adconnector', 'names', 'y', 'copy', 'x']);
    assert.strictEqual(every[1], model.assignments[0], 'a followed assignment is built once');
    const [call] = model.commands;
    assert.deepStrictEqual(valuesOf(text, boundArgument(call, 'Name')?.value, call.start), ['contoso.com', 'b']);
  });

  it('carry the method calls on followed variables; the others are built on demand', () => {
    const text = ['$c = Get-ADSyncConnector -Name a', '$list.Add(1)', '$c.GlobalParameters.Remove("x")', '[void]$c.GlobalParameters.Add($p)'].join('\n');
    const model = buildScriptModel(text);
    assert.deepStrictEqual(
      model.steps.map((step) => (step.step === 'command' ? step.lowerName : step.step === 'method' ? `${step.variable}.${step.method}` : step.variable)),
      ['get-adsyncconnector', 'c', 'c.remove', 'c.add'],
    );
    assert.deepStrictEqual(model.methodCalls.map((call) => [call.path, call.args.map((arg) => arg.kind)]), [[['globalparameters'], ['string']], [['globalparameters'], ['variable']]]);
    assert.deepStrictEqual([model.unfollowed.length, model.unfollowed.start(0)], [1, text.indexOf('$list')]);
    const every = model.unfollowed.everyMethodCall();
    assert.deepStrictEqual(every.map((call) => call.variable), ['list', 'c', 'c']);
    assert.strictEqual(every[1], model.methodCalls[0], 'a followed call is built once');
  });

  it('include what builds the ForceFullPasswordSync parameter and what is assigned to a member, followed or not', () => {
    const text = [
      '$unused = [Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter]::new("Microsoft.Synchronize.ForceFullPasswordSync", "String")',
      '$other.Value = 1',
      '$fetched = Get-Item x',
    ].join('\n');
    const model = buildScriptModel(text);
    assert.deepStrictEqual(variables(model.assignments), ['unused', 'other']);
    assert.strictEqual(model.isPasswordSyncScript, true);
  });

  it('read a value again with the splattable hashtables as they were, and record nothing twice', () => {
    const text = [
      "$s = @{ SourceConnector = 'a' }",
      "$r = $(Set-ADSyncAADPasswordSyncConfiguration @s -TargetConnector b -Enable $true; $s = @{ SourceConnector = 'z' }; $n = 1)",
    ].join('\n');
    const model = buildScriptModel(text);
    const source = boundArgument(model.commands[0], 'SourceConnector')?.value;
    assert.deepStrictEqual(source?.kind === 'string' && source.value, 'a');
    assert.strictEqual(model.commands.length, 1);
    assert.deepStrictEqual(variables(model.unfollowed.everyAssignment()), ['s', 's', 'n', 'r']);
  });
});
