import * as assert from 'assert';
import { buildScriptModel } from '../../../server/src/model/scriptModel';
import type { Expr, ScriptModel } from '../../../server/src/model/types';
import { connectorKey, isAssignedAnywhere, reachingAssignment, resolveBoolean, resolveStrings } from '../../../server/src/model/facts/values';
import { modelFacts } from '../../support/properties/modelFacts';
import { checkLazyMatchesEager } from '../../support/properties/differential';

const read = (name: string, at: number): Expr => ({ kind: 'variable', name, start: at, end: at + name.length + 1 });

/** Assigned from a pipeline and read by no known command: no rule follows `$names`. */
const UNFOLLOWED = '$names = "contoso.com" | Select-Object -First 1\n$flag = $true\n$copy = $names\nWrite-Host $copy $flag\n';
const END = UNFOLLOWED.length;

describe('the model answers for every variable', () => {
  it('leaves a variable no rule follows out of the lazy lists', () => {
    const model = buildScriptModel(UNFOLLOWED);
    assert.deepStrictEqual(model.assignments.map((a) => a.variable), []);
    assert.strictEqual(model.unfollowed.length, 3);
  });

  it('resolves it all the same, building its assignments on demand', () => {
    const model = buildScriptModel(UNFOLLOWED);
    assert.strictEqual(isAssignedAnywhere(model, 'copy'), true);
    assert.strictEqual(reachingAssignment(model, 'copy', END)?.targetStart, UNFOLLOWED.indexOf('$copy'));
    assert.deepStrictEqual(resolveStrings(model, read('copy', END), END), { known: false, reason: 'dynamic' });
    assert.strictEqual(resolveBoolean(model, read('flag', END), END), true);
    assert.strictEqual(connectorKey(model, read('copy', END), END), 'variable:names@0');
    assert.strictEqual(isAssignedAnywhere(model, 'nothere'), false);
    assert.deepStrictEqual(resolveStrings(model, read('nothere', END), END), { known: false, reason: 'unassigned', variable: 'nothere' });
  });

  it('gives the literal an unfollowed variable holds, with the assignment it came through', () => {
    const text = '$forest = "contoso.com"\nWrite-Host $forest\n';
    const resolved = resolveStrings(buildScriptModel(text), read('forest', text.length), text.length);
    assert.ok(resolved.known);
    assert.deepStrictEqual(resolved.candidates.map((c) => [c.value, c.via.map((a) => a.variable)]), [['contoso.com', ['forest']]]);
  });

  it('builds each unfollowed assignment once, however it is asked for', () => {
    const model = buildScriptModel(UNFOLLOWED);
    const onDemand = model.unfollowed.plainAssignmentsTo('names');
    assert.strictEqual(onDemand.length, 1);
    assert.ok(model.unfollowed.everyAssignment().includes(onDemand[0]));
    assert.strictEqual(model.unfollowed.plainAssignmentsTo('names'), onDemand);
  });

  it('has nothing unfollowed for a variable a rule follows: its assignments are in the model', () => {
    const text = '$ad = "contoso.com"\nGet-ADSyncConnector -Name $ad\n';
    const model = buildScriptModel(text);
    assert.deepStrictEqual(model.assignments.map((a) => a.variable), ['ad']);
    assert.deepStrictEqual(model.unfollowed.plainAssignmentsTo('ad'), []);
  });
});

describe('the eager model', () => {
  it('builds every assignment and method call, and defers none', () => {
    const model = buildScriptModel(UNFOLLOWED + '$x.Add(1)\n', { eager: true });
    assert.deepStrictEqual(model.assignments.map((a) => a.variable), ['names', 'flag', 'copy']);
    assert.deepStrictEqual(model.methodCalls.map((m) => m.variable), ['x']);
    assert.strictEqual(model.unfollowed.length, 0);
  });

  it('skips no script, prefilter or not', () => {
    const text = 'Get-ADSyncConnector | Add-ADSyncConnector';
    assert.strictEqual(buildScriptModel(text, { eager: true, skipUnlessPasswordSync: true }).commands.length, 2);
  });
});

