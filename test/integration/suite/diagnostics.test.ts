import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  assertDocsLink,
  codeValue,
  coveredTexts,
  fixtureText,
  hasCode,
  openFixture,
  openUntitled,
  ours,
  sleep,
  waitForDiagnostics,
} from './helpers';

/** Long enough for a debounced lint of a small file to have been published. */
const QUIET_MS = 1_500;

function only(diagnostics: vscode.Diagnostic[], code: string): vscode.Diagnostic[] {
  return diagnostics.filter((diagnostic) => codeValue(diagnostic) === code);
}

/**
 * A sync script with a known problem gets its diagnostic in this session, so the server is up and
 * linting: without this, "no diagnostics" would also pass with a dead or never started server.
 */
async function showServerIsUp(): Promise<void> {
  const broken = await openFixture('missing-toggle.ps1');
  await waitForDiagnostics(broken.document.uri, hasCode('password-sync-toggle'));
}

describe('diagnostics', () => {
  afterEach(closeAllEditors);

  it('flags the docs placeholders left in, with code, docs link, severity and source', async () => {
    const { document } = await openFixture('broken-placeholders.ps1');
    const diagnostics = await waitForDiagnostics(document.uri, (found) => only(found, 'connector-name').length >= 2);
    const placeholders = only(diagnostics, 'connector-name');
    for (const [placeholder, diagnostic] of [
      ['<CASE SENSITIVE AD CONNECTOR NAME>', placeholders.find((d) => d.message.includes('"<CASE SENSITIVE AD CONNECTOR NAME>"'))],
      ['<CASE SENSITIVE AZURE AD CONNECTOR NAME>', placeholders.find((d) => d.message.includes('AZURE AD CONNECTOR NAME'))],
    ] as const) {
      assert.ok(diagnostic, `no diagnostic for ${placeholder}`);
      assert.strictEqual(diagnostic.source, 'adsync-lint');
      assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
      assertDocsLink(diagnostic, 'connector-name');
      // The problem may sit on the placeholder itself or on the use of the variable holding it;
      // either way the placeholder text is what the diagnostic or its related information covers.
      const covered = coveredTexts(document, diagnostic);
      assert.ok(covered.includes(placeholder) || covered.includes(`"${placeholder}"`), `covers ${JSON.stringify(covered)}`);
    }
  });

  it('flags a toggle with no -Enable $false call', async () => {
    const { document } = await openFixture('missing-toggle.ps1');
    const [diagnostic] = only(await waitForDiagnostics(document.uri, hasCode('password-sync-toggle')), 'password-sync-toggle');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assertDocsLink(diagnostic, 'password-sync-toggle');
    const line = document.lineAt(diagnostic.range.start.line).text;
    assert.ok(line.includes('Set-ADSyncAADPasswordSyncConfiguration') && line.includes('-Enable $true'), line);
  });

  it('flags a reversed toggle on one of the toggle calls', async () => {
    const { document } = await openFixture('reversed-toggle.ps1');
    const [diagnostic] = only(await waitForDiagnostics(document.uri, hasCode('password-sync-toggle')), 'password-sync-toggle');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(document.lineAt(diagnostic.range.start.line).text.startsWith('Set-ADSyncAADPasswordSyncConfiguration'));
    assert.ok(!diagnostic.range.isEmpty);
    assert.ok(document.getText(diagnostic.range).length > 0);
  });

  it('flags a script that never sets ForceFullPasswordSync', async () => {
    const { document } = await openFixture('missing-force-full.ps1');
    const [diagnostic] = only(await waitForDiagnostics(document.uri, hasCode('force-full-password-sync')), 'force-full-password-sync');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assertDocsLink(diagnostic, 'force-full-password-sync');
    assert.ok(document.lineAt(diagnostic.range.start.line).text.includes('Set-ADSyncAADPasswordSyncConfiguration'));
  });

  it('leaves the correct script alone', async () => {
    await showServerIsUp();
    const { document } = await openFixture('good.ps1');
    await sleep(QUIET_MS);
    assert.deepStrictEqual(ours(document.uri).map((d) => `${codeValue(d)}: ${d.message}`), []);
  });

  it('leaves an ordinary script alone', async () => {
    await showServerIsUp();
    const { document } = await openFixture('plain.ps1');
    await sleep(QUIET_MS);
    assert.deepStrictEqual(ours(document.uri).map((d) => `${codeValue(d)}: ${d.message}`), []);
  });

  it('clears diagnostics when the document closes', async () => {
    // An untitled document is disposed as soon as it is reverted and closed, so its close reaches the server at once.
    const { document } = await openUntitled(fixtureText('reversed-toggle.ps1'));
    await waitForDiagnostics(document.uri, hasCode('password-sync-toggle'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitForDiagnostics(document.uri, (found) => found.length === 0);
  });
});
