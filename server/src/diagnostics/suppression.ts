import type { ScriptModel } from '../model/types';
import { parseDirectives } from './directives';

export interface Suppressions {
  isSuppressed(ruleId: string, offset: number): boolean;
}

const ALL = '*';

/** Which problems the script's own `adsync-lint-disable…` comments turn off. */
export function findSuppressions(model: ScriptModel, knownRuleIds: readonly string[]): Suppressions {
  const wholeFile = new Set<string>();
  /** Line start offset → rule ids disabled on that line. */
  const byLine = new Map<number, Set<string>>();
  const add = (lineStart: number, ids: string[]) => {
    const set = byLine.get(lineStart) ?? new Set<string>();
    for (const id of ids) set.add(id);
    byLine.set(lineStart, set);
  };
  for (const directive of parseDirectives(model)) {
    const ids = directive.rules.length === 0 ? [ALL] : directive.rules.map((rule) => rule.id).filter((id) => knownRuleIds.includes(id));
    if (directive.kind === 'disable') for (const id of ids) wholeFile.add(id);
    else if (directive.kind === 'disable-line') add(model.lineStart(directive.start), ids);
    else {
      const next = model.nextLineStart(directive.end - 1);
      if (next > directive.end - 1 && next < model.text.length) add(next, ids);
    }
  }
  if (wholeFile.size === 0 && byLine.size === 0) return { isSuppressed: () => false };
  return {
    isSuppressed(ruleId, offset) {
      if (wholeFile.has(ALL) || wholeFile.has(ruleId)) return true;
      const line = byLine.get(model.lineStart(offset));
      return line !== undefined && (line.has(ALL) || line.has(ruleId));
    },
  };
}
