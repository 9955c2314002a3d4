import { localize, type Locale, type Localized } from '../../shared/locale';
import type { Severity } from '../../shared/types';
import { cliMessages as say } from '../cliMessages';
import { countTotals, type FileResult } from '../results';
import type { Paint } from './colors';

const LABEL: Record<Severity, Localized> = { error: say.labelError, warning: say.labelWarning, information: say.labelInfo };

export interface StylishOptions {
  locale: Locale;
  /** The installed page of a rule, listed under the problems so a reader can look it up offline. */
  docPath?: (ruleId: string) => string | undefined;
}

function count(locale: Locale, value: number, one: Localized, many: Localized): string {
  return value === 1 ? localize(one, locale) : localize(many, locale, { count: String(value) });
}

function severityPaint(paint: Paint, severity: Severity): (text: string) => string {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.blue;
}

/** ESLint-style: problems grouped by file with aligned columns, then one summary line. */
export function formatStylish(results: readonly FileResult[], paint: Paint, options: StylishOptions = { locale: 'en' }): string {
  const { locale } = options;
  const out: string[] = [];
  const rulesSeen = new Set<string>();
  for (const result of results) {
    if (result.diagnostics.length === 0 && result.skipped === undefined) continue;
    out.push(paint.underline(result.file));
    if (result.skipped !== undefined) out.push(`  ${paint.yellow(localize(say.labelWarning, locale))}  ${result.skipped}`);
    const rows = result.diagnostics.map((d) => ({ position: `${d.line}:${d.column}`, severity: d.severity, label: localize(LABEL[d.severity], locale), message: d.message, rule: d.rule }));
    for (const row of rows) rulesSeen.add(row.rule);
    // Padding is computed on the plain text: escape codes would throw the widths off.
    const positionWidth = Math.max(0, ...rows.map((row) => row.position.length));
    const labelWidth = Math.max(0, ...rows.map((row) => row.label.length));
    const messageWidth = Math.max(0, ...rows.map((row) => row.message.length));
    for (const row of rows) {
      const label = severityPaint(paint, row.severity)(row.label) + ' '.repeat(labelWidth - row.label.length);
      const message = row.message + ' '.repeat(messageWidth - row.message.length);
      out.push(`  ${paint.dim(row.position.padEnd(positionWidth))}  ${label}  ${message}  ${paint.dim(row.rule)}`);
    }
    out.push('');
  }

  const totals = countTotals(results);
  const problems = totals.errors + totals.warnings + totals.infos;
  if (problems > 0) {
    const parts = [count(locale, totals.errors, say.errorOne, say.errorMany), count(locale, totals.warnings, say.warningOne, say.warningMany)];
    if (totals.infos > 0) parts.push(localize(say.infoCount, locale, { count: String(totals.infos) }));
    const summary = localize(say.summary, locale, { problems: count(locale, problems, say.problemOne, say.problemMany), parts: parts.join(', ') });
    const summaryPaint = totals.errors > 0 ? paint.red : totals.warnings > 0 ? paint.yellow : paint.blue;
    out.push(paint.bold(summaryPaint(summary)));
    if (totals.fixableErrors + totals.fixableWarnings > 0) {
      out.push(
        summaryPaint(localize(say.fixable, locale, {
          errors: count(locale, totals.fixableErrors, say.errorOne, say.errorMany),
          warnings: count(locale, totals.fixableWarnings, say.warningOne, say.warningMany),
        })),
      );
    }
  }
  if (totals.skipped > 0) out.push(paint.yellow(localize(say.notChecked, locale, { files: count(locale, totals.skipped, say.fileOne, say.fileMany) })));
  const pages = [...rulesSeen].sort().map((rule) => [rule, options.docPath?.(rule)] as const).filter(([, page]) => page !== undefined);
  if (pages.length > 0) {
    out.push('', paint.dim(localize(say.docsHeading, locale)));
    for (const [rule, page] of pages) out.push(paint.dim(`  ${rule}: ${page}`));
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
