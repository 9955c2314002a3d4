import * as assert from 'assert';
import * as fc from 'fast-check';
import { defaultOptions } from '../../../server/src/shared/options';
import { checkLazyMatchesEager } from '../../support/properties/differential';
import { checkAddsNoProblem, checkSameVerdicts, insertUnrelatedStatement, renameVariable, replaceConstant, type OpaqueForm } from '../../support/properties/metamorphic';
import { modelRunsFor, modelSuites, withSettingsFile } from '../../support/properties/modelSuites';
import { allFixtureTexts } from '../../support/robustness/fixtureTexts';

/**
 * The lazy model against the eager oracle, and the metamorphic properties (an opaque value adds
 * no problem; an unrelated statement or a renamed variable changes no verdict). `npm run fuzz`
 * runs the same suites with many more cases and new seeds.
 */

/** Ten thousand cases over the model suites, seeded as the robustness properties are. */
const TOTAL_RUNS = 10_000;
const SEED = Number(process.env.ADSYNC_LINT_PROPERTY_SEED ?? 20_251_125);

describe('model properties', function () {
  this.timeout(300_000);

  it('lazy and eager models agree on every fixture and fuzz regression', () => {
    for (const { name, text } of allFixtureTexts()) {
      try {
        checkLazyMatchesEager(text);
        checkLazyMatchesEager(text, withSettingsFile());
      } catch (error) {
        throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
  });

  for (const suite of modelSuites) {
    it(`${suite.name} (${modelRunsFor(suite, TOTAL_RUNS)} cases)`, () => {
      fc.assert(suite.property(), { numRuns: modelRunsFor(suite, TOTAL_RUNS), seed: SEED });
    });
  }
});

/** Cases the metamorphic properties once failed on, shrunk: the constant of their `index`th constant assignment (the first by default) made opaque. */
const OPAQUE_REGRESSIONS: { name: string; text: string; index?: number }[] = [
  {
    name: 'a foreach over the variable after its assignment: the toggle after the loop is the loop\'s',
    text: [
      '$adConnector = "contoso.com"',
      'foreach ($adConnector in $forests) {',
      '    Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector "t.onmicrosoft.com - AAD" -Enable $true',
      '}',
      'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector "t.onmicrosoft.com - AAD" -Enable $false',
      '',
    ].join('\n'),
  },
  {
    name: 'a function parameter of the same name is another connector than the script\'s variable',
    text: [
      '$ad = "contoso.com"',
      'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector "t.onmicrosoft.com - AAD" -Enable $true',
      'function Sync { param($ad)',
      '    Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector "t.onmicrosoft.com - AAD" -Enable $false',
      '}',
      '',
    ].join('\n'),
  },
  {
    name: 'a toggle before a missing dot-sourced file and one after it are not one toggle',
    index: 1,
    text: [
      '$aad = "<CASE SENSITIVE AZURE AD CONNECTOR NAME>"',
      'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector $aad -Enable $true',
      '$aad = "t.onmicrosoft.com - AAD"',
      '$aad = "t.onmicrosoft.com - AAD"',
      'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector $aad -Enable ([bool]1)',
      '',
    ].join('\n'),
  },
  {
    name: 'a toggle with a foreach variable is not one with the same name outside the loop',
    index: 1,
    text: [
      '$aad = "<CASE SENSITIVE AZURE AD CONNECTOR NAME>"',
      'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector $aad -Enable:$true',
      '$aad = "t.onmicrosoft.com - AAD"',
      'foreach ($ad in $forests) {',
      '    $aad = "t.onmicrosoft.com - AAD"',
      '    Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector $aad -Enable ([bool]1)',
      '}',
      '',
    ].join('\n'),
  },
  {
    // A use in a loop that an assignment later in the loop reaches from the iteration before:
    // the toggle's target is not known, so no verdict pairs the calls (seed 2027 of the fuzz).
    name: 'an assignment later in an enclosing ForEach-Object block reaches the toggle',
    text: [
      'if ($true) {',
      '    $adConnector = "contoso.com"',
      '    $azureadConnector = "contoso.onmicrosoft.com - AAD"',
      '    $forests | ForEach-Object {',
      '        if ($true) {',
      '            if ($true) {',
      '                $forests | ForEach-Object {',
      '                    Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $true',
      '                }',
      '                $azureadConnector = "&lt;CASE SENSITIVE AZURE AD CONNECTOR NAME&gt;"',
      '            } else {',
      '            }',
      '            Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $false',
      '            $forests | ForEach-Object {',
      '                $adConnector = "contoso.com"',
      '            }',
      '        } else {',
      '        }',
      '        "<CASE SENSITIVE AD CONNECTOR NAME>", $adConnector | ForEach-Object {',
      '            Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $false',
      '        }',
      '    }',
      '} else {',
      '}',
      '',
    ].join('\n'),
  },
  {
    // The same with code we cannot read later in the loop instead of the assignment.
    name: 'unread code later in a nested ForEach-Object block may set the target for the next item',
    index: 1,
    text: [
      '"<CASE SENSITIVE AD CONNECTOR NAME>", $adConnector | ForEach-Object {',
      '    $azureadConnector = "contoso.com"',
      '    "<CASE SENSITIVE AD CONNECTOR NAME>", $adConnector | ForEach-Object {',
      '        Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $true',
      '        $azureadConnector = "contoso.onmicrosoft.com - AAD"',
      '    }',
      '}',
      '',
    ].join('\n'),
  },
];

describe('model properties: regressions', () => {
  for (const { name, text, index = 0 } of OPAQUE_REGRESSIONS) {
    for (const form of ['read-host', 'args', 'missing-dot-source'] as OpaqueForm[]) {
      it(`${name} (${form})`, () => {
        const transform = replaceConstant(text, form, index);
        if (!transform) throw new Error('the case no longer offers a constant to replace');
        checkAddsNoProblem(text, defaultOptions(), transform);
      });
    }
  }
});

describe('model properties: the checks can fail', () => {
  const text = [
    '$ad = "contoso.com"',
    'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector "t.onmicrosoft.com - AAD" -Enable $false',
    'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $ad -TargetConnector "t.onmicrosoft.com - AAD" -Enable $true',
    '',
  ].join('\n');
  const flip = { description: 'the first toggle made an enable', edits: [{ start: text.indexOf('$false'), end: text.indexOf('$false') + 6, text: '$true' }] };

  it('a transform that adds a problem is caught, and one that changes a verdict', () => {
    assert.throws(() => checkAddsNoProblem(text, defaultOptions(), flip), /new problems/);
    assert.throws(() => checkSameVerdicts(text, defaultOptions(), flip), /the verdict changed/);
  });

  it('the transforms find their places', () => {
    assert.strictEqual(replaceConstant(text, 'read-host', 0)?.edits[0].text, 'Read-Host "x"');
    assert.strictEqual(replaceConstant(text, 'missing-dot-source', 0)?.edits[0].start, 0);
    assert.deepStrictEqual(insertUnrelatedStatement(text, 'Write-Host "x"', 1)?.edits[0], { start: text.indexOf('Set-'), end: text.indexOf('Set-'), text: 'Write-Host "x"\n' });
    assert.deepStrictEqual(renameVariable(text, 0)?.edits.map((edit) => [text.slice(edit.start, edit.end), edit.text]), [['$ad', '$renamed'], ['$ad', '$renamed'], ['$ad', '$renamed']]);
  });
});
