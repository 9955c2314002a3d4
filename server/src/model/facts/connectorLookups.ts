import { identifierLookup, memberLookup } from '../syntax/connectorLookupShapes';
import type { Assignment, ConnectorLookup, Expr, ScriptModel } from '../types';
import { boundValueAt } from './values';

/** A connector lookup a value holds, as connectorLookupOf finds it. */
export interface ReachedLookup {
  lookup: ConnectorLookup;
  /** Whether the value is one item of the lookup, taken by a loop over it (`foreach ($ad in $ads)`). */
  oneItem: boolean;
  /** The assignments followed to reach the lookup, nearest first. */
  via: Assignment[];
}

/** The Azure AD connector fetched by its identifier, for a fetch that is no value (see passwordSyncFlow's chains). */
export { identifierLookup };

const MAX_DEPTH = 12;

/**
 * Which connector lookup produced the value `expr` has at `at`, following variables through
 * assignments and loops as resolveStrings does: `$aad`, `$ad.Name` in `foreach ($ad in $ads)`,
 * `$domain.DNSRoot`. Undefined when the value is not a lookup the model recognises.
 */
export function connectorLookupOf(model: ScriptModel, expr: Expr | undefined, at: number, depth = 0): ReachedLookup | undefined {
  if (!expr || depth > MAX_DEPTH) return undefined;
  switch (expr.kind) {
    case 'lookup':
      return { lookup: expr.lookup, oneItem: false, via: [] };
    case 'command': {
      const lookup = identifierLookup(expr.call);
      return lookup && { lookup, oneItem: false, via: [] };
    }
    case 'variable':
      return throughVariable(model, expr.name, at, depth, (value, valueAt) => connectorLookupOf(model, value, valueAt, depth + 1));
    case 'member': {
      if (expr.path.length !== 1) return undefined;
      const member = expr.path[0];
      // The member's name is the last word of the expression: `$ad.Name`.
      const keyStart = expr.end - member.length;
      const ofValue = (value: Expr, valueAt: number): ReachedLookup | undefined => {
        if (value.kind === 'variable') return throughVariable(model, value.name, valueAt, depth + 1, ofValue);
        const lookup = memberLookup(value, member, expr.start, expr.end, keyStart, expr.end);
        return lookup && { lookup, oneItem: false, via: [] };
      };
      return throughVariable(model, expr.variable, at, depth, ofValue);
    }
    default:
      return undefined;
  }
}

/** What `follow` finds in the value `variable` holds at `at` (see boundValueAt): one item of a loop's collection, or an assignment's value. */
function throughVariable(
  model: ScriptModel,
  variable: string,
  at: number,
  depth: number,
  follow: (value: Expr, at: number) => ReachedLookup | undefined,
): ReachedLookup | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const bound = boundValueAt(model, variable, at);
  const found = bound && follow(bound.value, bound.at);
  if (!found) return undefined;
  if (bound.loop) return { ...found, oneItem: true };
  return bound.assignment ? { ...found, via: [bound.assignment, ...found.via] } : found;
}
