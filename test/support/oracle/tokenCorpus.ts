import * as fc from 'fast-check';
import { allFixtureTexts } from '../robustness/fixtureTexts';
import { mutated } from '../robustness/mutations';
import { scriptText } from '../robustness/scriptArbitrary';
import type { NamedText } from './tokenOracle';

/**
 * The texts the tokenizer oracle compares: every fixture, and a seeded sample of the fuzz
 * corpus's grammar-shaped and mutated-fixture families (the random-alphabet families are mostly
 * text PowerShell rejects at its first character, so they say little about tokens).
 */
export function tokenCorpus(samples: number, seed: number): NamedText[] {
  const fixtures = allFixtureTexts();
  const fixtureText = fc.constantFrom(...fixtures.map((fixture) => fixture.text));
  const grammar = fc.sample(scriptText, { numRuns: samples, seed });
  const broken = fc.sample(mutated(fixtureText), { numRuns: samples, seed: seed + 1 });
  return [
    ...fixtures.map((fixture) => ({ name: `fixture ${fixture.name}`, text: fixture.text })),
    ...grammar.map((text, i) => ({ name: `grammar-shaped #${i} (seed ${seed})`, text })),
    ...broken.map((text, i) => ({ name: `mutated fixture #${i} (seed ${seed + 1})`, text })),
  ];
}
