import { buildScriptModel } from '../model/scriptModel';
import { defaultOptions, type LintOptions } from '../shared/options';
import { rules } from '../rules';
import type { Report, Rule } from '../rules/rule';
import type { Fix, RelatedSpan, Severity } from '../shared/types';
import { findSuppressions } from '../diagnostics/suppression';
import { excerpt, formatMessage, MAX_MESSAGE_LENGTH } from '../diagnostics/formatMessage';
import { insertsSwallowedLines, swallowingSpans, type SwallowIndex } from '../fixes/swallowedInsertions';
import { engineMessages } from '../shared/engineMessages';
import { localize, templateOf, type Translatable } from '../shared/locale';
import { sizeText } from '../shared/sizeText';

export interface LintProblem {
  ruleId: string;
  /** Which of the rule's messages this is; stable, for tests and tools. */
  messageId: string;
  severity: Severity;
  message: string;
  /** UTF-16 offsets into the linted text. */
  start: number;
  end: number;
  related: RelatedSpan[];
  fixes: Fix[];
}

export interface SkippedFile {
  reason: 'too-large' | 'binary';
  message: string;
}

export interface RuleFailure {
  ruleId: string;
  message: string;
  stack?: string;
}

export interface LintResult {
  problems: LintProblem[];
  /** Set when the text was not linted at all; `problems` is then empty. */
  skipped?: SkippedFile;
  /** Rules that threw; the other rules still ran. */
  ruleFailures: RuleFailure[];
  /** Whether the script acts on password sync; other scripts get no problems. */
  isPasswordSyncScript: boolean;
}

function checkSkipped(text: string, options: LintOptions): SkippedFile | undefined {
  if (text.length > options.maxFileSize) {
    return {
      reason: 'too-large',
      message: localize(engineMessages.tooLarge, options.locale, { size: sizeText(text.length, options.locale), limit: sizeText(options.maxFileSize, options.locale) }),
    };
  }
  // indexOf runs natively over the whole text; real scripts never hold a NUL character.
  if (text.indexOf('\0') !== -1) {
    return { reason: 'binary', message: localize(engineMessages.binary, options.locale) };
  }
  return undefined;
}

const SEVERITY_RANK: Record<Severity, number> = { information: 0, warning: 1, error: 2 };

/** The severity of a problem: the rule's level, or its message's own when that is milder (see RuleMeta.messageSeverities). */
function severityOf(rule: Rule, level: Severity, messageId: string): Severity {
  const own = rule.meta.messageSeverities?.[messageId];
  return own !== undefined && SEVERITY_RANK[own] < SEVERITY_RANK[level] ? own : level;
}

function validReport(report: Report, rule: Rule, textLength: number): string | undefined {
  if (!(report.messageId in rule.meta.messages)) return `unknown messageId "${report.messageId}"`;
  if (!(report.start >= 0 && report.end >= report.start && report.end <= textLength)) {
    return `range ${report.start}-${report.end} is outside the text (length ${textLength})`;
  }
  for (const fix of report.fixes ?? []) {
    if (!rule.meta.fixable) return 'reported a fix but is not declared fixable';
    const edits = [...fix.edits].sort((a, b) => a.start - b.start);
    for (let i = 0; i < edits.length; i++) {
      const edit = edits[i];
      if (!(edit.start >= 0 && edit.end >= edit.start && edit.end <= textLength)) return `fix "${fix.title}" edits outside the text`;
      if (i > 0 && edits[i - 1].end > edit.start) return `fix "${fix.title}" has overlapping edits`;
    }
  }
  return undefined;
}

/**
 * A fix must change something: one that does not (a variable "replaced" by the same variable,
 * when only its value differs) leaves its problem in place and would be offered forever.
 */
function changesText(fix: Fix, text: string): boolean {
  return fix.edits.some((edit) => edit.text !== text.slice(edit.start, edit.end));
}

/**
 * Lints one PowerShell text. Pure: no I/O, never throws for any input text. `eagerModel` lints
 * with the eager model (see ModelOptions), the oracle the tests hold the usual lazy one to.
 */
export function lintText(text: string, options: LintOptions = defaultOptions(), ruleSet: readonly Rule[] = rules, { eagerModel = false } = {}): LintResult {
  const skipped = checkSkipped(text, options);
  if (skipped) return { problems: [], skipped, ruleFailures: [], isPasswordSyncScript: false };

  const model = buildScriptModel(text, { skipUnlessPasswordSync: true, eager: eagerModel, readDotSourced: options.readDotSourced });
  const knownRuleIds = ruleSet.map((rule) => rule.meta.id);
  const suppressions = findSuppressions(model, knownRuleIds);
  const problems: LintProblem[] = [];
  const ruleFailures: RuleFailure[] = [];

  // A text the rule does not declare is a bug in the rule: it throws, and the rule is reported as failed.
  const ruleText = (rule: Rule, texts: Record<string, Translatable> | undefined, kind: string, id: string, data?: Record<string, string>): string => {
    const text = texts?.[id];
    if (!text) throw new Error(`rule ${rule.meta.id} asked for an unknown ${kind} "${id}"`);
    return formatMessage(templateOf(text, options.locale), data);
  };

  let swallowing: SwallowIndex | undefined;
  const usableFixes = (fixes: Fix[]): Fix[] => {
    if (fixes.length === 0) return fixes;
    swallowing ??= swallowingSpans(model.tokens, text, model.unclosedFrom);
    return fixes
      .filter((fix) => changesText(fix, text) && !insertsSwallowedLines(fix, swallowing!))
      .map((fix) => (fix.title.length > MAX_MESSAGE_LENGTH ? { ...fix, title: excerpt(fix.title, MAX_MESSAGE_LENGTH) } : fix));
  };

  const emit = (rule: Rule, severity: Severity, report: Report) => {
    if (suppressions.isSuppressed(rule.meta.id, report.start)) return;
    problems.push({
      ruleId: rule.meta.id,
      messageId: report.messageId,
      severity: severityOf(rule, severity, report.messageId),
      message: formatMessage(templateOf(rule.meta.messages[report.messageId], options.locale), report.data),
      start: report.start,
      end: report.end,
      related: (report.related ?? []).map((span) => ({ ...span, message: excerpt(span.message, MAX_MESSAGE_LENGTH) })),
      fixes: usableFixes(report.fixes ?? []),
    });
  };

  for (const rule of ruleSet) {
    const level = options.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (level === 'off') continue;
    if (!model.isPasswordSyncScript && !rule.meta.appliesToAllScripts) continue;
    try {
      rule.check({
        model,
        options,
        knownRuleIds,
        fixTitle: (id, data) => ruleText(rule, rule.meta.fixTitles, 'fix title', id, data),
        relatedMessage: (id, data) => ruleText(rule, rule.meta.relatedMessages, 'related message', id, data),
        report(report) {
          const invalid = validReport(report, rule, text.length);
          if (invalid) throw new Error(`rule ${rule.meta.id} made an invalid report: ${invalid}`);
          emit(rule, level, report);
        },
      });
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      ruleFailures.push({ ruleId: rule.meta.id, message: err.message, stack: err.stack });
    }
  }

  problems.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { problems, ruleFailures, isPasswordSyncScript: model.isPasswordSyncScript };
}
