import type { ParseContext } from '../parseOutput';
import type { Assignment, Expr, MethodCall } from '../types';

/*
 * An assignment or a method call is built as the parser reads it, or later from what the parser
 * deferred (see followedSteps). One function each, so that both ways make objects of one shape,
 * which V8 then reads with one inline cache.
 */

export function assignmentStep(
  variable: string,
  path: readonly string[],
  targetStart: number,
  targetEnd: number,
  value: Expr,
  operator: string,
  statementEnd: number,
  context: ParseContext,
): Assignment {
  return { step: 'assignment', variable, path, targetStart, targetEnd, value, operator, statementStart: context.statementStart, statementEnd, depth: context.depth, loop: context.loop };
}

/** A call's statement ends where the call does. */
export function methodCallStep(variable: string, path: readonly string[], method: string, args: readonly Expr[], start: number, end: number, context: ParseContext): MethodCall {
  return { step: 'method', variable, path, method, args, start, end, statementStart: context.statementStart, statementEnd: end, depth: context.depth, loop: context.loop };
}
