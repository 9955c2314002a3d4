import { boundArgument, mayBeSplatted, type BoundArgument } from './arguments';
import { ADD_CONNECTOR, buildsForceFullPasswordSync, GET_CONNECTOR, looksLikeAzureAdConnector, SET_PASSWORD_SYNC } from './passwordSync';
import type { Assignment, CommandCall, ConnectorLookup, Expr, MethodCall, ScriptModel } from '../types';
import { connectorLookupOf } from './connectorLookups';
import { oncePerModel } from './oncePerModel';
import { scriptScope } from './scriptScope';
import { connectorKey, resolveBoolean } from './values';

/** A connector object fetched into a variable: `$c = Get-ADSyncConnector -Name $adConnector`. */
export interface ConnectorChain {
  variable: string;
  fetch: Assignment;
  fetchCall: CommandCall;
  name: BoundArgument | undefined;
  key: string | undefined;
  removes: MethodCall[];
  adds: { call: MethodCall; parameterVariable: string | undefined }[];
  saves: CommandCall[];
}

/** The ForceFullPasswordSync parameter object: `$p = New-Object …ConfigurationParameter "…ForceFullPasswordSync", …`. */
export interface ForceFullParameter {
  variable: string;
  creation: Assignment;
  valueSets: Assignment[];
}

export interface Toggle {
  call: CommandCall;
  source: BoundArgument | undefined;
  target: BoundArgument | undefined;
  enable: BoundArgument | undefined;
  enableValue: boolean | undefined;
  sourceKey: string | undefined;
  targetKey: string | undefined;
  /** -SourceConnector holds the Azure AD connector and -TargetConnector the AD one; the keys are already swapped back. */
  swapped: boolean;
  splatUnknown: boolean;
}

export interface PasswordSyncFlow {
  chains: ConnectorChain[];
  parameters: ForceFullParameter[];
  toggles: Toggle[];
  /** Toggles grouped by source connector, in script order. */
  groups: Map<string, Toggle[]>;
  /**
   * Source groups that are one toggle with a mistyped name: a group that only disables and a
   * later one that only enables, with the same target.
   */
  mismatchedPairs: { disableKey: string; enableKey: string }[];
  /**
   * Whether the groups are surely the connectors: toggles in two groups name different
   * connectors. False when a source is known only as a variable (read from the user, a parameter,
   * a file) and another group could be the same connector under another name: what a group lacks
   * may then be in another one, and no rule may call a toggle's half missing or its order wrong.
   * False too when code we cannot read runs (another script, Invoke-Expression, an unread
   * dot-sourced file): it may toggle any connector itself.
   */
  groupsAreConnectors: boolean;
}

function variableOf(expr: Expr | undefined): string | undefined {
  return expr && expr.kind === 'variable' ? expr.name : undefined;
}

function isParameterName(expr: Expr | undefined, parameterVariable: string | undefined): boolean {
  if (!expr) return false;
  if (expr.kind === 'member') return expr.path.length === 1 && expr.path[0] === 'name' && (parameterVariable === undefined || expr.variable === parameterVariable);
  return expr.kind === 'string' && expr.value.toLowerCase() === 'microsoft.synchronize.forcefullpasswordsync';
}

/** Follows the script front to back, the way the sync engine would see its effects. Computed once per model. */
export const passwordSyncFlow = oncePerModel(followFlow);

