import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, eventually, openFixture, openUntitled, withSettings } from './helpers';

const connectors = { ad: ['contoso.com', 'fabrikam.com'], azureAd: ['contoso.onmicrosoft.com - AAD'] };

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  return (list?.items ?? []).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
}

/** The cursor position of `|` in the document's text (the text itself has no `|`). */
function cursorIn(text: string): { text: string; at: (document: vscode.TextDocument) => vscode.Position } {
  const offset = text.indexOf('|');
  return { text: text.slice(0, offset) + text.slice(offset + 1), at: (document) => document.positionAt(offset) };
}

describe('completion, hover and commands', () => {
  afterEach(closeAllEditors);

  it('completes connector names from adsyncLint.connectors where a connector name goes', async () => {
    await withSettings({ connectors }, async () => {
      const script = cursorIn('$c = Get-ADSyncConnector -Name "|"\nSet-ADSyncAADPasswordSyncConfiguration -SourceConnector $a -TargetConnector ""\n');
      const { document } = await openUntitled(script.text);
      const adNames = await eventually(async () => {
        const labels = await completionLabels(document.uri, script.at(document));
        return labels.includes('contoso.com') ? labels : undefined;
      }, 'AD connector completions');
      assert.ok(adNames.includes('fabrikam.com'));
      assert.ok(!adNames.includes('contoso.onmicrosoft.com - AAD'));

      const target = document.positionAt(document.getText().lastIndexOf('""') + 1);
      const azureNames = await completionLabels(document.uri, target);
      assert.ok(azureNames.includes('contoso.onmicrosoft.com - AAD'), azureNames.join(', '));
      assert.ok(!azureNames.includes('contoso.com'));
    });
  });

  it('inserts the script with the configured names through the palette command', async () => {
    await withSettings({ connectors }, async () => {
      const editor = await openUntitled('');
      await eventually(async () => {
        await vscode.commands.executeCommand('adsyncLint.insertScript');
        return editor.document.getText().length > 0 ? true : undefined;
      }, 'the inserted script');
      const lines = editor.document.getText().split(/\r?\n/);
      assert.strictEqual(lines[0], '$adConnector = "contoso.com"');
      assert.strictEqual(lines[1], '$azureadConnector = "contoso.onmicrosoft.com - AAD"');
    });
  });

  it('explains Set-ADSyncAADPasswordSyncConfiguration on hover, with the docs link', async () => {
    const { document } = await openFixture('good.ps1');
    const line = document.getText().split('\n').findIndex((text) => text.startsWith('Set-ADSyncAADPasswordSyncConfiguration'));
    const hovers = await eventually(async () => {
      const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, 5));
      const text = (found ?? []).flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
      return text.includes('password-sync-toggle') ? text : undefined;
    }, 'a hover from adsync-lint');
    assert.match(hovers, /Set-ADSyncAADPasswordSyncConfiguration/);
    // The link runs the show-docs command on the page installed with the extension.
    assert.match(decodeURIComponent(hovers), /\(command:adsyncLint\.showRuleDocs\?\["file:\/\/\/.*\/docs\/rules\/password-sync-toggle\.md"\]\)/);
  });
});
