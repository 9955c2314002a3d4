import * as assert from 'assert';
import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type TextDocumentEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintProblem, LintResult } from '../../../server/src/engine/lint';
import { defaultOptions } from '../../../server/src/shared/options';
import { buildCodeActions, INSERT_SCRIPT_TITLE } from '../../../server/src/lsp/codeActions';
import { FIX_ALL_KIND } from '../../../server/src/lsp/commandIds';
import { toDiagnostic } from '../../../server/src/lsp/toDiagnostic';
import type { LintedDocument } from '../../../server/src/lsp/lintedDocuments';

const text = [
  '$adConnector = "contoso.com"',
  '    Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $az -Enable $true',
  '    Set-ADSyncAADPasswordSyncConfiguration -SourceConnector $adConnector -TargetConnector $az -Enable $false',
  '',
].join('\r\n');
const enableTrue = text.indexOf('$true');
const enableFalse = text.indexOf('$false');

const problems: LintProblem[] = [
  {
    ruleId: 'password-sync-toggle',
    messageId: 'reversed',
    severity: 'error',
    message: 'Turn password sync off before turning it on.',
    start: enableTrue,
    end: enableTrue + 5,
    related: [],
    fixes: [
      { title: 'Swap the two calls', edits: [{ start: enableTrue, end: enableTrue + 5, text: '$false' }, { start: enableFalse, end: enableFalse + 6, text: '$true' }], preferred: true },
      { title: 'Remove the second call', edits: [{ start: enableFalse, end: enableFalse + 6, text: '$true' }] },
    ],
  },
];

function setup(version = 4) {
  const document = TextDocument.create('file:///c/toggle.ps1', 'powershell', version, text);
  const result: LintResult = { problems, ruleFailures: [], isPasswordSyncScript: true };
  const settings = { enable: true, run: 'onType' as const, options: defaultOptions() };
  const linted: LintedDocument = { version, result, settings };
  const diagnostics = problems.map((problem, index) => toDiagnostic(document, problem, index));
  return { document, linted, diagnostics, options: settings.options };
}

function insertedText(action: CodeAction): string {
  const change = action.edit?.documentChanges?.[0] as TextDocumentEdit;
  return change.edits.map((edit) => ('newText' in edit ? edit.newText : '')).join('');
}

