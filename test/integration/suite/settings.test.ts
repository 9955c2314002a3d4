import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeValue, hasCode, openFixture, waitForDiagnostics, withSettings } from './helpers';

describe('settings', () => {
  afterEach(closeAllEditors);

  it('follows adsyncLint.rules: a severity change and then "off"', async () => {
    const { document } = await openFixture('reversed-toggle.ps1');
    const toggle = (found: vscode.Diagnostic[]) => found.find((d) => codeValue(d) === 'password-sync-toggle');
    const before = toggle(await waitForDiagnostics(document.uri, hasCode('password-sync-toggle')));
    assert.strictEqual(before?.severity, vscode.DiagnosticSeverity.Error);

    await withSettings({ rules: { 'password-sync-toggle': 'warning' } }, async () => {
      await waitForDiagnostics(document.uri, (found) => toggle(found)?.severity === vscode.DiagnosticSeverity.Warning);
    });
    await withSettings({ rules: { 'password-sync-toggle': 'off' } }, async () => {
      await waitForDiagnostics(document.uri, (found) => toggle(found) === undefined);
    });
    // Restored: the default severity is back.
    await waitForDiagnostics(document.uri, (found) => toggle(found)?.severity === vscode.DiagnosticSeverity.Error);
  });

  it('turns linting off with adsyncLint.enable', async () => {
    const { document } = await openFixture('missing-toggle.ps1');
    await waitForDiagnostics(document.uri, hasCode('password-sync-toggle'));
    await withSettings({ enable: false }, async () => {
      await waitForDiagnostics(document.uri, (found) => found.length === 0);
    });
    await waitForDiagnostics(document.uri, hasCode('password-sync-toggle'));
  });

  it('says at the top of a file over adsyncLint.maxFileSize that it was not checked', async () => {
    const { document } = await openFixture('missing-toggle.ps1');
    await waitForDiagnostics(document.uri, hasCode('password-sync-toggle'));
    await withSettings({ maxFileSize: 100 }, async () => {
      const [skipped] = await waitForDiagnostics(document.uri, (found) => found.length === 1 && found[0].severity === vscode.DiagnosticSeverity.Information);
      assert.strictEqual(skipped.range.start.line, 0);
      assert.match(skipped.message, /did not check this file/);
    });
  });
});
