import * as fc from 'fast-check';
import { checkLazyMatchesEager } from '../support/properties/differential';
import { modelRunsFor, modelSuites } from '../support/properties/modelSuites';
import { allFixtureTexts } from '../support/robustness/fixtureTexts';

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
      } catch (error) {
        throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });

  for (const suite of modelSuites) {
    it(`${suite.name} (${modelRunsFor(suite, TOTAL_RUNS)} cases)`, () => {
      fc.assert(suite.property(), { numRuns: modelRunsFor(suite, TOTAL_RUNS), seed: SEED });
    });
  }
});
