import type { Assignment, MethodCall, ScriptModel, UnfollowedSteps } from './types';

/**
 * The lists the parser records into, in the order it marks them: a new list is its field in
 * `ScriptModel` and its name here, and nothing else. Its empty start, the marks that take back a
 * reading the parser repeats, and the model it ends in all follow from this name (see
 * ParserState.markOutput), and the compiler asks for it: a `ScriptModel` list missing here leaves
 * `buildScriptModel` without it.
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

/** An output with nothing recorded yet. */
export function emptyParseOutput(): ParseOutput {
  const lists: Partial<Record<RecordedListName, unknown[]>> = {};
  for (const name of RECORDED_LISTS) lists[name] = [];
  return { ...(lists as Pick<ScriptModel, RecordedListName>), unfollowed: noneUnfollowed([], []), unclosedFrom: Infinity };
}

/** For a model with nothing deferred: every assignment and method call is in the model's lists. */
export function noneUnfollowed(assignments: readonly Assignment[], methodCalls: readonly MethodCall[]): UnfollowedSteps {
  return { length: 0, start: () => -1, everyAssignment: () => [...assignments], everyMethodCall: () => [...methodCalls], plainAssignmentsTo: () => [] };
}
