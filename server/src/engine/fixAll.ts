import { lintText, type LintProblem } from './lint';
import type { LintOptions } from '../shared/options';
import { rules } from '../rules';
import type { Rule } from '../rules/rule';
import { applyEdits } from '../fixes/applyEdits';
import type { Fix, TextEdit } from '../shared/types';

/**
 * The fix that "fix all" applies for a problem: only one a rule marked preferred. Other fixes are
 * suggestions (a guessed connector name, which of two names is right) that a person must choose.
 */
export function automaticFix(problem: LintProblem): Fix | undefined {
  return problem.fixes.find((fix) => fix.preferred);
}

export interface FixAllResult {
  output: string;
  /** How many fixes were applied over all passes. */
  applied: number;
  /** Problems left after the last pass. */
  remaining: LintProblem[];
}

const MAX_PASSES = 10;

/**
 * Applies every automatic fix, re-linting between passes (fixes of one pass may not overlap),
 * like ESLint's --fix. `ruleIds` limits it to some rules.
 */
export function fixAll(text: string, options: LintOptions, ruleIds?: readonly string[], ruleSet: readonly Rule[] = rules): FixAllResult {
  let output = text;
  let applied = 0;
  let result = lintText(output, options, ruleSet);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const edits: TextEdit[] = [];
    let taken = 0;
    let lastEnd = -1;
    const fixes = result.problems
      .filter((problem) => !ruleIds || ruleIds.includes(problem.ruleId))
      .map(automaticFix)
      .filter((fix): fix is Fix => fix !== undefined)
      .sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
    for (const fix of fixes) {
      const first = Math.min(...fix.edits.map((e) => e.start));
      const last = Math.max(...fix.edits.map((e) => e.end));
      // A whole fix goes in or none of it does; touching fixes wait for the next pass.
      if (first <= lastEnd) continue;
      edits.push(...fix.edits);
      lastEnd = last;
      taken++;
    }
    if (taken === 0) break;
    const next = applyEdits(output, edits).text;
    if (next === output) break;
    output = next;
    applied += taken;
    result = lintText(output, options, ruleSet);
  }
  return { output, applied, remaining: result.problems };
}
