import type { Assignment, CommandCall, Loop, MethodCall, Step, UnfollowedSteps } from './types';

/** What the parser collects; the model builder adds the text helpers around it. */
export interface ParseOutput {
  steps: Step[];
  commands: CommandCall[];
  assignments: Assignment[];
  unfollowed: UnfollowedSteps;
  methodCalls: MethodCall[];
  loops: Loop[];
  parameters: { variable: string; start: number; end: number }[];
  /** Where the parser ran off the end of the text inside a bracket (after the opener), or Infinity. */
  unclosedFrom: number;
}

/** Where a statement sits: how deep in script blocks, in which loop, and where the statement starts. */
export interface ParseContext {
  depth: number;
  loop: number | undefined;
  statementStart: number;
}

/** An output with nothing recorded yet. */
export function emptyParseOutput(): ParseOutput {
  return { steps: [], commands: [], assignments: [], unfollowed: noneUnfollowed([], []), methodCalls: [], loops: [], parameters: [], unclosedFrom: Infinity };
}

/** For a model with nothing deferred: every assignment and method call is in the model's lists. */
export function noneUnfollowed(assignments: readonly Assignment[], methodCalls: readonly MethodCall[]): UnfollowedSteps {
  return { length: 0, start: () => -1, everyAssignment: () => [...assignments], everyMethodCall: () => [...methodCalls], plainAssignmentsTo: () => [] };
}
