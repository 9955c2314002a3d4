import * as assert from 'assert';
import { describeWithPwsh, oracleSession } from '../../support/oracle/oracleSession';
import { tokenCorpus } from '../../support/oracle/tokenCorpus';
import { compareTokens, describeRegion } from '../../support/oracle/tokenComparison';
import { compareWithPowerShell, type TextComparison } from '../../support/oracle/tokenOracle';
import { generatedCases } from '../../support/oracle/caseGenerator';

const SEED = Number(process.env.ADSYNC_LINT_ORACLE_SEED ?? 20261204);

describeWithPwsh('oracle: our tokens against PowerShell\'s parser', function () {
  this.timeout(180000);
  let results: TextComparison[] = [];

  before(async () => {
    const generated = generatedCases(120, SEED).map((item, i) => ({ name: `generated case #${i} (seed ${SEED})`, text: item.script }));
    results = await compareWithPowerShell(oracleSession(), [...tokenCorpus(800, SEED), ...generated]);
  });

  it('compares a real number of tokens', () => {
    const compared = results.reduce((sum, result) => sum + result.compared, 0);
    assert.ok(results.length > 1000 && compared > 30000, `only ${compared} tokens in ${results.length} texts`);
  });

  it('agrees with PowerShell on every token kind and extent, apart from the deliberate differences', () => {
    const differences: string[] = [];
    for (const result of results) {
      for (const region of result.regions) {
        if (!region.deliberate) differences.push(`${result.name}: ${describeRegion(result.text, region)}`);
      }
    }
    assert.deepStrictEqual(differences.slice(0, 30), [], `${differences.length} token difference(s) with PowerShell`);
  });

  it('can fail: a token PowerShell ends elsewhere is a difference', () => {
    const text = '$c = Get-ADSyncConnector -Name $adConnector';
    const shifted = compareTokens(text, {
      tokens: [['Variable', 0, 0, 2], ['Equals', 8192, 3, 4], ['Generic', 524288, 5, 24], ['Parameter', 0, 25, 30], ['Variable', 0, 31, 36], ['Generic', 0, 36, 43], ['EndOfInput', 32768, 43, 43]],
      errors: [],
    });
    assert.deepStrictEqual(shifted.regions.map((region) => [region.start, region.end, region.deliberate]), [[31, 43, undefined]]);
    const wrongKind = compareTokens(text, {
      tokens: [['Variable', 0, 0, 2], ['Equals', 8192, 3, 4], ['Generic', 524288, 5, 24], ['Generic', 0, 25, 30], ['Variable', 0, 31, 43], ['EndOfInput', 32768, 43, 43]],
      errors: [],
    });
    assert.deepStrictEqual(wrongKind.regions.map((region) => [region.start, region.end, region.deliberate]), [[25, 30, undefined]]);
  });
});
