import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintProblem } from '../engine/lint';
import type { Severity } from '../shared/types';
import { DIAGNOSTIC_SOURCE } from './commandIds';
import type { Locale } from '../shared/locale';
import { ruleDocHref } from './ruleDocLinks';

/**
 * Travels with the diagnostic to the client and back in code action requests, so an action can
 * find the exact problem it was made for and refuse to act on an older version of the text.
 */
export interface ProblemReference {
  ruleId: string;
  problemIndex: number;
  version: number;
}

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
};

/** The one place a lint problem becomes an LSP diagnostic. */
export function toDiagnostic(document: TextDocument, problem: LintProblem, problemIndex: number, locale: Locale = 'en'): Diagnostic {
  const data: ProblemReference = { ruleId: problem.ruleId, problemIndex, version: document.version };
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(problem.start), end: document.positionAt(problem.end) },
    severity: SEVERITIES[problem.severity] ?? DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: problem.ruleId,
    message: problem.message,
    data,
  };
  const href = ruleDocHref(problem.ruleId, locale);
  if (href !== undefined) diagnostic.codeDescription = { href };
  if (problem.related.length > 0) {
    diagnostic.relatedInformation = problem.related.map((span) => ({
      location: { uri: document.uri, range: { start: document.positionAt(span.start), end: document.positionAt(span.end) } },
      message: span.message,
    }));
  }
  return diagnostic;
}

/** Says at the top of the file why it was not linted, instead of silently showing nothing. */
export function skippedDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message,
  };
}

export function isProblemReference(value: unknown): value is ProblemReference {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.ruleId === 'string' && Number.isInteger(candidate.problemIndex) && Number.isInteger(candidate.version);
}
