import * as fc from 'fast-check';
import { defaultOptions, type LintOptions } from '../../../server/src/shared/options';
import { allFixtureTexts } from './fixtureTexts';
import { mutated } from './mutations';
import { checkText } from './properties';
import { scriptText } from './scriptArbitrary';
import { powerShellText, unicodeText, withNul } from './textArbitraries';

/**
 * The input families, each with its share of the cases. The unit tests and the fuzz entry both
 * run exactly these, so a fuzz failure reproduces in the unit tests with its seed and path.
 */
export interface PropertySuite {
  name: string;
  /** Fraction of all cases. */
  share: number;
  input: fc.Arbitrary<{ text: string; options: LintOptions }>;
}

function withKnownConnectors(): LintOptions {
  const options = defaultOptions();
  options.connectors = { ad: ['contoso.com', 'fabrikam.local'], azureAd: ['contoso.onmicrosoft.com - AAD'] };
  return options;
}

/** No connector names configured (most users), or some (exercises the case and spelling fixes). */
const options: fc.Arbitrary<LintOptions> = fc.constantFrom('default', 'known').map((which) => (which === 'known' ? withKnownConnectors() : defaultOptions()));

const fixtures = allFixtureTexts().map((f) => f.text);
const fixtureText = fc.constantFrom(...fixtures);

function family(text: fc.Arbitrary<string>): fc.Arbitrary<{ text: string; options: LintOptions }> {
  return fc.record({ text, options });
}

export const propertySuites: PropertySuite[] = [
  { name: 'random text over the PowerShell alphabet', share: 0.15, input: family(powerShellText(160)) },
  { name: 'random UTF-16 (lone surrogates, BOMs, CR-only line ends)', share: 0.1, input: family(unicodeText(160)) },
  { name: 'text with a NUL byte is skipped, never linted', share: 0.03, input: family(withNul(fc.oneof(unicodeText(60), fixtureText))) },
  { name: 'every fixture, unchanged', share: 0.02, input: family(fixtureText) },
  { name: 'mutated fixtures (insert, delete, duplicate, swap, truncate)', share: 0.3, input: family(mutated(fixtureText)) },
  { name: 'grammar-shaped scripts', share: 0.3, input: family(scriptText) },
  { name: 'mutated grammar-shaped scripts', share: 0.1, input: family(mutated(scriptText, 3)) },
];

export function suiteProperty(suite: PropertySuite): fc.IPropertyWithHooks<[{ text: string; options: LintOptions }]> {
  return fc.property(suite.input, ({ text, options: lintOptions }) => {
    checkText(text, lintOptions);
  });
}

/** Cases for one suite out of `total`; at least a few, so no family is ever left out. */
export function runsFor(suite: PropertySuite, total: number): number {
  return Math.max(10, Math.round(total * suite.share));
}