describe('lsp buildCodeActions', () => {
  it('offers each fix tied to its diagnostic, the preferred one marked, then disable and docs actions', () => {
    const { document, linted, diagnostics, options } = setup();
    const all = buildCodeActions({ document, linted, options, range: diagnostics[0].range, context: { diagnostics, triggerKind: CodeActionTriggerKind.Automatic } });
    // The document-wide fix-all action, built by the real engine, comes last.
    const actions = all.filter((action) => action.kind === CodeActionKind.QuickFix);
    assert.deepStrictEqual(all.slice(actions.length), all.filter((action) => action.kind === FIX_ALL_KIND));
    assert.deepStrictEqual(
      actions.map((action) => action.title),
      ['Swap the two calls', 'Remove the second call', 'Disable password-sync-toggle for this line', 'Disable password-sync-toggle for this file', 'Show documentation for password-sync-toggle'],
    );
    assert.ok(actions.every((action) => action.kind === CodeActionKind.QuickFix));
    assert.strictEqual(actions[0].isPreferred, true);
    assert.strictEqual(actions[1].isPreferred, false);
    assert.deepStrictEqual(actions[0].diagnostics, [diagnostics[0]]);
    const change = actions[0].edit?.documentChanges?.[0] as TextDocumentEdit;
    assert.deepStrictEqual(change.textDocument, { uri: document.uri, version: 4 });
    assert.strictEqual(change.edits.length, 2);
    assert.strictEqual(actions[4].command?.command, 'adsyncLint.showRuleDocs');
    assert.match(String(actions[4].command?.arguments?.[0]), /docs\/rules\/password-sync-toggle\.md$/);
  });

  it('inserts disable comments with the line indentation and the file line ending', () => {
    const { document, linted, diagnostics, options } = setup();
    const actions = buildCodeActions({ document, linted, options, range: diagnostics[0].range, context: { diagnostics } });
    const line = actions.find((action) => action.title.endsWith('for this line'));
    const file = actions.find((action) => action.title.endsWith('for this file'));
    assert.ok(line && file);
    assert.strictEqual(insertedText(line), '    # adsync-lint-disable-next-line password-sync-toggle\r\n');
    assert.deepStrictEqual((line.edit?.documentChanges?.[0] as TextDocumentEdit).edits[0].range.start, { line: 1, character: 0 });
    assert.strictEqual(insertedText(file), '# adsync-lint-disable password-sync-toggle\r\n');
    assert.deepStrictEqual((file.edit?.documentChanges?.[0] as TextDocumentEdit).edits[0].range.start, { line: 0, character: 0 });
  });

  it('returns no diagnostic actions when the lint is of another version', () => {
    const { document, diagnostics, options, linted } = setup(5);
    const older = { ...linted, version: 4 };
    const staleDiagnostics = diagnostics.map((diagnostic) => ({ ...diagnostic, data: { ...(diagnostic.data as object), version: 4 } }));
    const context = { diagnostics: staleDiagnostics, triggerKind: CodeActionTriggerKind.Automatic };
    assert.deepStrictEqual(buildCodeActions({ document, linted: undefined, options, range: diagnostics[0].range, context }), []);
    assert.deepStrictEqual(buildCodeActions({ document, linted: older, options, range: diagnostics[0].range, context }), []);
  });

  it('ignores diagnostics of other sources and mismatched references', () => {
    const { document, linted, diagnostics, options } = setup();
    const foreign = { ...diagnostics[0], source: 'PSScriptAnalyzer' };
    const wrongRule = { ...diagnostics[0], data: { ruleId: 'connector-name', problemIndex: 0, version: 4 } };
    const actions = buildCodeActions({ document, linted, options, range: diagnostics[0].range, context: { diagnostics: [foreign, wrongRule], triggerKind: CodeActionTriggerKind.Automatic } });
    assert.deepStrictEqual(actions.filter((action) => action.kind !== FIX_ALL_KIND), []);
  });

  it('offers the insert-script refactoring only when asked for actions', () => {
    const { document, linted, options } = setup();
    const range = { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } };
    const automatic = buildCodeActions({ document, linted, options, range, context: { diagnostics: [], triggerKind: CodeActionTriggerKind.Automatic } });
    assert.ok(!automatic.some((action) => action.title === INSERT_SCRIPT_TITLE));
    const invoked = buildCodeActions({ document, linted, options: { ...options, connectors: { ad: ['fabrikam.com'], azureAd: ['fabrikam.onmicrosoft.com - AAD'] } }, range, context: { diagnostics: [], triggerKind: CodeActionTriggerKind.Invoked } });
    const insert = invoked.find((action) => action.title === INSERT_SCRIPT_TITLE);
    assert.ok(insert);
    assert.strictEqual(insert.kind, CodeActionKind.Refactor);
    const inserted = insertedText(insert);
    assert.ok(inserted.startsWith('$adConnector = "fabrikam.com"\r\n$azureadConnector = "fabrikam.onmicrosoft.com - AAD"\r\n'));
    assert.ok(!inserted.includes('<CASE SENSITIVE'));
  });

  it('honours context.only', () => {
    const { document, linted, diagnostics, options } = setup();
    const onlyRefactor = buildCodeActions({ document, linted, options, range: diagnostics[0].range, context: { diagnostics, only: [CodeActionKind.Refactor] } });
    assert.deepStrictEqual(onlyRefactor.map((action) => action.kind), [CodeActionKind.Refactor]);
    const onlyFixAll = buildCodeActions({ document, linted, options, range: diagnostics[0].range, context: { diagnostics, only: [CodeActionKind.SourceFixAll] } });
    assert.ok(onlyFixAll.every((action) => action.kind === FIX_ALL_KIND));
  });
});