describe('lazy against eager', () => {
  it('agrees on a script with followed and unfollowed variables', () => {
    checkLazyMatchesEager(UNFOLLOWED + 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $names -TargetConnector "t - AAD" -Enable $flag\n');
  });

  it('can fail: a lazy model that cannot build its unfollowed steps gives different facts', () => {
    const lazy = buildScriptModel(UNFOLLOWED);
    const steps = lazy.unfollowed;
    const blind: ScriptModel = {
      ...lazy,
      unfollowed: { length: steps.length, start: (i) => steps.start(i), everyAssignment: () => steps.everyAssignment(), everyMethodCall: () => steps.everyMethodCall(), plainAssignmentsTo: () => [] },
    };
    const eager = buildScriptModel(UNFOLLOWED, { eager: true });
    assert.notDeepStrictEqual(modelFacts(blind).variables, modelFacts(eager).variables);
    assert.deepStrictEqual(modelFacts(lazy).variables, modelFacts(eager).variables);
  });
});

describe('a foreach variable after its loop', () => {
  const text = '$ad = "old.com"\n$flag = $true\nforeach ($ad in "a.com", "b.com") { Write-Host $ad }\nforeach ($flag in $list) { }\nWrite-Host $ad $flag\n';
  const end = text.length;

  it('holds the loop\'s items, not the value assigned before the loop', () => {
    const resolved = resolveStrings(buildScriptModel(text), read('ad', end), end);
    assert.ok(resolved.known);
    assert.deepStrictEqual(resolved.candidates.map((c) => c.value), ['a.com', 'b.com']);
    assert.strictEqual(resolveBoolean(buildScriptModel(text), read('flag', end), end), undefined);
    assert.strictEqual(connectorKey(buildScriptModel(text), read('flag', end), end), `variable:flag@loop${text.indexOf('foreach ($flag')}`);
  });

  it('takes an assignment after the loop, and leaves one inside the loop to run time', () => {
    const after = text + '$ad = "new.com"\n';
    const resolved = resolveStrings(buildScriptModel(after), read('ad', after.length), after.length);
    assert.ok(resolved.known);
    assert.deepStrictEqual(resolved.candidates.map((c) => c.value), ['new.com']);
    const inside = '$ad = "old.com"\nforeach ($ad in "a.com") { $ad = "c.com" }\n';
    assert.deepStrictEqual(resolveStrings(buildScriptModel(inside), read('ad', inside.length), inside.length), { known: false, reason: 'dynamic', variable: 'ad' });
  });

  it('is not $_ after ForEach-Object, which gives $_ back', () => {
    const piped = '"a.com" | ForEach-Object { $_ }\nWrite-Host $_\n';
    assert.deepStrictEqual(resolveStrings(buildScriptModel(piped), read('_', piped.length), piped.length), { known: false, reason: 'dynamic', variable: '_' });
  });
});

describe('connector keys', () => {
  const key = (text: string, name: string) => connectorKey(buildScriptModel(text), read(name, text.length), text.length);

  it('tell apart a variable given a new value nobody knows from the same variable before', () => {
    const text = '$ad = Read-Host "x"\n$first = $ad\n$ad = Read-Host "y"\n';
    assert.strictEqual(key(text, 'first'), 'variable:ad@0');
    assert.strictEqual(key(text, 'ad'), `variable:ad@${text.indexOf('$ad = Read-Host "y"')}`);
  });

  it('tell apart what code the model cannot read may have set, and a loop\'s variable', () => {
    const text = '$ad = Read-Host "x"\n$first = $ad\n. .\\settings.ps1\n$after = $ad\nforeach ($ad in $list) { $inLoop = $ad }\n';
    const at = (name: string) => text.indexOf(`$${name} =`);
    const keyAt = (name: string, offset: number) => connectorKey(buildScriptModel(text), read(name, offset), offset);
    assert.strictEqual(keyAt('ad', at('first')), 'variable:ad@0');
    assert.strictEqual(keyAt('ad', at('after')), `variable:ad@${text.indexOf('\n$after')}`);
    assert.strictEqual(keyAt('ad', at('inLoop')), `variable:ad@loop${text.indexOf('foreach')}`);
  });

  it('mark a function parameter as the caller\'s value, not the script\'s variable of that name', () => {
    const text = '$ad = Read-Host "x"\nfunction Sync { param($ad)\n';
    assert.strictEqual(key(text, 'ad'), 'variable:ad@parameter');
  });
});
