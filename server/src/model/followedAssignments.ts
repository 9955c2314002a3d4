import type { DeferredAssignments } from './deferredAssignments';
import type { ParseOutput } from './parseOutput';
import type { Assignment, CommandCall, Expr, Loop, Step, UnfollowedAssignments } from './types';

/** Builds deferred assignment `index`, reading its value again. */
export type ReadDeferred = (index: number) => Assignment;

function noteVariablesOfCall(call: CommandCall, note: (variable: string) => void): void {
  for (const use of call.parameters) noteVariablesIn(use.value, note);
  for (const value of call.positional) noteVariablesIn(value, note);
  for (const splat of call.splats) {
    note(splat.variable);
    if (splat.entries) for (const value of splat.entries.values()) noteVariablesIn(value, note);
  }
}

/**
 * Every variable a value reads, as far as the model records values. More than the rules follow
 * (they follow plain variables, in lists too): a variable noted needlessly costs only its
 * assignments being built.
 */
function noteVariablesIn(expr: Expr | undefined, note: (variable: string) => void): void {
  if (!expr) return;
  switch (expr.kind) {
    case 'variable':
      note(expr.name);
      return;
    case 'member':
      note(expr.variable);
      return;
    case 'expandable':
      for (const variable of expr.variables) note(variable.toLowerCase());
      return;
    case 'array':
      for (const item of expr.items) noteVariablesIn(item, note);
      return;
    case 'new':
      for (const arg of expr.args) noteVariablesIn(arg, note);
      return;
    case 'command':
      noteVariablesOfCall(expr.call, note);
      return;
  }
}

/** `list` with `inserted` put in: each before the element at `before(index)` of the original list, in order. */
function mergeInto<T>(list: readonly T[], inserted: readonly number[], before: (index: number) => number, item: (index: number) => T): T[] {
  const merged = new Array<T>(list.length + inserted.length);
  let from = 0;
  let to = 0;
  for (const index of inserted) {
    const at = before(index);
    while (from < at) merged[to++] = list[from++];
    merged[to++] = item(index);
  }
  while (from < list.length) merged[to++] = list[from++];
  return merged;
}

/**
 * Which deferred assignments the rules can reach, built and put into `out.steps` and
 * `out.assignments` where the parser would have recorded them. The rules start from the values
 * of known commands (and of the assignments recorded whole: those holding a known command or a
 * constructor, and those to a member), and follow a variable to its assignments and to the loops
 * over it; whatever those values read is followed in turn. Returns the assignments left out.
 */
export function followAssignments(out: ParseOutput, deferred: DeferredAssignments, read: ReadDeferred): UnfollowedAssignments {
  const recorded = out.assignments;
  if (deferred.length === 0) return new Unfollowed(deferred, recorded, read, new Map(), new Int32Array(0));
  const followed = new Set<string>();
  const queue: string[] = [];
  const note = (variable: string) => {
    if (followed.has(variable)) return;
    followed.add(variable);
    queue.push(variable);
  };
  for (const call of out.commands) noteVariablesOfCall(call, note);
  for (const assignment of recorded) {
    note(assignment.variable);
    noteVariablesIn(assignment.value, note);
  }
  const loopsOf = new Map<string, Loop[]>();
  for (const loop of out.loops) {
    if (loop.variable === undefined) continue;
    const list = loopsOf.get(loop.variable);
    if (list) list.push(loop);
    else loopsOf.set(loop.variable, [loop]);
  }
  const deferredOf = deferred.byVariable();
  const built = new Map<number, Assignment>();
  while (queue.length > 0) {
    const variable = queue.pop()!;
    for (const loop of loopsOf.get(variable) ?? []) noteVariablesIn(loop.collection, note);
    for (const index of deferredOf.get(variable) ?? []) {
      const assignment = read(index);
      built.set(index, assignment);
      noteVariablesIn(assignment.value, note);
    }
  }
  const followedIndices = [...built.keys()].sort((a, b) => a - b);
  if (followedIndices.length > 0) {
    out.steps = mergeInto<Step>(out.steps, followedIndices, (index) => deferred.stepsBefore(index), (index) => built.get(index)!);
    out.assignments = mergeInto(recorded, followedIndices, (index) => deferred.assignmentsBefore(index), (index) => built.get(index)!);
  }
  const unfollowed = new Int32Array(deferred.length - followedIndices.length);
  for (let i = 0, n = 0; i < deferred.length; i++) if (!built.has(i)) unfollowed[n++] = i;
  return new Unfollowed(deferred, recorded, read, built, unfollowed);
}

class Unfollowed implements UnfollowedAssignments {
  private every: Assignment[] | undefined;

  constructor(
    private readonly deferred: DeferredAssignments,
    /** The assignments the parser recorded whole, before any deferred one was put in. */
    private readonly recorded: readonly Assignment[],
    private readonly read: ReadDeferred,
    private readonly built: Map<number, Assignment>,
    /** The deferred entries not followed, in order. */
    private readonly unfollowed: Int32Array,
  ) {}

  get length(): number {
    return this.unfollowed.length;
  }

  statementStart(index: number): number {
    return this.deferred.statementStart(this.unfollowed[index]);
  }

  everyAssignment(): Assignment[] {
    if (this.every === undefined) {
      const all = Array.from({ length: this.deferred.length }, (_, index) => index);
      this.every = mergeInto(this.recorded, all, (index) => this.deferred.assignmentsBefore(index), (index) => this.built.get(index) ?? this.read(index));
    }
    return this.every;
  }
}

/** For a model with no deferred assignments: every assignment is in `assignments`. */
export function noneUnfollowed(assignments: readonly Assignment[]): UnfollowedAssignments {
  return { length: 0, statementStart: () => -1, everyAssignment: () => [...assignments] };
}
