import * as assert from 'assert';
import * as fc from 'fast-check';
import { lintText } from '../../../server/src/engine/lint';
import { defaultOptions } from '../../../server/src/shared/options';
import type { Fix } from '../../../server/src/shared/types';
import { checkFix } from '../../support/robustness/properties';
import { propertySuites, runsFor, suiteProperty } from '../../support/robustness/propertySuites';

/**
 * Property tests over random, mutated and grammar-shaped scripts: the tokenizer and the linter
 * never throw, every range lies in the text, tokens cover the text, and every fix removes its
 * problem, is idempotent, touches nothing outside its edits and keeps the line-end style.
 * `npm run fuzz` runs the same suites with a million cases.
 */

/** About ten thousand cases over all suites: enough to catch regressions, quick enough for every run. */
const TOTAL_RUNS = 10_000;
/**
 * A fixed seed keeps `npm test` deterministic (a red build is always reproducible); the fuzz run
 * explores new seeds. ADSYNC_LINT_PROPERTY_SEED replays a seed the fuzz run reported.
 */
const SEED = Number(process.env.ADSYNC_LINT_PROPERTY_SEED ?? 20_251_125);

describe('robustness: properties', function () {
  this.timeout(300_000);

  for (const suite of propertySuites) {
    it(`${suite.name} (${runsFor(suite, TOTAL_RUNS)} cases)`, () => {
      fc.assert(suiteProperty(suite), { numRuns: runsFor(suite, TOTAL_RUNS), seed: SEED });
    });
  }

  it('the fix properties can fail: a fix that leaves its problem, or adds a bare LF to a CRLF file, is caught', () => {
    const text = 'Set-ADSyncAADPasswordSyncConfiguration -SourceConnector "contoso.com" -TargetConnector "contoso.onmicrosoft.com - AAD" -Enable $true\r\n';
    const problem = lintText(text).problems.find((p) => p.messageId === 'missingDisable');
    assert.ok(problem, 'the probe script no longer reports missingDisable');
    const useless: Fix = { title: 'append a comment', edits: [{ start: text.length, end: text.length, text: '# x\r\n' }] };
    assert.throws(() => checkFix(text, defaultOptions(), problem, useless), /did not remove it/);
    const lf: Fix = { ...problem.fixes[0], edits: problem.fixes[0].edits.map((e) => ({ ...e, text: e.text.replace(/\r\n/g, '\n') })) };
    assert.throws(() => checkFix(text, defaultOptions(), problem, lf), /LF line break into a CRLF file/);
  });
});
