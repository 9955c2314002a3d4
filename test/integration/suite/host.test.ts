// Smoke test for the test host itself: it is a real VS Code with the PowerShell language known,
// so a failure here points at the host, not at the extension.
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';

const workspaceDir = path.resolve(__dirname, '../../../../test/integration/workspace');

describe('VS Code test host', () => {
  it('runs a VS Code 1.x', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  it('opens a .ps1 file as PowerShell', async () => {
    const document = await vscode.workspace.openTextDocument(path.join(workspaceDir, 'plain.ps1'));
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'powershell');
  });
});
