import { oncePerModel } from './oncePerModel';
import { outsideEffects, type DotSource, type UnreadCode } from './outsideEffects';
import { buildScriptModel } from '../scriptModel';
import type { Assignment, Expr, ScriptModel } from '../types';

/**
 * Everything that sets the script's variables besides its own `$x = …`, and everything that runs
 * code the model cannot see: the forms outsideEffects reads, plus the files the script
 * dot-sources, read one level deep through the host's reader (see ScriptModel.readDotSourced).
 */
export interface ScriptScope {
  /** Assignments the parser does not record, sorted by where their statements end. */
  assignments: Assignment[];
  /** Offsets where code we do not read may set any variable of this scope. */
  anyVariable: number[];
  /** Code we do not read: it may call the ADSync cmdlets itself. */
  unreadCode: UnreadCode[];
  /** The dot-sourced files, with whether they could be read. */
  dotSourced: { source: DotSource; read: boolean }[];
}

export const scriptScope = oncePerModel((model: ScriptModel): ScriptScope => {
  const effects = outsideEffects(model);
  const assignments = [...effects.assignments];
  const anyVariable = [...effects.anyVariable];
  const unreadCode = [...effects.unreadCode];
  const dotSourced: ScriptScope['dotSourced'] = [];
  for (const source of effects.dotSources) {
    const text = source.path !== undefined && model.readDotSourced ? model.readDotSourced(source.path) : undefined;
    const file = text === undefined ? undefined : buildScriptModel(text);
    const taken = file === undefined ? undefined : assignmentsFrom(file, source);
    dotSourced.push({ source, read: taken !== undefined });
    if (taken === undefined) {
      anyVariable.push(source.end);
      unreadCode.push({ kind: 'dotSource', start: source.start, end: source.end });
    } else {
      assignments.push(...taken);
    }
  }
  assignments.sort((a, b) => a.statementEnd - b.statementEnd);
  anyVariable.sort((a, b) => a - b);
  return { assignments, anyVariable, unreadCode, dotSourced };
});

/**
 * What a dot-sourced file sets, as assignments at the dot-sourcing statement: a top-level
 * `$x = "literal"` keeps its value (marked with the file it comes from); anything else it assigns
 * is unknown. Undefined when the file itself runs code we do not read or does the sync steps
 * itself: one level deep is all we follow.
 */
function assignmentsFrom(file: ScriptModel, source: DotSource): Assignment[] | undefined {
  const nested = outsideEffects(file);
  if (nested.anyVariable.length > 0 || nested.unreadCode.length > 0 || nested.dotSources.length > 0 || file.isPasswordSyncScript) return undefined;
  const last = new Map<string, Assignment>();
  const unknown = new Set<string>();
  for (const assignment of [...file.unfollowed.everyAssignment(), ...nested.assignments]) {
    if (assignment.path.length > 0) continue;
    if (assignment.depth === 0 && assignment.loop === undefined && assignment.operator === '=') last.set(assignment.variable, assignment);
    else unknown.add(assignment.variable);
  }
  for (const loop of file.loops) if (loop.variable !== undefined) unknown.add(loop.variable);
  const at = { start: source.start, end: source.end };
  const taken: Assignment[] = [];
  const names = new Set([...last.keys(), ...unknown]);
  for (const variable of names) {
    const assignment = last.get(variable);
    const value: Expr =
      assignment && !unknown.has(variable) && assignment.value.kind === 'string'
        ? { kind: 'string', value: assignment.value.value, ...at, from: source.path }
        : { kind: 'unknown', ...at };
    taken.push({
      step: 'assignment', variable, path: [], targetStart: source.start, targetEnd: source.end, value, operator: '=',
      statementStart: source.start, statementEnd: source.end, depth: 0, loop: undefined,
    });
  }
  return taken;
}
