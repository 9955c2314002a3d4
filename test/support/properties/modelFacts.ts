import { chainsWithForceFull, passwordSyncFlow, type Toggle } from '../../../server/src/model/facts/passwordSyncFlow';
import type { BoundArgument } from '../../../server/src/model/facts/arguments';
import { connectorLookupOf, type ReachedLookup } from '../../../server/src/model/facts/connectorLookups';
import type { Assignment, Expr, ScriptModel } from '../../../server/src/model/types';
import { connectorKey, isAssignedAnywhere, reachingAssignment, resolveBoolean, resolveStrings, type Resolution } from '../../../server/src/model/facts/values';
import { connectorSlots } from '../../../server/src/rules/support/connectorSlots';
import { TokenKind } from '../../../server/src/tokenizer/token';
import { variableName } from '../../../server/src/tokenizer/tokenValue';

/**
 * Everything a rule can learn from a model, written out as plain lines that two models of the
 * same text can be compared by: each object the model hands out is named by where it is in the
 * text, since the lazy and the eager model build different objects for the same statement.
 */
export interface ModelFacts {
  /** Whether the rules check the script at all. */
  passwordSync: string[];
  /** One line per variable token: what its variable resolves to at that point. */
  variables: string[];
  /** Every assignment and method call of the script, followed or not, with its value's or arguments' kinds and spans. */
  everyStep: string[];
  chains: string[];
  parameters: string[];
  toggles: string[];
  groups: string[];
  slots: string[];
}

function assignmentPlace(assignment: Assignment | undefined): string {
  return assignment === undefined ? '-' : `${assignment.variable}@${assignment.targetStart}-${assignment.statementEnd}${assignment.operator}`;
}

function describeResolution(resolution: Resolution): string {
  if (!resolution.known) return `${resolution.reason}(${resolution.variable ?? ''})`;
  return resolution.candidates.map((c) => `${JSON.stringify(c.value)}@${c.start}-${c.end} via ${c.via.map(assignmentPlace).join('<')}`).join(' | ');
}

function describeLookup(reached: ReachedLookup | undefined): string {
  if (reached === undefined) return '-';
  const { lookup } = reached;
  return `${lookup.kind}/${lookup.by}/${lookup.many}@${lookup.start}-${lookup.end} key ${lookup.keyStart}-${lookup.keyEnd} ${reached.oneItem ? 'item' : 'whole'} via ${reached.via.map(assignmentPlace).join('<')}`;
}

function describeValue(expr: Expr): string {
  return `${expr.kind}@${expr.start}-${expr.end}`;
}

function describeArgument(argument: BoundArgument | undefined): string {
  if (argument === undefined) return '-';
  const value = argument.value;
  return `${argument.via}:${value === undefined ? '-' : `${value.kind}@${value.start}-${value.end}`}`;
}

function describeToggle(toggle: Toggle): string {
  return [
    `at ${toggle.call.start}`,
    `source ${describeArgument(toggle.source)} ${toggle.sourceKey}`,
    `target ${describeArgument(toggle.target)} ${toggle.targetKey}`,
    `enable ${describeArgument(toggle.enable)} ${toggle.enableValue}`,
    toggle.swapped ? 'swapped' : '',
    toggle.splatUnknown ? 'splat unknown' : '',
  ].join(' ');
}

/** What a rule learns of the variable a `$name` token reads, asked where the token is. */
function variableFacts(model: ScriptModel): string[] {
  const lines: string[] = [];
  const text = model.text;
  for (const token of model.tokens) {
    if (token.kind !== TokenKind.Variable) continue;
    const name = variableName(text, token).name.toLowerCase();
    const read: Expr = { kind: 'variable', name, start: token.start, end: token.end };
    const at = token.start;
    lines.push(
      [
        `$${name}@${at}`,
        describeResolution(resolveStrings(model, read, at)),
        `bool ${resolveBoolean(model, read, at)}`,
        `key ${connectorKey(model, read, at)}`,
        `assigned ${isAssignedAnywhere(model, name)}`,
        `reaching ${assignmentPlace(reachingAssignment(model, name, at))}`,
        `lookup ${describeLookup(connectorLookupOf(model, read, at))}`,
      ].join('; '),
    );
  }
  return lines;
}

export function modelFacts(model: ScriptModel): ModelFacts {
  const flow = passwordSyncFlow(model);
  const withForceFull = new Set(chainsWithForceFull(flow));
  return {
    passwordSync: [String(model.isPasswordSyncScript)],
    variables: variableFacts(model),
    everyStep: [
      ...model.unfollowed.everyAssignment().map((a) => `${assignmentPlace(a)} [${a.path.join('.')}] ${describeValue(a.value)} depth ${a.depth} loop ${a.loop}`),
      ...model.unfollowed.everyMethodCall().map((m) => `$${m.variable}.${[...m.path, m.method].join('.')}@${m.start}-${m.end} (${m.args.map(describeValue).join(', ')}) depth ${m.depth} loop ${m.loop}`),
    ],
    chains: flow.chains.map((chain) =>
      [
        `$${chain.variable} fetched ${assignmentPlace(chain.fetch)} by ${chain.fetchCall.start}`,
        `name ${describeArgument(chain.name)} key ${chain.key}`,
        `removes ${chain.removes.map((call) => call.start).join(',')}`,
        `adds ${chain.adds.map((add) => `${add.call.start}:${add.parameterVariable ?? '-'}`).join(',')}`,
        `saves ${chain.saves.map((call) => call.start).join(',')}`,
        withForceFull.has(chain) ? 'forceFull' : '',
      ].join('; '),
    ),
    parameters: flow.parameters.map((parameter) => `$${parameter.variable} created ${assignmentPlace(parameter.creation)}; values ${parameter.valueSets.map(assignmentPlace).join(',')}`),
    toggles: flow.toggles.map(describeToggle),
    groups: [
      ...[...flow.groups].map(([key, toggles]) => `${key}: ${toggles.map((toggle) => toggle.call.start).join(',')}`),
      ...flow.mismatchedPairs.map((pair) => `pair ${pair.disableKey} -> ${pair.enableKey}`),
    ],
    slots: connectorSlots(model).map((slot) => `${slot.call.lowerName}@${slot.call.start} -${slot.parameter} ${slot.role} ${slot.value.kind}@${slot.value.start}-${slot.value.end}; ${describeResolution(resolveStrings(model, slot.value, slot.call.start))}; lookup ${describeLookup(connectorLookupOf(model, slot.value, slot.call.start))}`),
  };
}
