import type { Rule } from './rule';

/** Every rule, in the order their problems are listed when they share a position. */
export const rules: readonly Rule[] = [];

export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id);
