import * as fc from 'fast-check';
import { defaultOptions, type LintOptions } from '../../../server/src/shared/options';
import { allFixtureTexts } from '../robustness/fixtureTexts';
import { mutated } from '../robustness/mutations';
import { scriptText } from '../robustness/scriptArbitrary';
import { powerShellText } from '../robustness/textArbitraries';
import { checkLazyMatchesEager } from './differential';
import { checkAddsNoProblem, checkSameVerdicts, insertUnrelatedStatement, renameVariable, replaceConstant, type OpaqueForm, type Transform } from './metamorphic';

/**
 * The model's properties: the lazy model against the eager oracle, and the metamorphic ones.
 * The unit tests and `npm run fuzz` run exactly these, as they do the robustness suites.
 */
export interface ModelSuite {
  name: string;
  /** Fraction of the model suites' cases. */
  share: number;
  property: () => fc.IProperty<unknown[]>;
}

function withKnownConnectors(): LintOptions {
  const options = defaultOptions();
  options.connectors = { ad: ['contoso.com', 'fabrikam.local'], azureAd: ['contoso.onmicrosoft.com - AAD'] };
  return options;
}

/** What a script's dot-sourced files hold, whatever their path: names, as a settings file would give them. */
const SETTINGS_FILE = '$adConnector = "contoso.com"\n$azureadConnector = "contoso.onmicrosoft.com - AAD"\n$forests = "contoso.com", "fabrikam.com"\n';

export function withSettingsFile(): LintOptions {
  const options = defaultOptions();
  options.readDotSourced = () => SETTINGS_FILE;
  return options;
}

/** No connector names configured (most users), or some. */
const options: fc.Arbitrary<LintOptions> = fc.constantFrom('default', 'known').map((which) => (which === 'known' ? withKnownConnectors() : defaultOptions()));
/** The same, or dot-sourced files that can be read (not for the metamorphic properties: their missing file must stay missing). */
const optionsWithFiles: fc.Arbitrary<LintOptions> = fc.oneof(options, fc.constant(null).map(withSettingsFile));

const everyFixture = fc.constantFrom(...allFixtureTexts().map((fixture) => fixture.text));
/** The metamorphic properties start from scripts that mean something: the rule fixtures and the generator's sync scripts. */
const ruleFixture = fc.constantFrom(...allFixtureTexts().filter((fixture) => fixture.name.startsWith('rules')).map((fixture) => fixture.text));
const baseScript = fc.oneof(ruleFixture, scriptText);

function differential(text: fc.Arbitrary<string>) {
  return () => fc.property(text, optionsWithFiles, (script, lintOptions) => checkLazyMatchesEager(script, lintOptions));
}

/** A transform of a base script, and the check it must pass; scripts that offer no place for it pass as they are. */
function metamorphic<C>(choiceOf: fc.Arbitrary<C>, transform: (text: string, choice: C) => Transform | undefined, check: typeof checkSameVerdicts) {
  return () =>
    fc.property(baseScript, choiceOf, options, (script, choice, lintOptions) => {
      const change = transform(script, choice);
      if (change) check(script, lintOptions, change);
    });
}

const opaque = fc.record({ form: fc.constantFrom<OpaqueForm>('read-host', 'args', 'missing-dot-source'), index: fc.nat() });
const unrelated = fc.record({ statement: fc.constantFrom('Write-Host "x"', '$unrelatedValue = 5'), index: fc.nat() });

export const modelSuites: ModelSuite[] = [
  { name: 'lazy and eager models agree: generated scripts', share: 0.25, property: differential(scriptText) },
  { name: 'lazy and eager models agree: mutated fixtures and fuzz regressions', share: 0.2, property: differential(mutated(everyFixture)) },
  { name: 'lazy and eager models agree: mutated generated scripts', share: 0.1, property: differential(mutated(scriptText, 3)) },
  { name: 'lazy and eager models agree: random text over the PowerShell alphabet', share: 0.05, property: differential(powerShellText(160)) },
  {
    name: 'a constant replaced by an opaque value (Read-Host, $args[0], a missing dot-sourced file) adds no problem',
    share: 0.15,
    property: metamorphic(opaque, (text, { form, index }) => replaceConstant(text, form, index), checkAddsNoProblem),
  },
  {
    name: 'an unrelated statement inserted between two steps changes no verdict',
    share: 0.125,
    property: metamorphic(unrelated, (text, { statement, index }) => insertUnrelatedStatement(text, statement, index), checkSameVerdicts),
  },
  { name: 'a variable renamed everywhere changes no verdict', share: 0.125, property: metamorphic(fc.nat(), renameVariable, checkSameVerdicts) },
];

/** Cases for one suite out of `total`; at least a few, so no suite is ever left out. */
export function modelRunsFor(suite: ModelSuite, total: number): number {
  return Math.max(10, Math.round(total * suite.share));
}
