import * as assert from 'assert';
import { checkText } from '../../support/robustness/properties';
import { regressionTexts } from '../../support/robustness/fixtureTexts';
import { defaultOptions } from '../../../server/src/shared/options';

/**
 * Every case a property test once shrank to stays here as a fixture, so the bug it found cannot
 * come back unnoticed. Each file is checked with and without configured connector names.
 */
describe('robustness: regression fixtures', () => {
  const regressions = regressionTexts();

  it('has regression fixtures to run', () => {
    assert.ok(regressions.length > 0, 'test/fixtures/regressions/ holds no .ps1 files');
  });

  for (const { name, text } of regressions) {
    it(name, () => {
      checkText(text);
      const known = defaultOptions();
      known.connectors = { ad: ['contoso.com', 'fabrikam.local'], azureAd: ['contoso.onmicrosoft.com - AAD'] };
      checkText(text, known);
    });
  }
});
