import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lintText } from '../../../server/src/engine/lint';
import { fixAll } from '../../../server/src/engine/fixAll';
import { createDotSourceReader } from '../../../server/src/io/dotSourceReader';
import { normalizeOptions } from '../../../server/src/shared/options';
import { rules, ruleIds } from '../../../server/src/rules';
import { lineOf, listFixtures, readConfig, readMarkers } from '../../support/fixtureMarkers';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/rules');

function describeProblems(items: { ruleId: string; line: number }[]): string[] {
  return items.map((item) => `${item.line}:${item.ruleId}`).sort();
}

describe('rule fixtures', () => {
  const files = listFixtures(FIXTURES);

  it('finds fixture scripts for every rule', () => {
    for (const id of ruleIds) {
      assert.ok(fs.existsSync(path.join(FIXTURES, id)), `test/fixtures/rules/${id}/ is missing`);
      assert.ok(files.some((file) => file.includes(`/${id}/`)), `no fixture scripts for ${id}`);
    }
  });

  for (const file of files) {
    const name = path.relative(FIXTURES, file);
    describe(name, () => {
      const text = fs.readFileSync(file, 'utf8');
      const normalized = normalizeOptions(readConfig(text), ruleIds);
      const warnings = normalized.warnings;
      // Fixtures that dot-source a settings file read it from beside them, as the CLI does.
      const options = { ...normalized.options, readDotSourced: createDotSourceReader(file) };
      const result = lintText(text, options);
      const fixedFile = file.replace(/\.ps1$/, '.fixed.ps1');

      it('reports exactly the marked problems', () => {
        assert.deepStrictEqual(warnings, []);
        assert.deepStrictEqual(result.ruleFailures, []);
        const found = describeProblems(result.problems.map((p) => ({ ruleId: p.ruleId, line: lineOf(text, p.start) })));
        const expected = describeProblems(readMarkers(text));
        assert.deepStrictEqual(found, expected, result.problems.map((p) => `${lineOf(text, p.start)}:${p.ruleId}: ${p.message}`).join('\n'));
      });

      it('only fixable rules offer fixes, and every range is inside the text', () => {
        for (const problem of result.problems) {
          const rule = rules.find((r) => r.meta.id === problem.ruleId)!;
          if (problem.fixes.length > 0) assert.ok(rule.meta.fixable, `${problem.ruleId} offered a fix`);
          assert.ok(problem.start >= 0 && problem.end <= text.length && problem.start <= problem.end);
        }
      });

      if (fs.existsSync(fixedFile)) {
        it('fixes to the .fixed.ps1 text, and fixing again changes nothing', () => {
          const expected = fs.readFileSync(fixedFile, 'utf8');
          const once = fixAll(text, options);
          assert.strictEqual(once.output, expected);
          const twice = fixAll(once.output, options);
          assert.strictEqual(twice.output, once.output, 'fixing twice differs from fixing once');
          const left = lintText(once.output, options).problems.filter((p) => p.fixes.some((f) => f.preferred));
          assert.deepStrictEqual(left.map((p) => p.message), [], 'fixable problems left after fixing');
        });
      }
    });
  }
});

describe('password-sync-toggle moving the toggles after the save', () => {
  const script = (between: string) =>
    [
      '$adConnector = "contoso.com"',
      '$azureadConnector = "contoso.onmicrosoft.com - AAD"',
      '$c = Get-ADSyncConnector -Name $adConnector',
      '$p = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ConfigurationParameter "Microsoft.Synchronize.ForceFullPasswordSync", String, ConnectorGlobal, $null, $null, $null',
      '$p.Value = 1',
      '$c.GlobalParameters.Remove($p.Name)',
      '$c.GlobalParameters.Add($p)',
      'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $false',
      between,
      'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $azureadConnector -Enable $true',
      '$c = Add-ADSyncConnector -Connector $c',
      '',
    ].join('\n');
  const moveFixes = (text: string) =>
    lintText(text)
      .problems.filter((p) => p.ruleId === 'password-sync-toggle')
      .flatMap((p) => p.fixes.map((fix) => fix.title));

  it('offers the move when only the toggles would move', () => {
    assert.deepStrictEqual(moveFixes(script('')), ['Move the toggle after Add-ADSyncConnector']);
  });

  it('offers no move that would carry an assignment along, even one to a variable no rule follows', () => {
    assert.deepStrictEqual(moveFixes(script('$attempts = 0')), []);
    assert.deepStrictEqual(moveFixes(script('$c = $null')), []);
  });
});
