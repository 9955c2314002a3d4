import * as fc from 'fast-check';
import { allFixtureTexts } from '../robustness/fixtureTexts';
import { mutated } from '../robustness/mutations';
import { scriptText } from '../robustness/scriptArbitrary';
import type { NamedText } from './tokenOracle';

/**
 * The texts the tokenizer oracle compares in `npm test`: every fixture, a seeded sample of the fuzz
 * corpus's grammar-shaped family, and (`withMutated`) as many mutated fixtures. The mutated family
 * runs in `npm run oracle -- --tokens`: its sample changes whenever a fixture is added, so in the
 * unit tests it would fail a change for a difference the change did not make. The random-alphabet
 * families are left out: PowerShell rejects most of their texts at the first character.
 */
export function tokenCorpus(samples: number, seed: number, withMutated = false): NamedText[] {
  const fixtures = allFixtureTexts();
  const grammar = fc.sample(scriptText, { numRuns: samples, seed });
  const texts = [
    ...fixtures.map((fixture) => ({ name: `fixture ${fixture.name}`, text: fixture.text })),
    ...grammar.map((text, i) => ({ name: `grammar-shaped #${i} (seed ${seed})`, text })),
  ];
  if (withMutated) {
    const fixtureText = fc.constantFrom(...fixtures.map((fixture) => fixture.text));
    const broken = fc.sample(mutated(fixtureText), { numRuns: samples, seed: seed + 1 });
    texts.push(...broken.map((text, i) => ({ name: `mutated fixture #${i} (seed ${seed + 1})`, text })));
  }
  return texts;
}
