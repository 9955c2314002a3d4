import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { ClientText } from './clientText';
import { ConnectorSourceClient } from './connectorSource';
import { SERVER_EXEC_ARGV } from './serverRuntime';
import { registerSnippetCompletions } from './snippetCompletions';

/** Must match the ids the server registers (server/src/lsp/commandIds.ts); the client bundle does not import server code. */
const SHOW_RULE_DOCS = 'adsyncLint.showRuleDocs';
const DOCUMENT_COMMANDS = new Set(['adsyncLint.applyFixAll', 'adsyncLint.insertScript', 'adsyncLint.insertScriptForEveryForest']);

let client: LanguageClient | undefined;

/**
 * Opens a rule page installed with the extension (a file URI from the server) in VS Code's
 * Markdown preview: the page renders as it would on the web, with no network.
 */
async function showRulePage(page: unknown, text: ClientText): Promise<void> {
  if (typeof page !== 'string' || !page.startsWith('file:')) {
    void vscode.window.showWarningMessage(text.t('AD Sync Lint: this rule has no documentation page in this installation.'));
    return;
  }
  const uri = vscode.Uri.parse(page);
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // Without the built-in Markdown extension the page still opens, as text.
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}

/**
 * From the command palette the server's document commands arrive without arguments; they act on
 * the active PowerShell editor, at the version the user saw.
 */
function withActiveEditorTarget(command: string, args: unknown[]): unknown[] {
  if (!DOCUMENT_COMMANDS.has(command) || args.length > 0) return args;
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'powershell') return args;
  return [{ uri: editor.document.uri.toString(), version: editor.document.version, line: editor.selection.active.line }];
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('server', 'out', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('AD Sync Lint', { log: true });
  context.subscriptions.push(outputChannel);
  const text = new ClientText(context.extensionPath);
  context.subscriptions.push(registerSnippetCompletions(context.extensionPath, text));

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'powershell' },
      { scheme: 'untitled', language: 'powershell' },
    ],
    synchronize: { configurationSection: 'adsyncLint' },
    // Rule links as `command:` links, which open the installed page in the Markdown preview.
    initializationOptions: { ruleDocLinks: 'command' },
    markdown: { isTrusted: { enabledCommands: [SHOW_RULE_DOCS] } },
    outputChannel,
    middleware: {
      // The library registers the server's commands; opening a page belongs to the editor, not the server.
      executeCommand: async (command, args, next) => {
        if (command === SHOW_RULE_DOCS) {
          await showRulePage(args[0], text);
          return undefined;
        }
        return next(command, withActiveEditorTarget(command, args));
      },
    },
  };

  client = new LanguageClient('adsyncLint', 'AD Sync Lint', serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push(new ConnectorSourceClient(client, outputChannel, text));
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
