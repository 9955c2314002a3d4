import { lastAtOrBefore } from '../../shared/binarySearch';
import type { ScriptModel } from '../types';
import { oncePerModel } from './oncePerModel';
import { passwordSyncFlow, type ConnectorChain, type ForceFullParameter } from './passwordSyncFlow';

/**
 * What a rule asks of the connector chains per ForceFullPasswordSync parameter, answered without
 * a pass over every chain per parameter, which would be quadratic in the number of chains.
 */
export interface ConnectorChainIndex {
  /** The latest start of an Add of the parameter variable to any chain, or -1 when none adds it. */
  lastAddStart(parameterVariable: string): number;
  /** The chains whose fetch ends at or before `before`, the latest (in script order) first. */
  fetchedAtOrBefore(before: number): Iterable<ConnectorChain>;
  /**
   * Whether some chain adds this parameter after it is created and before its variable is given
   * a new one in the same block: `$p` created again for the next forest is another object, and
   * adding that one leaves this one unused.
   */
  addedBeforeRecreated(parameter: ForceFullParameter): boolean;
}

function buildIndex(chains: readonly ConnectorChain[], parameters: readonly ForceFullParameter[]): ConnectorChainIndex {
  const lastAddStart = new Map<string, number>();
  // Per parameter variable, where each Add of it starts, in order.
  const addStarts = new Map<string, number[]>();
  // Whether the chains come in the order their fetches end, so that a binary search finds the last one before a point.
  let fetchesInOrder = true;
  for (let i = 0; i < chains.length; i++) {
    if (i > 0 && chains[i].fetch.statementEnd < chains[i - 1].fetch.statementEnd) fetchesInOrder = false;
    for (const add of chains[i].adds) {
      if (add.parameterVariable === undefined) continue;
      lastAddStart.set(add.parameterVariable, Math.max(lastAddStart.get(add.parameterVariable) ?? -1, add.call.start));
      const starts = addStarts.get(add.parameterVariable);
      if (starts) starts.push(add.call.start);
      else addStarts.set(add.parameterVariable, [add.call.start]);
    }
  }
  for (const starts of addStarts.values()) starts.sort((a, b) => a - b);
  // Per parameter variable, the parameters created in it, in order.
  const creations = new Map<string, ForceFullParameter[]>();
  for (const parameter of parameters) {
    const list = creations.get(parameter.variable);
    if (list) list.push(parameter);
    else creations.set(parameter.variable, [parameter]);
  }
  return {
    lastAddStart: (parameterVariable) => lastAddStart.get(parameterVariable) ?? -1,
    *fetchedAtOrBefore(before) {
      let i = chains.length - 1;
      if (fetchesInOrder) i = lastAtOrBefore(chains, (chain) => chain.fetch.statementEnd, before);
      for (; i >= 0; i--) {
        if (chains[i].fetch.statementEnd <= before) yield chains[i];
      }
    },
    addedBeforeRecreated(parameter) {
      const created = parameter.creation.statementStart;
      if ((lastAddStart.get(parameter.variable) ?? -1) <= created) return false;
      const same = creations.get(parameter.variable) ?? [];
      const next = same.find((other) => other.creation.statementStart > created && other.creation.depth === parameter.creation.depth && other.creation.loop === parameter.creation.loop);
      const limit = next ? next.creation.statementStart : Infinity;
      const starts = addStarts.get(parameter.variable) ?? [];
      const first = lastAtOrBefore(starts, (start) => start, created) + 1;
      return first < starts.length && starts[first] < limit;
    },
  };
}

export const connectorChainIndex = oncePerModel((model: ScriptModel) => {
  const flow = passwordSyncFlow(model);
  return buildIndex(flow.chains, flow.parameters);
});
