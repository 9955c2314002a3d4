import { lastAtOrBefore } from '../../shared/binarySearch';
import type { Assignment, Loop, ScriptModel } from '../types';
import { scriptScope } from './scriptScope';

/**
 * Per-variable lookups over a model's assignments, loops and parameters. Resolving a value asks
 * "which assignment reaches here" once per argument; scanning every assignment each time made
 * linting quadratic in script size, so the answers come from lists sorted once per model.
 */
export interface VariableIndex {
  /**
   * The plain (`$x = …`, no member path) assignments to `variable`, sorted by statementEnd, ties
   * in source order; undefined when there are none. Those of a variable no rule follows are
   * built on this asking (see UnfollowedSteps.plainAssignmentsTo).
   */
  plainAssignmentsTo(variable: string): readonly Assignment[] | undefined;
  /**
   * Loops per variable, sorted by start, with the largest end among each loop and those before
   * it, and which loop that is.
   */
  loops: Map<string, { loops: Loop[]; maxEndSoFar: number[]; lastEndingSoFar: number[] }>;
  /** The earliest start of a parameter binding each variable. */
  firstParameterStart: Map<string, number>;
  /** Whether an assignment (with or without a member path), a loop or a parameter binds `variable`. */
  binds(variable: string): boolean;
  /** Where code we do not read may set any variable (see ScriptScope.anyVariable), sorted. */
  anyVariable: readonly number[];
  /** Every loop, of any variable, sorted by start, with the largest end among each and those before it. */
  allLoops: { loops: Loop[]; maxEndSoFar: number[] };
}

