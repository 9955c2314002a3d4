import { knownCommand, resolveParameterName } from '../syntax/knownCommands';
import type { CommandCall, Expr } from '../types';

export interface BoundArgument {
  value: Expr | undefined;
  /** Where the argument was written: a named parameter, a splatted hashtable key, or a position. */
  via: 'named' | 'splat' | 'positional';
  /** The `-Name` token for named arguments (for ranges). */
  parameterStart?: number;
  parameterEnd?: number;
}

/**
 * The argument bound to a parameter of a known cmdlet, the way PowerShell binds it: named
 * (`-Name x`, `-Na:x`), from a splatted hashtable, or by position once named ones are taken.
 */
export function boundArgument(call: CommandCall, parameter: string): BoundArgument | undefined {
  for (const use of call.parameters) {
    if (use.name === parameter) return { value: use.value, via: 'named', parameterStart: use.start, parameterEnd: use.end };
  }
  for (const splat of call.splats) {
    if (!splat.entries) continue;
    for (const [key, value] of splat.entries) {
      if (resolveParameterName(call.lowerName, key).name === parameter) return { value, via: 'splat' };
    }
  }
  const command = knownCommand(call.lowerName);
  if (!command) return undefined;
  const named = new Set(call.parameters.map((use) => use.name));
  const open = command.positional.filter((name) => !named.has(name));
  const index = open.indexOf(parameter);
  if (index === -1 || index >= call.positional.length) return undefined;
  return { value: call.positional[index], via: 'positional' };
}

/** True when a splat with unknown contents could be supplying the parameter. */
export function mayBeSplatted(call: CommandCall): boolean {
  return call.splats.some((splat) => splat.entries === undefined);
}
