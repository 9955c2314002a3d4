import type { Assignment, Expr, Loop, ScriptModel } from '../types';
import { lastAtOrBefore } from '../../shared/binarySearch';
import { functionDeclaring } from './functionCalls';
import { variableIndex } from './variableIndex';

/** One literal a value may take, with where it is written. */
export interface StringCandidate {
  value: string;
  start: number;
  end: number;
  /** The assignments followed to reach the literal, nearest first. */
  via: Assignment[];
  /** The dot-sourced file the literal is written in (its offsets are then the dot-sourcing statement's). */
  from?: string;
}

export type Resolution =
  | { known: true; candidates: StringCandidate[] }
  /**
   * `unassigned`: provably never set: no statement, cmdlet, dot-sourced file or code we cannot
   * read sets it. `dynamic`: computed at run time, by a caller, or set in a way we do not follow.
   */
  | { known: false; reason: 'unassigned' | 'dynamic'; variable?: string };

const MAX_DEPTH = 12;
/** Variables PowerShell defines itself: never "unassigned". */
const AUTOMATIC_VARIABLES = new Set([
  '_', 'psitem', 'args', 'input', 'this', 'matches', 'lastexitcode', 'error', 'host', 'home', 'pwd',
  'psscriptroot', 'pscommandpath', 'myinvocation', 'psboundparameters', 'pscmdlet', 'psversiontable',
  'profile', 'pid', 'shellid', 'executioncontext', 'foreach', 'switch', 'sender', 'event', 'eventargs',
  'stacktrace', 'ofs', 'pshome', 'true', 'false', 'null', 'erroractionpreference', 'verbosepreference',
]);

/** The innermost loop over `variable` holding `at`. */
export function enclosingLoopFor(model: ScriptModel, variable: string, at: number): Loop | undefined {
  const entry = variableIndex(model).loops.get(variable);
  if (!entry) return undefined;
  const { loops, maxEndSoFar } = entry;
  // The innermost loop holding `at` is the one with the largest start; walk back from the last
  // loop starting at or before `at` until no earlier loop can still be open there.
  for (let i = lastAtOrBefore(loops, (loop) => loop.start, at); i >= 0 && maxEndSoFar[i] > at; i--) {
    if (at >= loops[i].end) continue;
    // Of loops starting at the same offset, the one listed first wins.
    let found = loops[i];
    for (let j = i - 1; j >= 0 && loops[j].start === found.start; j--) if (at < loops[j].end) found = loops[j];
    return found;
  }
  return undefined;
}

/**
 * The `foreach` over `variable` that ended last before `at`, when none holds `at`: after a loop
 * the variable keeps its last item. (`ForEach-Object` gives `$_` back as it was.)
 */
function loopEndedBefore(model: ScriptModel, variable: string, at: number): Loop | undefined {
  if (variable === '_') return undefined;
  const entry = variableIndex(model).loops.get(variable);
  if (!entry) return undefined;
  const i = lastAtOrBefore(entry.loops, (loop) => loop.start, at);
  return i === -1 ? undefined : entry.loops[entry.lastEndingSoFar[i]];
}

/** What last bound a variable before some point, and from where on it holds: see bindingAt. */
type Binding = { loop: Loop; since: number } | { assignment: Assignment | undefined; since: number } | 'dynamic';

/**
 * What binds `variable` last before `at`: a loop it is the variable of (holding `at`, or ended
 * before it and after the last assignment), or else the last assignment. An assignment inside
 * the loop that ended, which may or may not have run last, leaves the value to run time.
 */
function bindingAt(model: ScriptModel, variable: string, at: number): Binding {
  const enclosing = enclosingLoopFor(model, variable, at);
  if (enclosing) return { loop: enclosing, since: enclosing.start };
  const assignment = reachingAssignment(model, variable, at);
  if (assignedLaterInALoop(model, variable, at, assignment)) return 'dynamic';
  const ended = loopEndedBefore(model, variable, at);
  if (!ended || (assignment && assignment.statementEnd > ended.end)) return { assignment, since: assignment ? assignment.statementEnd : -1 };
  if (assignment && assignment.statementEnd > ended.start) return 'dynamic';
  // Code we cannot read in the loop's body runs after the last item is bound: it counts too.
  return { loop: ended, since: ended.start };
}

/** Where code we do not read (a dot-sourced file, Invoke-Expression) last runs after the binding and up to `at`, or -1: it may have set the variable. */
function unseenSince(model: ScriptModel, binding: Binding, at: number): number {
  if (binding === 'dynamic') return -1;
  const unseen = lastUnseenCodeBefore(model, at);
  return unseen > binding.since ? unseen : -1;
}

/** What a variable holds at a place, as far as the model can tell (see boundValueAt). */
export interface BoundValue {
  /** The loop's collection or the assignment's value, and where it is read. */
  value: Expr;
  at: number;
  /** Set when the variable is a loop's: it holds one item of `value`. */
  loop?: Loop;
  assignment?: Assignment;
}

