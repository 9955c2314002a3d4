import type { LintProblem } from '../engine/lint';
import { automaticFix } from '../engine/fixAll';
import type { Severity } from '../shared/types';
import { LineIndex } from '../shared/lineIndex';

/** A 1-based range; columns count UTF-16 code units and the end column is exclusive. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic extends Range {
  rule: string;
  severity: Severity;
  message: string;
  /** --fix would fix it: the problem has a preferred (or only) fix. */
  fixable: boolean;
  related: Array<Range & { message: string }>;
  fixes: Array<{ title: string; edits: Array<Range & { text: string }> }>;
}

export interface FileResult {
  /** The path as the user gave it (a directory argument joined with the path found below it). */
  file: string;
  absolute: string;
  diagnostics: Diagnostic[];
  /** Why the file was not linted (too large or binary). */
  skipped?: string;
}

export function toRange(index: LineIndex, start: number, end: number): Range {
  const from = index.position(start);
  const to = index.position(end);
  return { line: from.line + 1, column: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
}

export function toDiagnostics(text: string, problems: readonly LintProblem[]): Diagnostic[] {
  // Most scripts in a folder have no problem: their lines need not be found.
  if (problems.length === 0) return [];
  const index = new LineIndex(text);
  return problems.map((problem) => ({
    rule: problem.ruleId,
    severity: problem.severity,
    message: problem.message,
    ...toRange(index, problem.start, problem.end),
    fixable: automaticFix(problem) !== undefined,
    related: problem.related.map((span) => ({ message: span.message, ...toRange(index, span.start, span.end) })),
    fixes: problem.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((edit) => ({ text: edit.text, ...toRange(index, edit.start, edit.end) })),
    })),
  }));
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
  skipped: number;
}

export function countTotals(results: readonly FileResult[]): Totals {
  const totals: Totals = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0, skipped: 0 };
  for (const result of results) {
    if (result.skipped !== undefined) totals.skipped++;
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity === 'error') {
        totals.errors++;
        if (diagnostic.fixable) totals.fixableErrors++;
      } else if (diagnostic.severity === 'warning') {
        totals.warnings++;
        if (diagnostic.fixable) totals.fixableWarnings++;
      } else {
        totals.infos++;
      }
    }
  }
  return totals;
}
