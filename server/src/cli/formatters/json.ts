import type { FileResult } from '../results';

/** The documented JSON schema, field for field; related spans and fix edits are SARIF-only. */
export function formatJson(results: readonly FileResult[]): string {
  const entries = results.map((result) => {
    const entry: { file: string; diagnostics: unknown[]; skipped?: string } = {
      file: result.file,
      diagnostics: result.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        fixable: d.fixable,
      })),
    };
    if (result.skipped !== undefined) entry.skipped = result.skipped;
    return entry;
  });
  return `${JSON.stringify(entries)}\n`;
}
