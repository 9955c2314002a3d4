import * as assert from 'assert';
import * as vscode from 'vscode';
import { assertDocsLink, closeAllEditors, codeValue, EXTENSION_ID, eventually, fixtureText, openUntitled, waitForDiagnostics } from '../suite/helpers';

const TOGGLE = 'password-sync-toggle';

/** A manifest text as the extension host hands it out: translated ones come as { value, original }. */
function shown(text: unknown): string {
  if (typeof text === 'object' && text !== null && 'value' in text) return String((text as { value: unknown }).value);
  return String(text);
}

describe('in a VS Code that runs in Dutch (adsyncLint.language: auto)', () => {
  afterEach(closeAllEditors);

  it('runs in Dutch, with the setting left at auto', () => {
    assert.strictEqual(vscode.env.language, 'nl');
    assert.strictEqual(vscode.workspace.getConfiguration('adsyncLint').get('language'), 'auto');
  });

  it('shows Dutch command titles and setting descriptions', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    const contributes = extension.packageJSON.contributes as {
      commands: Array<{ command: string; title: unknown }>;
      configuration: { properties: Record<string, { markdownDescription?: unknown }> };
    };
    const titles = Object.fromEntries(contributes.commands.map((command) => [command.command, shown(command.title)]));
    assert.strictEqual(titles['adsyncLint.applyFixAll'], 'Alle automatisch herstelbare problemen oplossen');
    assert.strictEqual(titles['adsyncLint.insertScript'], 'Script voor wachtwoordsynchronisatie invoegen');
    assert.match(shown(contributes.configuration.properties['adsyncLint.language'].markdownDescription), /^De taal van alles wat adsync-lint zegt/);
  });

  it('says its diagnostics and quick fixes in Dutch, and links the Dutch page', async () => {
    const { document } = await openUntitled(fixtureText('reversed-toggle.ps1'));
    const found = await waitForDiagnostics(document.uri, (all) => all.some((d) => codeValue(d) === TOGGLE));
    const diagnostic = found.find((d) => codeValue(d) === TOGGLE)!;
    assert.match(diagnostic.message, /^Uit- en inschakelen staan in de verkeerde volgorde/);
    assertDocsLink(diagnostic, TOGGLE, 'nl');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range);
    const titles = actions.map((action) => action.title);
    assert.ok(titles.includes('Eerst uitschakelen, dan inschakelen'), titles.join(' | '));
  });

  it('describes the snippets in Dutch', async () => {
    const { document } = await openUntitled('adsync');
    const item = await eventually(async () => {
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 6));
      return list?.items.find((candidate) => (typeof candidate.label === 'string' ? candidate.label : candidate.label.label) === 'adsync' && candidate.kind === vscode.CompletionItemKind.Snippet);
    }, 'the adsync snippet completion');
    assert.match(String(item.detail), /^Dwingt een volledige wachtwoord-hashsynchronisatie af/);
  });
});
