import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { canonicalScript } from '../../../server/src/fixes/canonicalScript';
import { adConnector, azureAdConnector, oneLineExportJson, outFile, writeServerConfigExport } from '../../support/connectorExports';
import { closeAllEditors, codeValue, eventually, hasCode, openUntitled, waitForDiagnostics, withSettings, workspaceFolder } from './helpers';

const RULE = 'connector-name';
const WRONG_CASE = canonicalScript({ adConnector: 'Contoso.com', azureAdConnector: 'contoso.onmicrosoft.com - AAD' });

/**
 * The export folder exists only while a test runs: the other suites share the workspace and expect
 * no connector names in it. Creating it also shows that the workspace is watched.
 */
function exportFolder(): string {
  return path.join(workspaceFolder().uri.fsPath, 'server-config');
}

function removeExport(): void {
  fs.rmSync(exportFolder(), { recursive: true, force: true });
}

describe('connector names from the server configuration export', () => {
  before(removeExport);
  afterEach(async () => {
    removeExport();
    await closeAllEditors();
  });

  it('reads an export folder in the workspace without any setting: a wrong-case name gets an error and its fix', async () => {
    const { document } = await openUntitled(WRONG_CASE);
    // No names known yet: "Contoso.com" is a plausible forest name, so nothing is reported.
    await waitForDiagnostics(document.uri, (found) => found.length === 0);

    writeServerConfigExport(exportFolder(), [adConnector('contoso.com', '5a1b4c2d-0e3f-4a5b-8c7d-9e0f1a2b3c4d'), azureAdConnector('contoso.onmicrosoft.com - AAD')]);
    const found = await waitForDiagnostics(document.uri, hasCode(RULE));
    const diagnostic = found.find((d) => codeValue(d) === RULE);
    assert.ok(diagnostic);
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.match(diagnostic.message, /differs only in case from your connector "contoso\.com"/);
    assert.match(diagnostic.message, /connector names are case sensitive/);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
    const fix = (actions ?? []).find((action) => action.isPreferred);
    assert.strictEqual(fix?.title, 'Use connector name "contoso.com"', (actions ?? []).map((action) => action.title).join(' | '));
    assert.ok(fix.edit && (await vscode.workspace.applyEdit(fix.edit)));
    assert.strictEqual(document.getText().split(/\r?\n/)[0], '$adConnector = "contoso.com"');
    await waitForDiagnostics(document.uri, (after) => after.length === 0);
  });

  it('reloads the names when the export goes away', async () => {
    writeServerConfigExport(exportFolder(), [adConnector('contoso.com', '5a1b4c2d-0e3f-4a5b-8c7d-9e0f1a2b3c4d'), azureAdConnector('contoso.onmicrosoft.com - AAD')]);
    const { document } = await openUntitled(WRONG_CASE);
    await waitForDiagnostics(document.uri, hasCode(RULE));
    removeExport();
    await waitForDiagnostics(document.uri, (found) => found.length === 0);
  });

  it('inserts the script for every forest with the export\'s names', async () => {
    writeServerConfigExport(exportFolder(), [
      adConnector('contoso.com', '5a1b4c2d-0e3f-4a5b-8c7d-9e0f1a2b3c4d'),
      adConnector('fabrikam.com', '0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f'),
      azureAdConnector('contoso.onmicrosoft.com - AAD'),
    ]);
    const editor = await openUntitled('');
    const text = await eventually(async () => {
      await vscode.commands.executeCommand('adsyncLint.insertScriptForEveryForest');
      const inserted = editor.document.getText();
      if (inserted.includes('fabrikam.com')) return inserted;
      // Inserted before the export was read: undo and ask again.
      if (inserted.length > 0) await vscode.commands.executeCommand('undo');
      return undefined;
    }, 'the script for every forest with the export\'s names');
    const lines = text.split(/\r?\n/);
    assert.strictEqual(lines[0], '$azureadConnector = "contoso.onmicrosoft.com - AAD"');
    // The export's files are read in the order of their names, which are GUIDs.
    assert.strictEqual(lines[2], 'foreach ($adConnector in @("fabrikam.com", "contoso.com")) {');
    await waitForDiagnostics(editor.document.uri, (found) => found.length === 0);
  });

  it('reads the file adsyncLint.connectorSource names: the one-line export as Windows PowerShell writes it', async () => {
    fs.mkdirSync(exportFolder(), { recursive: true });
    const json = oneLineExportJson([{ Name: 'contoso.com', Type: 'AD' }, { Name: 'contoso.onmicrosoft.com - AAD', Type: 'Extensible2' }], '5.1');
    fs.writeFileSync(path.join(exportFolder(), 'exported.json'), outFile(json, '5.1'));
    const { document } = await openUntitled(WRONG_CASE);
    await withSettings({ connectorSource: 'server-config/exported.json' }, async () => {
      const found = await waitForDiagnostics(document.uri, hasCode(RULE));
      assert.match(found.find((d) => codeValue(d) === RULE)?.message ?? '', /differs only in case from your connector "contoso\.com"/);
    });
  });
});
