import type { Severity } from '../../shared/types';
import { countTotals, type FileResult } from '../results';
import type { Paint } from './colors';

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info' };

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function severityPaint(paint: Paint, severity: Severity): (text: string) => string {
  return severity === 'error' ? paint.red : severity === 'warning' ? paint.yellow : paint.blue;
}

/** ESLint-style: problems grouped by file with aligned columns, then one summary line. */
export function formatStylish(results: readonly FileResult[], paint: Paint): string {
  const out: string[] = [];
  for (const result of results) {
    if (result.diagnostics.length === 0 && result.skipped === undefined) continue;
    out.push(paint.underline(result.file));
    if (result.skipped !== undefined) out.push(`  ${paint.yellow('warning')}  ${result.skipped}`);
    const rows = result.diagnostics.map((d) => ({ position: `${d.line}:${d.column}`, severity: d.severity, label: LABEL[d.severity], message: d.message, rule: d.rule }));
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
    const parts = [plural(totals.errors, 'error'), plural(totals.warnings, 'warning')];
    if (totals.infos > 0) parts.push(`${totals.infos} info`);
    const summary = `\u2716 ${plural(problems, 'problem')} (${parts.join(', ')})`;
    const summaryPaint = totals.errors > 0 ? paint.red : totals.warnings > 0 ? paint.yellow : paint.blue;
    out.push(paint.bold(summaryPaint(summary)));
    if (totals.fixableErrors + totals.fixableWarnings > 0) {
      out.push(
        summaryPaint(`  ${plural(totals.fixableErrors, 'error')} and ${plural(totals.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`),
      );
    }
  }
  if (totals.skipped > 0) out.push(paint.yellow(`${plural(totals.skipped, 'file')} not checked (see above).`));
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