interface Cached {
  index: VariableIndex;
  /** The list lengths the index was built from, so a model whose lists grew is indexed again. */
  assignments: number;
  loops: number;
  parameters: number;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Loops sorted by start (in place), with the largest end among each loop and those before it and
 * which loop that is: walking back from the last loop starting at or before a place, the loops
 * that may still hold it are those while the largest end is past it.
 */
function byStart(list: Loop[]): { loops: Loop[]; maxEndSoFar: number[]; lastEndingSoFar: number[] } {
  list.sort((a, b) => a.start - b.start);
  const maxEndSoFar: number[] = [];
  const lastEndingSoFar: number[] = [];
  let max = -Infinity;
  let last = -1;
  for (let i = 0; i < list.length; i++) {
    if (list[i].end > max) {
      max = list[i].end;
      last = i;
    }
    maxEndSoFar.push(max);
    lastEndingSoFar.push(last);
  }
  return { loops: list, maxEndSoFar, lastEndingSoFar };
}

function build(model: ScriptModel): VariableIndex {
  const plainAssignments = new Map<string, Assignment[]>();
  // Answers `binds` together with the maps rather than from a set of every bound name, which costs more to build.
  const assignedToMember = new Set<string>();
  // The parser records assignments as their statements end, so the lists come out sorted; they
  // are sorted here only if some caller's model was built otherwise.
  let inOrder = true;
  let previousEnd = -Infinity;
  // Index loops rather than for-of: this runs once per lint, mostly before V8 has compiled it, and
  // uncompiled for-of makes an iterator result for every element.
  const assignments = model.assignments;
  for (let i = 0; i < assignments.length; i++) {
    const assignment = assignments[i];
    if (assignment.statementEnd < previousEnd) inOrder = false;
    previousEnd = assignment.statementEnd;
    if (assignment.path.length === 0) push(plainAssignments, assignment.variable, assignment);
    else assignedToMember.add(assignment.variable);
  }
  // Variables set by cmdlets, multiple assignment or dot-sourced files: few, and merged in order below.
  const scope = scriptScope(model);
  const others = scope.assignments;
  const setElsewhere = new Set<string>();
  for (let i = 0; i < others.length; i++) {
    setElsewhere.add(others[i].variable);
    push(plainAssignments, others[i].variable, others[i]);
    inOrder = false;
  }
  // Array.prototype.sort is stable, so equal ends keep source order and the later one still wins.
  if (!inOrder) for (const list of plainAssignments.values()) list.sort((a, b) => a.statementEnd - b.statementEnd);

  const loopLists = new Map<string, Loop[]>();
  for (let i = 0; i < model.loops.length; i++) {
    const loop = model.loops[i];
    if (loop.variable === undefined) continue;
    push(loopLists, loop.variable, loop);
  }
  const loops = new Map<string, { loops: Loop[]; maxEndSoFar: number[]; lastEndingSoFar: number[] }>();
  for (const [variable, list] of loopLists) loops.set(variable, byStart(list));
  const { loops: everyLoop, maxEndSoFar: everyMaxEnd } = byStart([...model.loops]);

  const firstParameterStart = new Map<string, number>();
  for (let i = 0; i < model.parameters.length; i++) {
    const parameter = model.parameters[i];
    const known = firstParameterStart.get(parameter.variable);
    if (known === undefined || parameter.start < known) firstParameterStart.set(parameter.variable, parameter.start);
  }
  // A variable with a plain assignment in the model is followed, with all of them; another may
  // have some no rule followed, built now, besides any that cmdlets or dot-sourced files make.
  const withUnfollowed = new Map<string, readonly Assignment[] | undefined>();
  const plainAssignmentsTo = (variable: string): readonly Assignment[] | undefined => {
    const listed = plainAssignments.get(variable);
    if (listed !== undefined && !setElsewhere.has(variable)) return listed;
    if (withUnfollowed.has(variable)) return withUnfollowed.get(variable);
    const unfollowed = model.unfollowed.plainAssignmentsTo(variable);
    const list = unfollowed.length === 0 ? listed : listed === undefined ? unfollowed : [...listed, ...unfollowed].sort((a, b) => a.statementEnd - b.statementEnd);
    withUnfollowed.set(variable, list);
    return list;
  };
  const binds = (variable: string) =>
    plainAssignmentsTo(variable) !== undefined || assignedToMember.has(variable) || loops.has(variable) || firstParameterStart.has(variable);
  return { plainAssignmentsTo, loops, firstParameterStart, binds, anyVariable: scope.anyVariable, allLoops: { loops: everyLoop, maxEndSoFar: everyMaxEnd } };
}

/**
 * Where a model keeps its index: on the model itself, under a symbol, because a lint asks for it
 * thousands of times and a WeakMap lookup each time added up. (A WeakRef to the last model was
 * tried; it keeps its target alive to the end of the current job, and a CLI run or a benchmark
 * loop is one job, so every model stayed alive.)
 */
const INDEX = Symbol('variableIndex');
type IndexedModel = ScriptModel & { [INDEX]?: Cached };

export function variableIndex(model: ScriptModel): VariableIndex {
  const cached = (model as IndexedModel)[INDEX];
  // Asked once per variable a rule resolves, so the check allocates nothing.
  if (cached && cached.assignments === model.assignments.length && cached.loops === model.loops.length && cached.parameters === model.parameters.length) {
    return cached.index;
  }
  const index = build(model);
  (model as IndexedModel)[INDEX] = { index, assignments: model.assignments.length, loops: model.loops.length, parameters: model.parameters.length };
  return index;
}

/**
 * The plain assignments to `since`'s variable that take effect after it and at or before `offset`.
 * An assignment takes effect where its statement ends: `$c = { … $c = Get-ADSyncConnector … }`
 * starts before the fetch inside it but replaces the connector after it.
 */
export function reassignmentsAfter(model: ScriptModel, since: Assignment, offset: number): Assignment[] {
  // Only the variable's own assignments matter, and only the few between `since` and `offset`.
  const assignments = variableIndex(model).plainAssignmentsTo(since.variable) ?? [];
  const found: Assignment[] = [];
  for (let i = Math.max(0, lastAtOrBefore(assignments, (assignment) => assignment.statementEnd, since.statementEnd)); i < assignments.length; i++) {
    const assignment = assignments[i];
    if (assignment.statementEnd > offset) break;
    if (assignment !== since && assignment.statementEnd > since.statementEnd) found.push(assignment);
  }
  return found;
}
