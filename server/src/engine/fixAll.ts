import { lintText, type LintProblem } from '../lint';
import type { LintOptions } from '../options';
import { rules } from '../rules';
import type { Fix, Rule, TextEdit } from '../rules/rule';

/**
 * Applies edits that do not overlap; an edit that overlaps one already taken is dropped and
 * returned, so that a caller never gets a half-applied, text-destroying result.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; dropped: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const dropped: TextEdit[] = [];
  const parts: string[] = [];
  let pos = 0;
  for (const edit of sorted) {
    if (edit.start < pos || edit.end > text.length || edit.end < edit.start) {
      dropped.push(edit);
      continue;
    }
    parts.push(text.slice(pos, edit.start), edit.text);
    pos = edit.end;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), dropped };
}

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
