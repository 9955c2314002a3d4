import * as assert from 'assert';
import { generatedCases } from '../../support/oracle/caseGenerator';
import { describeOutcome, runDifferential, type CaseOutcome } from '../../support/oracle/differential';
import { describeWithPwsh, oracleSession } from '../../support/oracle/oracleSession';
import { oracleRegressionCases } from '../../support/oracle/regressionCases';

const SEED = Number(process.env.ADSYNC_LINT_ORACLE_SEED ?? 20261204);
const CASES = Number(process.env.ADSYNC_LINT_ORACLE_CASES ?? 200);

describeWithPwsh('oracle: the linter\'s verdicts against running the script on a simulated server', function () {
  this.timeout(300000);
  let outcomes: CaseOutcome[] = [];
  const regressions = oracleRegressionCases();
  let regressionOutcomes: CaseOutcome[] = [];

  before(async () => {
    [outcomes, regressionOutcomes] = await Promise.all([
      runDifferential(oracleSession(), generatedCases(CASES, SEED)),
      runDifferential(oracleSession(), regressions.map((regression) => regression.oracleCase)),
    ]);
  });

  it('agrees with the run on every disagreement found before (test/fixtures/regressions/oracle-*.ps1)', () => {
    assert.ok(regressions.length > 0, 'no oracle regression fixtures found');
    const disagreeing = regressionOutcomes.map((outcome, i) => ({ outcome, i })).filter(({ outcome }) => outcome.disagreements.length > 0);
    assert.deepStrictEqual(disagreeing.map(({ outcome, i }) => `${regressions[i].name}: ${outcome.disagreements.join('; ')}`), []);
  });

  it('generates cases of every kind: clean ones and ones with a real problem for each rule', () => {
    const clean = outcomes.filter((o) => [...o.oracle.values()].every((problems) => problems.length === 0));
    assert.ok(clean.length >= CASES / 10, `only ${clean.length} clean cases`);
    for (const rule of rulesOf(outcomes)) {
      assert.ok(outcomes.some((o) => o.oracle.get(rule)!.length > 0), `no case with a real ${rule} problem`);
    }
  });

  it(`agrees with the run on every rule (${CASES} cases, seed ${SEED})`, () => {
    const disagreeing = outcomes.map((outcome, i) => ({ outcome, i })).filter(({ outcome }) => outcome.disagreements.length > 0);
    const shown = disagreeing.slice(0, 8).map(({ outcome, i }) => describeOutcome(outcome, i)).join('\n\n');
    assert.strictEqual(disagreeing.length, 0, `${disagreeing.length} of ${CASES} cases disagree (replay: npm run oracle -- --cases ${CASES} --seed ${SEED}):\n\n${shown}`);
  });
});

function rulesOf(outcomes: CaseOutcome[]) {
  return outcomes.length > 0 ? [...outcomes[0].oracle.keys()] : [];
}
