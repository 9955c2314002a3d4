import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditors, codeValue, extensionPath, fixtureText, hasCode, openUntitled, waitForDiagnostics } from './helpers';

interface Snippet {
  prefix: string[];
  body: string[];
}

function snippetBody(prefix: string): string {
  const snippets: Record<string, Snippet> = JSON.parse(fs.readFileSync(path.join(extensionPath(), 'snippets', 'powershell.json'), 'utf8'));
  const snippet = Object.values(snippets).find((candidate) => candidate.prefix.includes(prefix));
  assert.ok(snippet, `no snippet with prefix ${prefix}`);
  return snippet.body.join('\n');
}

describe('snippets', () => {
  afterEach(closeAllEditors);

  for (const prefix of ['adsync', 'adsync-forests']) {
    it(`inserts a script with no problems (${prefix})`, async () => {
      // Start from a broken script so that "no diagnostics" afterwards means the snippet was linted clean.
      const editor = await openUntitled(fixtureText('broken-placeholders.ps1'));
      await waitForDiagnostics(editor.document.uri, hasCode('connector-name'));
      const all = new vscode.Range(0, 0, editor.document.lineCount, 0);
      assert.ok(await editor.insertSnippet(new vscode.SnippetString(snippetBody(prefix)), all));
      // Leave snippet mode, accepting the default names.
      await vscode.commands.executeCommand('leaveSnippet');
      const text = editor.document.getText();
      assert.ok(!text.includes('<CASE SENSITIVE'), text);
      assert.ok(text.includes('contoso.com'), text);
      const diagnostics = await waitForDiagnostics(editor.document.uri, (found) => found.length === 0).catch((error: Error) => {
        throw new Error(`${error.message}\n${text}`);
      });
      assert.deepStrictEqual(diagnostics.map(codeValue), []);
    });
  }
});
