import * as assert from 'assert';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintProblem } from '../../../server/src/engine/lint';
import * as fs from 'fs';
import { fileURLToPath } from 'url';
import { useCommandLinks } from '../../../server/src/lsp/ruleDocLinks';
import { isProblemReference, skippedDiagnostic, toDiagnostic } from '../../../server/src/lsp/toDiagnostic';

function problem(overrides: Partial<LintProblem>): LintProblem {
  return { ruleId: 'connector-name', messageId: 'placeholder', severity: 'error', message: 'Use a real name.', start: 0, end: 0, related: [], fixes: [], ...overrides };
}

describe('lsp toDiagnostic', () => {
  const text = '$adConnector = "<CASE SENSITIVE AD CONNECTOR NAME>"\r\nImport-Module adsync\r\n';
  const document = TextDocument.create('file:///c/script.ps1', 'powershell', 7, text);

  it('maps offsets to positions and carries code, docs link, source and data', () => {
    const start = text.indexOf('"<');
    const end = text.indexOf('\r\n');
    const diagnostic = toDiagnostic(document, problem({ start, end }), 3);
    assert.deepStrictEqual(diagnostic.range, { start: { line: 0, character: 15 }, end: { line: 0, character: end } });
    assert.strictEqual(diagnostic.source, 'adsync-lint');
    assert.strictEqual(diagnostic.code, 'connector-name');
    assert.strictEqual(diagnostic.severity, DiagnosticSeverity.Error);
    assert.strictEqual(diagnostic.message, 'Use a real name.');
    assert.deepStrictEqual(diagnostic.data, { ruleId: 'connector-name', problemIndex: 3, version: 7 });
    assert.ok(isProblemReference(diagnostic.data));
    assert.strictEqual(diagnostic.relatedInformation, undefined);
  });

  it('maps every severity', () => {
    assert.strictEqual(toDiagnostic(document, problem({ severity: 'warning' }), 0).severity, DiagnosticSeverity.Warning);
    assert.strictEqual(toDiagnostic(document, problem({ severity: 'information' }), 0).severity, DiagnosticSeverity.Information);
  });

  it('turns related spans into related information on the same document', () => {
    const second = text.indexOf('Import');
    const diagnostic = toDiagnostic(document, problem({ related: [{ start: second, end: second + 6, message: 'here' }] }), 0);
    assert.deepStrictEqual(diagnostic.relatedInformation, [
      { location: { uri: document.uri, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } } }, message: 'here' },
    ]);
  });

  it('links the installed rule page, in the language of the lint, never a web address', () => {
    const english = toDiagnostic(document, problem({}), 0).codeDescription?.href ?? '';
    assert.match(english, /^file:\/\/.*\/docs\/rules\/connector-name\.md$/);
    assert.ok(fs.existsSync(fileURLToPath(english)), english);
    const dutch = toDiagnostic(document, problem({}), 0, 'nl').codeDescription?.href ?? '';
    assert.match(dutch, /^file:\/\/.*\/docs\/rules\/nl\/connector-name\.md$/);
    assert.ok(fs.existsSync(fileURLToPath(dutch)), dutch);
  });

  it('links through the show-docs command for a client that asks for command links', () => {
    useCommandLinks(true);
    try {
      const href = toDiagnostic(document, problem({}), 0, 'nl').codeDescription?.href ?? '';
      assert.ok(href.startsWith('command:adsyncLint.showRuleDocs?'), href);
      const [page] = JSON.parse(decodeURIComponent(href.slice(href.indexOf('?') + 1))) as string[];
      assert.match(page, /^file:\/\/.*\/docs\/rules\/nl\/connector-name\.md$/);
    } finally {
      useCommandLinks(false);
    }
  });

  it('reports a skipped file as one information diagnostic at the top', () => {
    const diagnostic = skippedDiagnostic('adsync-lint did not check this file');
    assert.deepStrictEqual(diagnostic.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.strictEqual(diagnostic.severity, DiagnosticSeverity.Information);
    assert.strictEqual(diagnostic.source, 'adsync-lint');
  });

  it('recognises only well-formed problem references', () => {
    assert.ok(!isProblemReference(undefined));
    assert.ok(!isProblemReference({ ruleId: 'x', problemIndex: '1', version: 1 }));
    assert.ok(!isProblemReference({ ruleId: 'x', problemIndex: 1.5, version: 1 }));
  });
});
