import { lastAtOrBefore } from '../../shared/binarySearch';
import type { ScriptModel } from '../types';
import { oncePerModel } from './oncePerModel';
import { passwordSyncFlow, type ConnectorChain } from './passwordSyncFlow';

/**
 * What a rule asks of the connector chains per ForceFullPasswordSync parameter, answered without
 * a pass over every chain per parameter, which would be quadratic in the number of chains.
 */
export interface ConnectorChainIndex {
  /** The latest start of an Add of the parameter variable to any chain, or -1 when none adds it. */
  lastAddStart(parameterVariable: string): number;
  /** The chains whose fetch ends at or before `before`, the latest (in script order) first. */
  fetchedAtOrBefore(before: number): Iterable<ConnectorChain>;
}

function buildIndex(chains: readonly ConnectorChain[]): ConnectorChainIndex {
  const lastAddStart = new Map<string, number>();
  // Whether the chains come in the order their fetches end, so that a binary search finds the last one before a point.
  let fetchesInOrder = true;
  for (let i = 0; i < chains.length; i++) {
    if (i > 0 && chains[i].fetch.statementEnd < chains[i - 1].fetch.statementEnd) fetchesInOrder = false;
    for (const add of chains[i].adds) {
      if (add.parameterVariable === undefined) continue;
      lastAddStart.set(add.parameterVariable, Math.max(lastAddStart.get(add.parameterVariable) ?? -1, add.call.start));
    }
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
  };
}

export const connectorChainIndex = oncePerModel((model: ScriptModel) => buildIndex(passwordSyncFlow(model).chains));