/**
 * The value `variable` holds at `at`, bound as resolveStrings binds it (a loop holding `at` or
 * ended before it, else the reaching `=` assignment); undefined for a parameter, a value set in a
 * way the model does not read, or none. For facts other than constant strings.
 */
export function boundValueAt(model: ScriptModel, variable: string, at: number): BoundValue | undefined {
  const enclosing = enclosingLoopFor(model, variable, at);
  if (enclosing) return enclosing.collection && { value: enclosing.collection, at: enclosing.start, loop: enclosing };
  const firstParameter = variableIndex(model).firstParameterStart.get(variable);
  if (firstParameter !== undefined && firstParameter < at) return undefined;
  const binding = bindingAt(model, variable, at);
  if (binding === 'dynamic') return undefined;
  if ('loop' in binding) return binding.loop.collection && { value: binding.loop.collection, at: binding.loop.start, loop: binding.loop };
  const assignment = binding.assignment;
  if (!assignment || assignment.operator !== '=' || unseenSince(model, binding, at) !== -1) return undefined;
  return { value: assignment.value, at: assignment.statementStart, assignment };
}

/** The last plain assignment to `variable` whose statement ends at or before `at`. */
export function reachingAssignment(model: ScriptModel, variable: string, at: number): Assignment | undefined {
  const list = variableIndex(model).plainAssignmentsTo(variable);
  if (!list) return undefined;
  const index = lastAtOrBefore(list, (assignment) => assignment.statementEnd, at);
  return index === -1 ? undefined : list[index];
}

/**
 * Whether, in a loop holding `at`, something after `at` may set the variable for the next
 * iteration: an assignment to it, or code we cannot read. That counts when the loop holds it and
 * the assignment that reaches `at` in the text (if any) comes before the loop, so that nothing in
 * the loop sets the variable first.
 */
function assignedLaterInALoop(model: ScriptModel, variable: string, at: number, reaching: Assignment | undefined): boolean {
  const index = variableIndex(model);
  const { loops, maxEndSoFar } = index.allLoops;
  if (loops.length === 0) return false;
  const list = index.plainAssignmentsTo(variable);
  const later = list?.[lastAtOrBefore(list, (assignment) => assignment.statementEnd, at) + 1]?.statementStart ?? Infinity;
  const unseen = index.anyVariable[lastAtOrBefore(index.anyVariable, (place) => place, at) + 1] ?? Infinity;
  const next = Math.min(later, unseen);
  if (next === Infinity) return false;
  for (let i = lastAtOrBefore(loops, (loop) => loop.start, at); i >= 0 && maxEndSoFar[i] > at; i--) {
    const loop = loops[i];
    if (loop.end <= at) continue;
    if (next < loop.end && (!reaching || reaching.statementEnd <= loop.start)) return true;
  }
  return false;
}

/** Where code we do not read last runs at or before `at`, or -1. */
function lastUnseenCodeBefore(model: ScriptModel, at: number): number {
  const places = variableIndex(model).anyVariable;
  if (places.length === 0) return -1;
  const last = lastAtOrBefore(places, (place) => place, at);
  return last === -1 ? -1 : places[last];
}

/** False only when nothing in the script, or in code it runs that we cannot read, can set `variable`. */
export function isAssignedAnywhere(model: ScriptModel, variable: string): boolean {
  return AUTOMATIC_VARIABLES.has(variable) || variableIndex(model).binds(variable) || variableIndex(model).anyVariable.length > 0;
}

/** What string values an expression can have at `at`, following variables through assignments and loops. */
export function resolveStrings(model: ScriptModel, expr: Expr | undefined, at: number, depth = 0): Resolution {
  if (!expr || depth > MAX_DEPTH) return { known: false, reason: 'dynamic' };
  switch (expr.kind) {
    case 'string':
      return { known: true, candidates: [{ value: expr.value, start: expr.start, end: expr.end, via: [], from: expr.from }] };
    case 'number':
      return { known: true, candidates: [{ value: model.text.slice(expr.start, expr.end), start: expr.start, end: expr.end, via: [] }] };
    case 'array': {
      const candidates: StringCandidate[] = [];
      for (const item of expr.items) {
        const resolved = resolveStrings(model, item, at, depth + 1);
        if (!resolved.known) return resolved;
        candidates.push(...resolved.candidates);
      }
      return { known: true, candidates };
    }
    case 'variable':
      return resolveVariable(model, expr.name, at, depth);
    default:
      return { known: false, reason: 'dynamic' };
  }
}