function followFlow(model: ScriptModel): PasswordSyncFlow {
  const chains: ConnectorChain[] = [];
  const parameters: ForceFullParameter[] = [];
  const toggles: Toggle[] = [];
  const chainByVariable = new Map<string, ConnectorChain>();
  const parameterByVariable = new Map<string, ForceFullParameter>();
  const parameterByValue = new Map<Expr, ForceFullParameter>();

  // An index loop: for-of makes an iterator result per step until V8 compiles this once-per-lint loop.
  for (let i = 0; i < model.steps.length; i++) {
    const step = model.steps[i];
    if (step.step === 'assignment') {
      const assignment = step;
      const value = assignment.value;
      if (assignment.path.length === 0 && value.kind === 'command' && value.call.lowerName === GET_CONNECTOR) {
        const name = boundArgument(value.call, 'Name');
        const chain: ConnectorChain = {
          variable: assignment.variable,
          fetch: assignment,
          fetchCall: value.call,
          name,
          key: connectorKey(model, name?.value, value.call.start),
          removes: [],
          adds: [],
          saves: [],
        };
        chains.push(chain);
        chainByVariable.set(assignment.variable, chain);
      } else if (assignment.path.length === 0 && buildsForceFullPasswordSync(value)) {
        // `$q = $p = New-Object …` names one object twice: both variables share one parameter.
        const existing = parameterByValue.get(value);
        const parameter: ForceFullParameter = existing ?? { variable: assignment.variable, creation: assignment, valueSets: [] };
        if (!existing) {
          parameters.push(parameter);
          parameterByValue.set(value, parameter);
        }
        parameterByVariable.set(assignment.variable, parameter);
      } else if (assignment.path.length === 1 && assignment.path[0] === 'value') {
        parameterByVariable.get(assignment.variable)?.valueSets.push(assignment);
      } else if (assignment.path.length === 0 && !(value.kind === 'command' && value.call.lowerName === ADD_CONNECTOR)) {
        // Reassigned to something else: the old object is gone from this variable.
        chainByVariable.delete(assignment.variable);
        parameterByVariable.delete(assignment.variable);
      }
    } else if (step.step === 'method') {
      const call = step;
      const chain = chainByVariable.get(call.variable);
      if (!chain || call.path.length !== 1 || call.path[0] !== 'globalparameters') continue;
      // A call is recorded once its arguments are read; in a broken script (`.Add($p` never
      // closed) they can hold the very fetch that made this chain. Such a call is not on it.
      if (chain.fetch.statementEnd > call.start) continue;
      if (call.method === 'remove' && isParameterName(call.args[0], undefined)) chain.removes.push(call);
      if (call.method === 'add') chain.adds.push({ call, parameterVariable: variableOf(call.args[0]) });
    } else {
      const call = step;
      if (call.lowerName === ADD_CONNECTOR) {
        const connector = variableOf(boundArgument(call, 'Connector')?.value);
        const chain = connector !== undefined ? chainByVariable.get(connector) : undefined;
        chain?.saves.push(call);
      } else if (call.lowerName === SET_PASSWORD_SYNC) {
        const source = boundArgument(call, 'SourceConnector');
        const target = boundArgument(call, 'TargetConnector');
        const enable = boundArgument(call, 'Enable');
        let sourceKey = connectorKey(model, source?.value, call.start);
        let targetKey = connectorKey(model, target?.value, call.start);
        // Swapped arguments are reported as such; group the call by the connectors it meant.
        // Only a target surely not the Azure AD connector makes the call swapped: with the target
        // unknown, the call is kept with the others that name the same source. A lookup says it
        // as surely as a written name does (see connectorLookupOf).
        const sourceIsAzureAd = isAzureAdKey(sourceKey) || lookupKind(model, source?.value, call.start) === 'azureAd';
        const targetIsForest = isForestKey(targetKey) || lookupKind(model, target?.value, call.start) === 'ad';
        const swapped = sourceIsAzureAd && targetIsForest;
        if (swapped) [sourceKey, targetKey] = [targetKey, sourceKey];
        toggles.push({
          call,
          source,
          target,
          enable,
          enableValue: resolveBoolean(model, enable?.value, call.start),
          sourceKey,
          targetKey,
          swapped,
          splatUnknown: mayBeSplatted(call),
        });
      }
    }
  }
  const groups = new Map<string, Toggle[]>();
  for (const toggle of toggles) {
    if (toggle.sourceKey === undefined) continue;
    const group = groups.get(toggle.sourceKey) ?? [];
    group.push(toggle);
    groups.set(toggle.sourceKey, group);
  }
  return { chains, parameters, toggles, groups, mismatchedPairs: findMismatchedPairs(groups), groupsAreConnectors: groupsAreConnectors(groups) && scriptScope(model).unreadCode.length === 0 };
}

