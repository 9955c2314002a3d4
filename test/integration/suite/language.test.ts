import * as assert from 'assert';
import * as vscode from 'vscode';
import { assertDocsLink, closeAllEditors, codeValue, eventually, fixtureText, markdownPreviewLabels, openUntitled, waitForDiagnostics, withSettings } from './helpers';

const TOGGLE = 'password-sync-toggle';
const DUTCH_REVERSED = /^Uit- en inschakelen staan in de verkeerde volgorde/;
const ENGLISH_REVERSED = /^The toggle is reversed/;

async function quickFixTitles(uri: vscode.Uri, range: vscode.Range): Promise<string[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range);
  return (actions ?? []).map((action) => action.title);
}

function toggleDiagnostic(found: vscode.Diagnostic[], message: RegExp): vscode.Diagnostic | undefined {
  return found.find((diagnostic) => codeValue(diagnostic) === TOGGLE && message.test(diagnostic.message));
}

describe('adsyncLint.language', () => {
  afterEach(closeAllEditors);

  it('nl gives Dutch diagnostics, quick fixes and pages in an English VS Code, and back without a restart', async () => {
    assert.strictEqual(vscode.env.language, 'en');
    const { document } = await openUntitled(fixtureText('reversed-toggle.ps1'));
    await waitForDiagnostics(document.uri, (found) => toggleDiagnostic(found, ENGLISH_REVERSED) !== undefined);

    await withSettings({ language: 'nl' }, async () => {
      const found = await waitForDiagnostics(document.uri, (all) => toggleDiagnostic(all, DUTCH_REVERSED) !== undefined);
      const diagnostic = toggleDiagnostic(found, DUTCH_REVERSED)!;
      assertDocsLink(diagnostic, TOGGLE, 'nl');
      const titles = await eventually(async () => {
        const all = await quickFixTitles(document.uri, diagnostic.range);
        return all.includes('Eerst uitschakelen, dan inschakelen') ? all : undefined;
      }, 'the Dutch quick fix');
      assert.ok(titles.includes(`${TOGGLE} uitschakelen voor deze regel`), titles.join(' | '));
      assert.ok(titles.includes(`Documentatie voor ${TOGGLE} weergeven`), titles.join(' | '));
      assert.ok(!titles.includes('Disable first, then enable'), titles.join(' | '));
    });

    const english = await waitForDiagnostics(document.uri, (all) => toggleDiagnostic(all, ENGLISH_REVERSED) !== undefined);
    assertDocsLink(toggleDiagnostic(english, ENGLISH_REVERSED)!, TOGGLE, 'en');
  });

  it('"Show documentation" opens the installed page in the Markdown preview, offline', async () => {
    const { document } = await openUntitled(fixtureText('reversed-toggle.ps1'));
    const found = await waitForDiagnostics(document.uri, (all) => toggleDiagnostic(all, ENGLISH_REVERSED) !== undefined);
    const diagnostic = toggleDiagnostic(found, ENGLISH_REVERSED)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
    const docs = actions.find((action) => action.title === `Show documentation for ${TOGGLE}`);
    assert.ok(docs?.command, 'no show-documentation action');
    await vscode.commands.executeCommand(docs.command.command, ...(docs.command.arguments ?? []));
    const labels = await eventually(async () => {
      const open = markdownPreviewLabels();
      return open.some((label) => label.includes(`${TOGGLE}.md`)) ? open : undefined;
    }, 'a Markdown preview of the rule page');
    assert.ok(labels.length > 0);
  });
});