function resolveVariable(model: ScriptModel, variable: string, at: number, depth: number): Resolution {
  const binding = bindingAt(model, variable, at);
  const overwritten = unseenSince(model, binding, at) !== -1;
  if (binding !== 'dynamic' && 'loop' in binding && at < binding.loop.end) {
    return overwritten ? { known: false, reason: 'dynamic', variable } : resolveStrings(model, binding.loop.collection, binding.loop.start, depth + 1);
  }
  const firstParameter = variableIndex(model).firstParameterStart.get(variable);
  if (firstParameter !== undefined && firstParameter < at) {
    return valuesFromCallers(model, variable, at, depth) ?? { known: false, reason: 'dynamic', variable };
  }
  if (binding === 'dynamic' || overwritten) return { known: false, reason: 'dynamic', variable };
  if ('loop' in binding) return resolveStrings(model, binding.loop.collection, binding.loop.start, depth + 1);
  const assignment = binding.assignment;
  if (!assignment) {
    return isAssignedAnywhere(model, variable) ? { known: false, reason: 'dynamic', variable } : { known: false, reason: 'unassigned', variable };
  }
  if (assignment.operator !== '=') return { known: false, reason: 'dynamic', variable };
  const resolved = resolveStrings(model, assignment.value, assignment.statementStart, depth + 1);
  if (!resolved.known) return resolved;
  return { known: true, candidates: resolved.candidates.map((candidate) => ({ ...candidate, via: [assignment, ...candidate.via] })) };
}

/**
 * A function parameter's values: what every call of the function passes for it, when the
 * function declares it, nothing in the body assigns it before `at`, and every call can be read.
 * Undefined otherwise (the parameter stays unknown).
 */
function valuesFromCallers(model: ScriptModel, variable: string, at: number, depth: number): Resolution | undefined {
  const fn = functionDeclaring(model, variable, at);
  if (!fn || !fn.calls || fn.calls.length === 0) return undefined;
  const assigned = reachingAssignment(model, variable, at);
  if (assigned && assigned.statementEnd > fn.start) return undefined;
  const candidates: StringCandidate[] = [];
  for (const call of fn.calls) {
    const argument = call.arguments.get(variable);
    if (!argument) return undefined;
    const resolved = resolveStrings(model, argument, call.start, depth + 1);
    if (!resolved.known) return resolved.reason === 'unassigned' ? { known: false, reason: 'dynamic', variable } : resolved;
    candidates.push(...resolved.candidates);
  }
  return { known: true, candidates };
}

/** True/false when an `-Enable` argument's value is known. PowerShell's bool parameters take `$true`/`$false`/numbers. */
export function resolveBoolean(model: ScriptModel, expr: Expr | undefined, at: number, depth = 0): boolean | undefined {
  if (!expr || depth > MAX_DEPTH) return undefined;
  switch (expr.kind) {
    case 'boolean':
      return expr.value;
    case 'number':
      return expr.value !== 0;
    case 'variable': {
      const binding = bindingAt(model, expr.name, at);
      if (binding === 'dynamic' || 'loop' in binding || unseenSince(model, binding, at) !== -1) return undefined;
      const assignment = binding.assignment;
      if (!assignment || assignment.operator !== '=') return undefined;
      return resolveBoolean(model, assignment.value, assignment.statementStart, depth + 1);
    }
    default:
      return undefined;
  }
}

/**
 * A stable key for "which connector": the literal value when it is known and single, otherwise
 * the root variable the value is copied from, so `$ad` and `$adCopy = $ad` group together, with
 * the assignment that last set it: a variable given a new value we do not know may hold another
 * connector, as it would with a new value we know. (A parameter is the caller's value.)
 */
export function connectorKey(model: ScriptModel, expr: Expr | undefined, at: number): string | undefined {
  if (!expr) return undefined;
  const resolved = resolveStrings(model, expr, at);
  if (resolved.known && resolved.candidates.length === 1) return 'value:' + resolved.candidates[0].value;
  let current: Expr = expr;
  let position = at;
  for (let depth = 0; depth < MAX_DEPTH && current.kind === 'variable'; depth++) {
    const firstParameter = variableIndex(model).firstParameterStart.get(current.name);
    if (firstParameter !== undefined && firstParameter < position) return `variable:${current.name}@parameter`;
    const binding = bindingAt(model, current.name, position);
    if (binding === 'dynamic') return 'variable:' + current.name;
    // Code we cannot read may have set it since: from there on it may be another connector.
    const unseen = unseenSince(model, binding, position);
    if (unseen !== -1) return `variable:${current.name}@${unseen}`;
    // A loop's variable is one connector per pass, none of them the variable's before or after the loop.
    if ('loop' in binding) return `variable:${current.name}@loop${binding.loop.start}`;
    if (!binding.assignment) return 'variable:' + current.name;
    const assignment = binding.assignment;
    if (assignment.value.kind !== 'variable') return `variable:${current.name}@${assignment.statementStart}`;
    position = assignment.statementStart;
    current = assignment.value;
  }
  if (current.kind === 'variable') return 'variable:' + current.name;
  return 'text:' + model.text.slice(expr.start, expr.end).toLowerCase();
}