/** Chains that carry a ForceFullPasswordSync parameter (added to their GlobalParameters). */
export function chainsWithForceFull(flow: PasswordSyncFlow): ConnectorChain[] {
  const names = new Set(flow.parameters.map((parameter) => parameter.variable));
  return flow.chains.filter((chain) => chain.adds.some((add) => add.parameterVariable !== undefined && names.has(add.parameterVariable)));
}

/**
 * Pairs each group that only disables with the first later group that only enables, for the same
 * target, not yet paired. Groups come in script order, so a disable group mostly starts later
 * than the ones before it: an enable group too early for one is then too early for all that
 * follow, and each target's queue is walked once. (A toggle nested in another's argument can
 * start out of order; that group searches its target's whole queue.)
 */
function findMismatchedPairs(groups: Map<string, Toggle[]>): { disableKey: string; enableKey: string }[] {
  const pairs: { disableKey: string; enableKey: string }[] = [];
  const enableGroups = new Map<string | undefined, { queue: [string, Toggle[]][]; next: number }>();
  for (const entry of groups) {
    if (!entry[1].every((t) => t.enableValue === true)) continue;
    const target = entry[1][0].targetKey;
    const forTarget = enableGroups.get(target);
    if (forTarget) forTarget.queue.push(entry);
    else enableGroups.set(target, { queue: [entry], next: 0 });
  }
  const taken = new Set<string>();
  let previousStart = -Infinity;
  for (const [disableKey, disables] of groups) {
    if (!disables.every((t) => t.enableValue === false)) continue;
    const forTarget = enableGroups.get(disables[0].targetKey);
    if (!forTarget) continue;
    const start = disables[0].call.start;
    const inOrder = start >= previousStart;
    previousStart = Math.max(previousStart, start);
    const { queue } = forTarget;
    let at = inOrder ? forTarget.next : 0;
    while (at < queue.length && (taken.has(queue[at][0]) || queue[at][1][0].call.start <= start)) at++;
    if (inOrder) forTarget.next = at;
    if (at === queue.length) continue;
    const enableKey = queue[at][0];
    taken.add(enableKey);
    pairs.push({ disableKey, enableKey });
  }
  return pairs;
}

/** What the lookup a value holds finds (see connectorLookupOf): the AD connectors, the Azure AD connector, … */
function lookupKind(model: ScriptModel, value: Expr | undefined, at: number): ConnectorLookup['kind'] | undefined {
  return connectorLookupOf(model, value, at)?.lookup.kind;
}

/** Known names tell connectors apart; one connector known only by a variable is one group, as long as nothing else is there to be confused with it. */
function groupsAreConnectors(groups: Map<string, Toggle[]>): boolean {
  let uncertain = 0;
  for (const key of groups.keys()) if (!key.startsWith('value:')) uncertain++;
  return uncertain === 0 || groups.size === 1;
}

/** A connector key that surely names an AD (forest) connector: a known name that is not the Azure AD connector's. */
export function isForestKey(key: string | undefined): boolean {
  return key !== undefined && key.startsWith('value:') && !isAzureAdKey(key);
}

/** A connector key that names the Azure AD connector (`<tenant> - AAD`). */
export function isAzureAdKey(key: string | undefined): boolean {
  return key !== undefined && key.startsWith('value:') && looksLikeAzureAdConnector(withPlainTypography(key.slice('value:'.length)));
}

/**
 * The name with pasted typography made plain (en and em dashes, non-breaking and thin spaces):
 * `contoso.onmicrosoft.com – AAD` is still the Azure AD connector's name as far as its role goes
 * (connector-name reports the character itself).
 */
function withPlainTypography(name: string): string {
  let plain = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) plain += '-';
    else if (c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a)) plain += ' ';
    else plain += name[i];
  }
  return plain;
}
