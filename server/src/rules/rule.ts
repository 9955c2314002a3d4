import type { Translatable } from '../shared/locale';
import type { ScriptModel } from '../model/scriptModel';
import type { LintOptions } from '../shared/options';
import type { Fix, RelatedSpan, Severity } from '../shared/types';

export interface RuleMeta {
  /** Stable id, shown as the diagnostic code: `force-full-password-sync`. */
  id: string;
  /** One line, for the README table, hovers and SARIF. */
  description: Translatable;
  defaultSeverity: Severity;
  /** The engine drops fixes from a rule that does not declare itself fixable. */
  fixable: boolean;
  /** Runs on every script, not only on password-sync scripts (for problems aimed at adsync-lint itself). */
  appliesToAllScripts?: boolean;
  /** messageId -> the diagnostic's text in each language, with the same `{{placeholders}}`. */
  messages: Record<string, Translatable>;
  /** Titles of the rule's fixes, by id; a rule builds them with `context.fixTitle`. */
  fixTitles?: Record<string, Translatable>;
  /** Messages of related locations, by id; a rule builds them with `context.relatedMessage`. */
  relatedMessages?: Record<string, Translatable>;
  /**
   * Messages milder than the rule: a problem with one of them gets this severity, or the rule's
   * configured level when that is milder still (a rule set to "warning" never reports an error).
   */
  messageSeverities?: Partial<Record<string, Severity>>;
}

export interface Report {
  messageId: string;
  data?: Record<string, string>;
  start: number;
  end: number;
  related?: RelatedSpan[];
  fixes?: Fix[];
}

export interface RuleContext {
  readonly model: ScriptModel;
  readonly options: LintOptions;
  /** Ids of the rules this lint run knows, for rules that talk about other rules. */
  readonly knownRuleIds: readonly string[];
  report(problem: Report): void;
  /** The fix title `id` from the rule's `meta.fixTitles`, in the language of this lint run. */
  fixTitle(id: string, data?: Record<string, string>): string;
  /** The related-location message `id` from the rule's `meta.relatedMessages`, in the language of this lint run. */
  relatedMessage(id: string, data?: Record<string, string>): string;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
