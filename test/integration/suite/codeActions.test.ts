import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, codeValue, fixtureText, hasCode, openUntitled, waitForDiagnostics } from './helpers';

const TOGGLE = 'password-sync-toggle';

async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, kind);
  return (actions ?? []).filter((action): action is vscode.CodeAction => 'title' in action && !('command' in action && typeof action.command === 'string'));
}

function normalized(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

describe('code actions', () => {
  afterEach(closeAllEditors);

  it('applies the preferred fix of a reversed toggle, after which the problem is gone', async () => {
    const { document } = await openUntitled(fixtureText('reversed-toggle.ps1'));
    const [diagnostic] = (await waitForDiagnostics(document.uri, hasCode(TOGGLE))).filter((d) => codeValue(d) === TOGGLE);
    const actions = await codeActionsAt(document.uri, diagnostic.range);
    const titles = actions.map((action) => action.title);
    assert.ok(titles.includes(`Disable ${TOGGLE} for this line`), titles.join(' | '));
    assert.ok(titles.includes(`Disable ${TOGGLE} for this file`), titles.join(' | '));
    const docs = actions.find((action) => action.title === `Show documentation for ${TOGGLE}`);
    assert.strictEqual(docs?.command?.command, 'adsyncLint.showRuleDocs');

    const preferred = actions.filter((action) => action.isPreferred);
    assert.strictEqual(preferred.length, 1, titles.join(' | '));
    assert.ok(preferred[0].kind?.value.startsWith('quickfix'));
    // vscode.executeCodeActionProvider does not hand back an action's diagnostics; the unit tests check that link.
    assert.ok(preferred[0].edit && (await vscode.workspace.applyEdit(preferred[0].edit)));

    assert.strictEqual(normalized(document.getText()), normalized(fixtureText('good.ps1')));
    await waitForDiagnostics(document.uri, (found) => !hasCode(TOGGLE)(found));
  });

  it('disables a rule for one line with a comment above it', async () => {
    const { document } = await openUntitled(fixtureText('missing-toggle.ps1'));
    const [diagnostic] = (await waitForDiagnostics(document.uri, hasCode(TOGGLE))).filter((d) => codeValue(d) === TOGGLE);
    const line = diagnostic.range.start.line;
    const disable = (await codeActionsAt(document.uri, diagnostic.range)).find((action) => action.title === `Disable ${TOGGLE} for this line`);
    assert.ok(disable?.edit && (await vscode.workspace.applyEdit(disable.edit)));
    assert.strictEqual(document.lineAt(line).text, `# adsync-lint-disable-next-line ${TOGGLE}`);
    await waitForDiagnostics(document.uri, (found) => !hasCode(TOGGLE)(found));
  });

  it('fixes everything at once through the palette command', async () => {
    const { document } = await openUntitled(fixtureText('reversed-toggle.ps1'));
    await waitForDiagnostics(document.uri, hasCode(TOGGLE));
    await vscode.commands.executeCommand('adsyncLint.applyFixAll');
    assert.strictEqual(normalized(document.getText()), normalized(fixtureText('good.ps1')));
    await waitForDiagnostics(document.uri, (found) => found.length === 0);
  });

  it('offers fix-all as a source.fixAll.adsync-lint action', async () => {
    const { document } = await openUntitled(fixtureText('missing-toggle.ps1'));
    await waitForDiagnostics(document.uri, hasCode(TOGGLE));
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await codeActionsAt(document.uri, whole, 'source.fixAll.adsync-lint');
    const fixAll = actions.find((action) => action.kind?.value === 'source.fixAll.adsync-lint');
    assert.ok(fixAll?.edit, actions.map((action) => `${action.kind?.value} ${action.title}`).join(' | '));
    // One edit, spanning only what changes.
    const edits = fixAll.edit.entries().flatMap(([, textEdits]) => textEdits);
    assert.strictEqual(edits.length, 1);
    assert.ok(edits[0].range.start.line >= 8, `starts at line ${edits[0].range.start.line + 1}`);
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    await waitForDiagnostics(document.uri, (found) => found.length === 0);
  });

  it('inserts the password sync script through the refactoring', async () => {
    const editor = await openUntitled('# my script\n');
    const position = new vscode.Position(1, 0);
    const insert = (await codeActionsAt(editor.document.uri, new vscode.Range(position, position), 'refactor')).find(
      (action) => action.title === 'Insert the AD Connect password sync script',
    );
    assert.ok(insert?.edit && (await vscode.workspace.applyEdit(insert.edit)));
    const text = editor.document.getText();
    assert.ok(text.startsWith('# my script\n$adConnector = ""\n$azureadConnector = ""\nImport-Module adsync\n'), text);
    assert.ok(!text.includes('<CASE SENSITIVE'));
  });
});
