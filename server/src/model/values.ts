import type { Assignment, Expr, Loop, ScriptModel } from './types';
import { lastAtOrBefore, variableIndex } from './variableIndex';

/** One literal a value may take, with where it is written. */
export interface StringCandidate {
  value: string;
  start: number;
  end: number;
  /** The assignments followed to reach the literal, nearest first. */
  via: Assignment[];
}

export type Resolution =
  | { known: true; candidates: StringCandidate[] }
  /** `unassigned`: a variable no statement assigns; `dynamic`: computed at run time or by a caller. */
  | { known: false; reason: 'unassigned' | 'dynamic'; variable?: string };

const MAX_DEPTH = 12;
/** Variables PowerShell defines itself: never "unassigned". */
const AUTOMATIC_VARIABLES = new Set([
  '_', 'psitem', 'args', 'input', 'this', 'matches', 'lastexitcode', 'error', 'host', 'home', 'pwd',
  'psscriptroot', 'pscommandpath', 'myinvocation', 'psboundparameters', 'pscmdlet', 'psversiontable',
  'profile', 'pid', 'shellid', 'executioncontext', 'foreach', 'switch', 'sender', 'event', 'eventargs',
  'stacktrace', 'ofs', 'pshome', 'true', 'false', 'null', 'erroractionpreference', 'verbosepreference',
]);

function enclosingLoopFor(model: ScriptModel, variable: string, at: number): Loop | undefined {
  let found: Loop | undefined;
  for (const loop of model.loops) {
    if (loop.variable === variable && loop.start <= at && at < loop.end) {
      if (!found || loop.start > found.start) found = loop;
    }
  }
  return found;
}

/** The last plain assignment to `variable` whose statement ends at or before `at`. */
export function reachingAssignment(model: ScriptModel, variable: string, at: number): Assignment | undefined {
  let found: Assignment | undefined;
  for (const assignment of model.assignments) {
    if (assignment.variable !== variable || assignment.path.length !== 0) continue;
    if (assignment.statementEnd <= at && (!found || assignment.statementEnd >= found.statementEnd)) found = assignment;
  }
  return found;
}

export function isAssignedAnywhere(model: ScriptModel, variable: string): boolean {
  return (
    AUTOMATIC_VARIABLES.has(variable) ||
    model.assignments.some((assignment) => assignment.variable === variable) ||
    model.loops.some((loop) => loop.variable === variable) ||
    model.parameters.some((parameter) => parameter.variable === variable)
  );
}

/** What string values an expression can have at `at`, following variables through assignments and loops. */
export function resolveStrings(model: ScriptModel, expr: Expr | undefined, at: number, depth = 0): Resolution {
  if (!expr || depth > MAX_DEPTH) return { known: false, reason: 'dynamic' };
  switch (expr.kind) {
    case 'string':
      return { known: true, candidates: [{ value: expr.value, start: expr.start, end: expr.end, via: [] }] };
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
  const loop = enclosingLoopFor(model, variable, at);
  if (loop) return resolveStrings(model, loop.collection, loop.start, depth + 1);
  if (model.parameters.some((parameter) => parameter.variable === variable && parameter.start < at)) {
    return { known: false, reason: 'dynamic', variable };
  }
  const assignment = reachingAssignment(model, variable, at);
  if (!assignment) {
    return isAssignedAnywhere(model, variable) ? { known: false, reason: 'dynamic', variable } : { known: false, reason: 'unassigned', variable };
  }
  if (assignment.operator !== '=') return { known: false, reason: 'dynamic', variable };
  const resolved = resolveStrings(model, assignment.value, assignment.statementStart, depth + 1);
  if (!resolved.known) return resolved;
  return { known: true, candidates: resolved.candidates.map((candidate) => ({ ...candidate, via: [assignment, ...candidate.via] })) };
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
      const assignment = reachingAssignment(model, expr.name, at);
      if (!assignment || assignment.operator !== '=' || enclosingLoopFor(model, expr.name, at)) return undefined;
      return resolveBoolean(model, assignment.value, assignment.statementStart, depth + 1);
    }
    default:
      return undefined;
  }
}

/**
 * A stable key for "which connector": the literal value when it is known and single, otherwise
 * the root variable the value is copied from, so `$ad` and `$adCopy = $ad` group together.
 */
export function connectorKey(model: ScriptModel, expr: Expr | undefined, at: number): string | undefined {
  if (!expr) return undefined;
  const resolved = resolveStrings(model, expr, at);
  if (resolved.known && resolved.candidates.length === 1) return 'value:' + resolved.candidates[0].value;
  let current: Expr = expr;
  let position = at;
  for (let depth = 0; depth < MAX_DEPTH && current.kind === 'variable'; depth++) {
    const assignment = reachingAssignment(model, current.name, position);
    if (!assignment || assignment.value.kind !== 'variable' || enclosingLoopFor(model, current.name, position)) return 'variable:' + current.name;
    position = assignment.statementStart;
    current = assignment.value;
  }
  if (current.kind === 'variable') return 'variable:' + current.name;
  return 'text:' + model.text.slice(expr.start, expr.end).toLowerCase();
}
