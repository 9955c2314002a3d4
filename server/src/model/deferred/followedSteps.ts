import { DeferredKind, type DeferredSteps } from './deferredSteps';
import type { ParseOutput } from '../parseOutput';
import type { Assignment, CommandCall, Expr, Loop, MethodCall, Step, UnfollowedSteps } from '../types';

const NO_ASSIGNMENTS: readonly Assignment[] = Object.freeze([]);

/** Builds deferred step `index`, reading its value or arguments again. */
export type BuildDeferred = (index: number) => Assignment | MethodCall;

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
 * assignments and method calls being built.
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
 * Which deferred steps the rules can reach, built and put into `out.steps`, `out.assignments`
 * and `out.methodCalls` where the parser would have recorded them. The rules start from the
 * values of known commands (and of the assignments recorded whole: those holding a known command
 * or a constructor, and those to a member) and follow a variable to its assignments and to the
 * loops over it; whatever those values read is followed in turn. A method call is built when its
 * variable is followed (the rules look at calls on the connector objects they follow). Returns
 * the steps left out.
 */
export function followSteps(out: ParseOutput, deferred: DeferredSteps, build: BuildDeferred): UnfollowedSteps {
  const recordedAssignments = out.assignments;
  const recordedMethodCalls = out.methodCalls;
  if (deferred.length === 0) return new Unfollowed(deferred, recordedAssignments, recordedMethodCalls, build, new Map(), new Int32Array(0));
  const followed = new Set<string>();
  const queue: string[] = [];
  const note = (variable: string) => {
    if (followed.has(variable)) return;
    followed.add(variable);
    queue.push(variable);
  };
  for (const call of out.commands) noteVariablesOfCall(call, note);
  for (const assignment of recordedAssignments) {
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
  const entries = deferred.entriesByVariable();
  const built = new Map<number, Assignment | MethodCall>();
  while (queue.length > 0) {
    const variable = queue.pop()!;
    for (const loop of loopsOf.get(variable) ?? []) noteVariablesIn(loop.collection, note);
    for (let index = entries.first(variable); index !== -1; index = entries.next[index]) {
      const step = build(index);
      built.set(index, step);
      // A method call's arguments are not followed: no rule resolves them.
      if (step.step === 'assignment') noteVariablesIn(step.value, note);
    }
  }
  const followedIndices = [...built.keys()].sort((a, b) => a - b);
  if (followedIndices.length > 0) {
    const ofKind = (kind: DeferredKind) => followedIndices.filter((index) => deferred.kind(index) === kind);
    const listBefore = (index: number) => deferred.listBefore(index);
    out.steps = mergeInto<Step>(out.steps, followedIndices, (index) => deferred.stepsBefore(index), (index) => built.get(index)!);
    out.assignments = mergeInto(recordedAssignments, ofKind(DeferredKind.Assignment), listBefore, (index) => built.get(index) as Assignment);
    out.methodCalls = mergeInto(recordedMethodCalls, ofKind(DeferredKind.MethodCall), listBefore, (index) => built.get(index) as MethodCall);
  }
  const unfollowed = new Int32Array(deferred.length - followedIndices.length);
  for (let i = 0, n = 0; i < deferred.length; i++) if (!built.has(i)) unfollowed[n++] = i;
  return new Unfollowed(deferred, recordedAssignments, recordedMethodCalls, build, built, unfollowed);
}

class Unfollowed implements UnfollowedSteps {
  private assignments: Assignment[] | undefined;
  private methodCalls: MethodCall[] | undefined;
  /** The unfollowed steps built on demand, by index, so that each is one object however it was asked for. */
  private readonly builtOnDemand = new Map<number, Assignment | MethodCall>();
  private entriesByVariable: ReturnType<DeferredSteps['entriesByVariable']> | undefined;
  private readonly assignmentsByVariable = new Map<string, readonly Assignment[]>();

  constructor(
    private readonly deferred: DeferredSteps,
    /** What the parser recorded whole, before any deferred step was put in. */
    private readonly recordedAssignments: readonly Assignment[],
    private readonly recordedMethodCalls: readonly MethodCall[],
    private readonly build: BuildDeferred,
    private readonly built: Map<number, Assignment | MethodCall>,
    /** The deferred entries not followed, in order. */
    private readonly unfollowed: Int32Array,
  ) {}

  get length(): number {
    return this.unfollowed.length;
  }

  start(index: number): number {
    return this.deferred.orderStart(this.unfollowed[index]);
  }

  everyAssignment(): Assignment[] {
    return (this.assignments ??= this.every(DeferredKind.Assignment, this.recordedAssignments) as Assignment[]);
  }

  everyMethodCall(): MethodCall[] {
    return (this.methodCalls ??= this.every(DeferredKind.MethodCall, this.recordedMethodCalls) as MethodCall[]);
  }

  plainAssignmentsTo(variable: string): readonly Assignment[] {
    let list = this.assignmentsByVariable.get(variable);
    if (list !== undefined) return list;
    if (this.unfollowed.length === 0) return NO_ASSIGNMENTS;
    const entries = (this.entriesByVariable ??= this.deferred.entriesByVariable());
    const first = entries.first(variable);
    const found: Assignment[] = [];
    // A followed variable's deferred steps were all built and put in the model's lists.
    if (first !== -1 && !this.built.has(first)) {
      for (let index = first; index !== -1; index = entries.next[index]) {
        if (this.deferred.kind(index) === DeferredKind.Assignment) found.push(this.step(index) as Assignment);
      }
    }
    // As the variable index orders the followed ones: by statement end, ties in source order.
    found.sort((a, b) => a.statementEnd - b.statementEnd);
    list = found.length === 0 ? NO_ASSIGNMENTS : found;
    this.assignmentsByVariable.set(variable, list);
    return list;
  }

  private step(index: number): Assignment | MethodCall {
    let step = this.built.get(index) ?? this.builtOnDemand.get(index);
    if (step === undefined) {
      step = this.build(index);
      this.builtOnDemand.set(index, step);
    }
    return step;
  }

  private every(kind: DeferredKind, recorded: readonly (Assignment | MethodCall)[]): (Assignment | MethodCall)[] {
    const entries: number[] = [];
    for (let i = 0; i < this.deferred.length; i++) if (this.deferred.kind(i) === kind) entries.push(i);
    return mergeInto(recorded, entries, (index) => this.deferred.listBefore(index), (index) => this.step(index));
  }
}
