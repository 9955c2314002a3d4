import type { ScriptModel } from '../model/scriptModel';
import type { LintOptions } from '../shared/options';
import type { Fix, RelatedSpan, Severity } from '../shared/types';

export interface RuleMeta {
  /** Stable id, shown as the diagnostic code: `force-full-password-sync`. */
  id: string;
  /** One line, for the README table, hovers and SARIF. */
  description: string;
  defaultSeverity: Severity;
  /** The engine drops fixes from a rule that does not declare itself fixable. */
  fixable: boolean;
  /** Runs on every script, not only on password-sync scripts (for problems aimed at adsync-lint itself). */
  appliesToAllScripts?: boolean;
  /** messageId -> text with `{{placeholders}}`. */
  messages: Record<string, string>;
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
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
