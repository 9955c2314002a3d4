import {
  CodeActionKind,
  CodeActionTriggerKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionContext,
  type Diagnostic,
  type Range,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { automaticFix } from '../engine/fixAll';
import type { LintProblem } from '../engine/lint';
import type { LintOptions } from '../shared/options';
import type { TextEdit as OffsetEdit } from '../shared/types';
import { CommandIds, DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from './commandIds';
import { localize, type Locale } from '../shared/locale';
import { lspMessages as say } from './lspMessages';
import { showDocsArguments } from './ruleDocLinks';
import { fixAllEdit } from './fixAllEdit';
import { insertMultiForestScriptEdit, insertScriptEdit } from './insertScript';
import type { LintedDocument } from './lintedDocuments';
import { dominantLineBreak } from '../shared/lineBreak';
import { leadingIndent } from '../shared/lineIndex';
import { isProblemReference } from './toDiagnostic';

export const INSERT_SCRIPT_TITLE = say.insertScript.en;
export const FIX_ALL_TITLE = say.fixAll.en;
export const INSERT_MULTI_FOREST_SCRIPT_TITLE = say.insertMultiForestLabel.en;

export interface CodeActionRequest {
  document: TextDocument;
  range: Range;
  context: CodeActionContext;
  /** The lint of the document's current version; undefined when the text changed since. */
  linted: LintedDocument | undefined;
  /** The document's settings, for actions that do not depend on a lint. */
  options: LintOptions;
}

function wanted(context: CodeActionContext, kind: string): boolean {
  if (!context.only || context.only.length === 0) return true;
  return context.only.some((only) => kind === only || kind.startsWith(`${only}.`));
}

function askedExplicitly(context: CodeActionContext, kind: string): boolean {
  return (context.only ?? []).some((only) => kind === only || kind.startsWith(`${only}.`));
}

function versionedEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] };
}

function toLspEdits(document: TextDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((edit) => ({ range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.text }));
}

/** The lint problem a diagnostic from the client stands for, if it belongs to this very lint. */
function problemOf(diagnostic: Diagnostic, document: TextDocument, linted: LintedDocument): LintProblem | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isProblemReference(diagnostic.data)) return undefined;
  const reference = diagnostic.data;
  if (reference.version !== document.version || reference.version !== linted.version) return undefined;
  const problem = linted.result.problems[reference.problemIndex];
  return problem && problem.ruleId === reference.ruleId ? problem : undefined;
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/[\r\n]+$/, '');
}

function disableForLine(document: TextDocument, ruleId: string, line: number, diagnostic: Diagnostic, locale: Locale): CodeAction {
  const indent = leadingIndent(lineText(document, line));
  const eol = dominantLineBreak(document.getText());
  const at = { line, character: 0 };
  return {
    title: localize(say.disableForLine, locale, { rule: ruleId }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: versionedEdit(document, [{ range: { start: at, end: at }, newText: `${indent}# adsync-lint-disable-next-line ${ruleId}${eol}` }]),
  };
}

function disableForFile(document: TextDocument, ruleId: string, diagnostic: Diagnostic, locale: Locale): CodeAction {
  const eol = dominantLineBreak(document.getText());
  const top = { line: 0, character: 0 };
  return {
    title: localize(say.disableForFile, locale, { rule: ruleId }),
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: versionedEdit(document, [{ range: { start: top, end: top }, newText: `# adsync-lint-disable ${ruleId}${eol}` }]),
  };
}

function showDocs(ruleId: string, diagnostic: Diagnostic, locale: Locale): CodeAction {
  const title = localize(say.showDocs, locale, { rule: ruleId });
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title, command: CommandIds.showRuleDocs, arguments: showDocsArguments(ruleId, locale) },
  };
}

/**
 * The code action menu, after vscode-eslint: per adsync-lint diagnostic its fixes (preferred one
 * marked), then "disable for this line/file" and "show documentation"; then fix-all actions; and,
 * when the user asks for actions, the insert-script refactoring.
 */
export function buildCodeActions(request: CodeActionRequest): CodeAction[] {
  const { document, context, linted } = request;
  const locale = request.options.locale;
  const fixes: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const docs: CodeAction[] = [];
  const fixAllForRule: CodeAction[] = [];
  const seen = new Set<string>();
  const once = (key: string): boolean => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };

  if (linted && wanted(context, CodeActionKind.QuickFix)) {
    for (const diagnostic of context.diagnostics) {
      const problem = problemOf(diagnostic, document, linted);
      if (!problem) continue;
      const ruleId = problem.ruleId;
      for (const fix of problem.fixes) {
        fixes.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: fix.preferred === true,
          edit: versionedEdit(document, toLspEdits(document, fix.edits)),
        });
      }
      const line = diagnostic.range.start.line;
      if (once(`line:${ruleId}:${line}`)) disables.push(disableForLine(document, ruleId, line, diagnostic, locale));
      if (once(`file:${ruleId}`)) disables.push(disableForFile(document, ruleId, diagnostic, locale));
      if (once(`docs:${ruleId}`)) docs.push(showDocs(ruleId, diagnostic, locale));

      const fixableOfRule = linted.result.problems.filter((other) => other.ruleId === ruleId && automaticFix(other)).length;
      if (fixableOfRule > 1 && once(`fixAll:${ruleId}`)) {
        const edit = fixAllEdit(document, request.options, [ruleId]);
        if (edit) fixAllForRule.push({ title: localize(say.fixAllOfRule, locale, { rule: ruleId }), kind: CodeActionKind.QuickFix, edit: versionedEdit(document, [edit]) });
      }
    }
  }

  const actions = [...fixes, ...disables, ...docs, ...fixAllForRule];

  const current = linted && linted.version === document.version ? linted : undefined;
  const hasAutomaticFix = current?.result.problems.some((problem) => automaticFix(problem) !== undefined) ?? false;
  if (wanted(context, FIX_ALL_KIND) && (hasAutomaticFix || askedExplicitly(context, FIX_ALL_KIND))) {
    const edit = fixAllEdit(document, request.options);
    if (edit) actions.push({ title: localize(say.fixAll, locale), kind: FIX_ALL_KIND, edit: versionedEdit(document, [edit]) });
  }

  // Offered only on request (Ctrl+. or the refactor menu): on every line it would keep the light bulb lit.
  const invoked = context.triggerKind !== CodeActionTriggerKind.Automatic;
  if (wanted(context, CodeActionKind.Refactor) && (invoked || askedExplicitly(context, CodeActionKind.Refactor))) {
    actions.push({
      title: localize(say.insertScript, locale),
      kind: CodeActionKind.Refactor,
      edit: versionedEdit(document, [insertScriptEdit(document, request.range.start.line, request.options.connectors)]),
    });
    if (request.options.connectors.ad.length > 1) {
      actions.push({
        title: localize(say.insertMultiForestLabel, locale),
        kind: CodeActionKind.Refactor,
        edit: versionedEdit(document, [insertMultiForestScriptEdit(document, request.range.start.line, request.options.connectors)]),
      });
    }
  }
  return actions;
}
