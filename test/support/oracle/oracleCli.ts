import { generatedCases } from './caseGenerator';
import { describeOutcome, runDifferential } from './differential';
import { endOracleSession, oracleSession } from './oracleSession';
import { describeRegion } from './tokenComparison';
import { tokenCorpus } from './tokenCorpus';
import { compareWithPowerShell } from './tokenOracle';

/**
 * `npm run oracle -- --cases N --seed S`: the differential test at any size. Prints each case
 * where the linter and the run on the simulated server disagree, and exits 1 if there is one.
 * `npm run oracle -- --tokens --cases N --seed S`: the tokenizer oracle on N grammar-shaped
 * scripts and N mutated fixtures; prints each difference that is not a deliberate one.
 */
function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} needs a whole number, got ${JSON.stringify(process.argv[at + 1])}`);
    process.exit(2);
  }
  return value;
}

async function tokens(count: number, seed: number): Promise<number> {
  console.log(`tokenizer oracle: fixtures and ${count} + ${count} fuzz texts, seed ${seed} (replay: npm run oracle -- --tokens --cases ${count} --seed ${seed})`);
  const results = await compareWithPowerShell(oracleSession(), tokenCorpus(count, seed, true));
  let compared = 0;
  let differences = 0;
  const deliberate = new Map<string, number>();
  for (const result of results) {
    compared += result.compared;
    for (const region of result.regions) {
      if (region.deliberate) {
        deliberate.set(region.deliberate, (deliberate.get(region.deliberate) ?? 0) + 1);
        continue;
      }
      differences++;
      console.log(`${result.name}: ${describeRegion(result.text, region)}`);
    }
  }
  console.log(`${results.length} texts, ${compared} PowerShell tokens compared, ${differences} difference(s); deliberate: ${JSON.stringify(Object.fromEntries(deliberate))}`);
  return differences === 0 ? 0 : 1;
}

async function main(): Promise<number> {
  const count = option('cases', 2000);
  const seed = option('seed', Date.now() % 1_000_000_000);
  if (process.argv.includes('--tokens')) return tokens(count, seed);
  const batch = 200;
  console.log(`oracle: ${count} cases, seed ${seed} (replay: npm run oracle -- --cases ${count} --seed ${seed})`);
  const started = Date.now();
  const cases = generatedCases(count, seed);
  let disagreeing = 0;
  for (let from = 0; from < cases.length; from += batch) {
    const outcomes = await runDifferential(oracleSession(), cases.slice(from, from + batch));
    outcomes.forEach((outcome, k) => {
      if (outcome.disagreements.length === 0) return;
      disagreeing++;
      console.log(process.argv.includes('--brief') ? `#${from + k} ${outcome.oracleCase.shape}\n  ${outcome.disagreements.map((d) => d.slice(0, 160)).join('\n  ')}` : describeOutcome(outcome, from + k) + '\n');
    });
    console.log(`  ${Math.min(from + batch, count)} / ${count} cases, ${disagreeing} disagreeing, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  console.log(`${count} scripts executed, ${disagreeing} disagreeing with the linter, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return disagreeing === 0 ? 0 : 1;
}

main()
  .then(async (code) => {
    await endOracleSession();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error);
    await endOracleSession();
    process.exit(2);
  });
