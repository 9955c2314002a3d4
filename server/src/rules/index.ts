import { connectorLookup } from './connectorLookup';
import { connectorName } from './connectorName';
import { forceFullPasswordSync } from './forceFullPasswordSync';
import { invalidDirective } from './invalidDirective';
import { passwordSyncToggle } from './passwordSyncToggle';
import type { Rule } from './rule';

/** Every rule, in the order their problems are listed when they share a position. */
export const rules: readonly Rule[] = [forceFullPasswordSync, passwordSyncToggle, connectorName, connectorLookup, invalidDirective];

export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id);
