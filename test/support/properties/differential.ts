import * as assert from 'assert';
import { lintText, type LintResult } from '../../../server/src/engine/lint';
import { buildScriptModel } from '../../../server/src/model/scriptModel';
import { defaultOptions, type LintOptions } from '../../../server/src/shared/options';
import { rules } from '../../../server/src/rules';
import { modelFacts, type ModelFacts } from './modelFacts';

/** The first line two lists differ at, with the lines of each, or undefined when they are the same. */
function firstDifference(lazy: readonly string[], eager: readonly string[]): string | undefined {
  for (let i = 0; i < Math.max(lazy.length, eager.length); i++) {
    if (lazy[i] !== eager[i]) return `line ${i}:\n  lazy:  ${lazy[i] ?? '(none)'}\n  eager: ${eager[i] ?? '(none)'}`;
  }
  return undefined;
}

function lintSummary(result: LintResult): string[] {
  return [
    `password-sync script: ${result.isPasswordSyncScript}`,
    ...result.ruleFailures.map((failure) => `rule failure ${failure.ruleId}: ${failure.message}`),
    ...result.problems.map((problem) => JSON.stringify(problem)),
  ];
}

/**
 * The lazy model (steps deferred, built when a rule follows their variable or a question needs
 * them) and the eager one (everything built, no prefilter) must give the same facts for every
 * variable the script reads, the same password-sync flow and connector slots, and lintText the
 * same problems and fixes with either.
 */
export function checkLazyMatchesEager(text: string, options: LintOptions = defaultOptions()): void {
  const readDotSourced = options.readDotSourced;
  const lazy = modelFacts(buildScriptModel(text, { readDotSourced }));
  const eager = modelFacts(buildScriptModel(text, { eager: true, readDotSourced }));
  for (const aspect of Object.keys(eager) as (keyof ModelFacts)[]) {
    const difference = firstDifference(lazy[aspect], eager[aspect]);
    assert.strictEqual(difference, undefined, `the lazy and the eager model differ in ${aspect}, ${difference}`);
  }
  const difference = firstDifference(lintSummary(lintText(text, options)), lintSummary(lintText(text, options, rules, { eagerModel: true })));
  assert.strictEqual(difference, undefined, `lintText differs with the lazy and the eager model, ${difference}`);
}
