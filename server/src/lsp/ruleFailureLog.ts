import type { RuleFailure } from '../engine/lint';
import { localizeWhole, type Locale } from '../shared/locale';
import { lspMessages as say } from './lspMessages';

/**
 * Decides which rule failures to log: each rule once per document version, so a rule that throws
 * on every lint of an unchanged document does not flood the output channel.
 */
export class RuleFailureLog {
  private readonly seen = new Map<string, { version: number; ruleIds: Set<string> }>();

  /** The failures not yet logged for this document version, in a form fit for the log. */
  takeNew(uri: string, version: number, failures: readonly RuleFailure[], locale: Locale = 'en'): string[] {
    if (failures.length === 0) return [];
    let entry = this.seen.get(uri);
    if (!entry || entry.version !== version) {
      entry = { version, ruleIds: new Set() };
      this.seen.set(uri, entry);
    }
    const lines: string[] = [];
    for (const failure of failures) {
      if (entry.ruleIds.has(failure.ruleId)) continue;
      entry.ruleIds.add(failure.ruleId);
      lines.push(localizeWhole(say.ruleFailed, locale, { rule: failure.ruleId, uri, version: String(version), error: failure.stack ?? failure.message }));
    }
    return lines;
  }

  forget(uri: string): void {
    this.seen.delete(uri);
  }
}
