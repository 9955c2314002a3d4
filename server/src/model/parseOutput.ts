import type { Assignment, MethodCall, ScriptModel, UnfollowedSteps } from './types';

/**
 * The lists the parser records into, in the order it marks them. A new list is its field in
 * `ScriptModel`, its name here and its `[]` in emptyParseOutput, and the compiler asks for each
 * (a `ScriptModel` list missing here leaves `buildScriptModel` without it). The marks that take
 * back a reading the parser repeats follow from the name (see ParserState.markOutput), and so
 * does the model's copy.
 */
export const RECORDED_LISTS = ['steps', 'commands', 'assignments', 'methodCalls', 'loops', 'parameters'] as const satisfies readonly (keyof ScriptModel)[];

type RecordedListName = (typeof RECORDED_LISTS)[number];

/** What the parser collects; the model builder adds the text helpers around it. */
export type ParseOutput = Pick<ScriptModel, RecordedListName | 'unfollowed' | 'unclosedFrom'>;

/** Where a statement sits: how deep in script blocks, in which loop, and where the statement starts. */
export interface ParseContext {
  depth: number;
  loop: number | undefined;
  statementStart: number;
}

/**
 * An output with nothing recorded yet. A literal rather than built from RECORDED_LISTS (the
 * compiler holds the two to each other): an output built by computed names or by spreading made
 * every read of its lists slower, and the parser with it by 10-20%.
 */
export function emptyParseOutput(): ParseOutput {
  return { steps: [], commands: [], assignments: [], unfollowed: noneUnfollowed([], []), methodCalls: [], loops: [], parameters: [], unclosedFrom: Infinity };
}

/** For a model with nothing deferred: every assignment and method call is in the model's lists. */
export function noneUnfollowed(assignments: readonly Assignment[], methodCalls: readonly MethodCall[]): UnfollowedSteps {
  return { length: 0, start: () => -1, everyAssignment: () => [...assignments], everyMethodCall: () => [...methodCalls], plainAssignmentsTo: () => [] };
}
