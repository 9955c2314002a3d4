// `npm run fuzz [-- <cases>] [--robustness | --model]`: the property suites of the unit tests
// with many more cases (a million by default; ADSYNC_LINT_FUZZ_RUNS or the case argument sets
// it) and random seeds, then the adversarial inputs' timings. `--robustness` runs only the
// robustness suites, `--model` only the model's (lazy against eager, metamorphic), each with all
// the cases; both by default, sharing them. A failure prints the seed and path that replay it.
import * as fc from 'fast-check';
import { lintText } from '../../../server/src/engine/lint';
import { modelRunsFor, modelSuites } from '../properties/modelSuites';
import { adversarialInputs, bestTime } from './adversarialInputs';
import { propertySuites, runsFor, suiteProperty } from './propertySuites';

const args = process.argv.slice(2);
const only = args.includes('--model') ? 'model' : args.includes('--robustness') ? 'robustness' : undefined;

function caseCount(): number {
  const raw = args.find((arg) => !arg.startsWith('--')) ?? process.env.ADSYNC_LINT_FUZZ_RUNS ?? '1000000';
  const count = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(count) || count <= 0) throw new Error(`the case count should be a positive integer, not "${raw}"`);
  return count;
}

function main(): number {
  const total = caseCount();
  const seed = process.env.ADSYNC_LINT_FUZZ_SEED ? Number(process.env.ADSYNC_LINT_FUZZ_SEED) : Date.now() % 2 ** 31;
  console.log(`fuzz: ${total.toLocaleString('en-US')} cases, seed ${seed}${only ? `, ${only} suites only` : ''}`);
  // Without a choice the robustness suites get two thirds of the cases, the model's the rest.
  const robustnessTotal = only === 'robustness' ? total : only === 'model' ? 0 : Math.round((total * 2) / 3);
  const modelTotal = total - robustnessTotal;
  const suites = [
    ...(robustnessTotal > 0 ? propertySuites.map((suite) => ({ name: suite.name, numRuns: runsFor(suite, robustnessTotal), property: (): fc.IProperty<unknown[]> => suiteProperty(suite) })) : []),
    ...(modelTotal > 0 ? modelSuites.map((suite) => ({ name: suite.name, numRuns: modelRunsFor(suite, modelTotal), property: suite.property })) : []),
  ];
  let failed = 0;
  let ran = 0;
  const started = Date.now();
  for (const suite of suites) {
    const numRuns = suite.numRuns;
    const suiteStart = Date.now();
    const details = fc.check(suite.property(), { numRuns, seed });
    ran += details.numRuns;
    const seconds = ((Date.now() - suiteStart) / 1000).toFixed(1);
    if (details.failed) {
      failed++;
      console.log(`FAIL ${suite.name}: after ${details.numRuns} cases (${seconds} s)`);
      console.log(fc.defaultReportMessage(details));
    } else {
      console.log(`ok   ${suite.name}: ${numRuns.toLocaleString('en-US')} cases in ${seconds} s`);
    }
  }
  console.log(`${ran.toLocaleString('en-US')} cases in ${((Date.now() - started) / 1000).toFixed(0)} s, ${failed} failing suite(s)`);

  console.log('\nadversarial inputs (best of 5):');
  for (const { name, text } of adversarialInputs()) {
    const ms = bestTime(() => lintText(text), 5);
    console.log(`  ${name.padEnd(48)} ${String(Math.round(text.length / 1024)).padStart(5)} KB ${ms.toFixed(1).padStart(8)} ms`);
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = main();
