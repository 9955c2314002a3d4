import {
  CodeActionKind,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildCodeActions } from './lsp/codeActions';
import { FIX_ALL_KIND, serverCommandIds } from './lsp/commandIds';
import { clientSupportOf, NO_CLIENT_SUPPORT } from './lsp/clientSupport';
import { CommandHandler } from './lsp/commands';
import { ConnectorSourceMethods } from './lsp/connectorSourceProtocol';
import { ConnectorSourceStore } from './lsp/connectorSourceStore';
import { COMPLETION_TRIGGER_CHARACTERS, connectorCompletions } from './lsp/completion';
import { DocumentLinter } from './lsp/documentLinter';
import { DocumentTokens } from './lsp/documentTokens';
import { hoverAt } from './lsp/hover';
import { LintedDocuments } from './lsp/lintedDocuments';
import { RuleFailureLog } from './lsp/ruleFailureLog';
import { useCommandLinks } from './lsp/ruleDocLinks';
import { SettingsStore } from './lsp/settingsStore';
import { filePathOfUri } from './io/connectors/sourceLocation';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let client = NO_CLIENT_SUPPORT;
let workspaceFolders: string[] = [];
let clientLocale: string | undefined;

const connectorSources = new ConnectorSourceStore(connection, () => workspaceFolders);
const settings = new SettingsStore(connection, () => client.pullsConfiguration, connectorSources, () => clientLocale);
const linted = new LintedDocuments();
const tokens = new DocumentTokens();
const linter = new DocumentLinter(connection, documents, settings, linted, new RuleFailureLog());
const commands = new CommandHandler(connection, documents, settings, () => client.showsDocuments, () => settings.defaultLocale());

connection.onInitialize((params): InitializeResult => {
  client = clientSupportOf(params.capabilities);
  clientLocale = params.locale;
  settings.useInitializationOptions(params.initializationOptions);
  const init = params.initializationOptions as { ruleDocLinks?: unknown } | null | undefined;
  useCommandLinks(init?.ruleDocLinks === 'command');
  const folderUris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspaceFolders = folderUris.map(filePathOfUri).filter((folder): folder is string => folder !== undefined);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, CodeActionKind.Refactor], resolveProvider: false },
      executeCommandProvider: { commands: [...serverCommandIds] },
      completionProvider: { triggerCharacters: [...COMPLETION_TRIGGER_CHARACTERS], resolveProvider: false },
      hoverProvider: true,
    },
    serverInfo: { name: 'adsync-lint' },
  };
});

// The client sends this for the `adsyncLint` section (its `synchronize.configurationSection`).
connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as { adsyncLint?: unknown } | null | undefined)?.adsyncLint;
  settings.invalidate(pushed);
  linter.lintAllOpen();
  // adsyncLint.connectorSource may now point elsewhere.
  void connection.sendNotification(ConnectorSourceMethods.changed);
});

/** The connector names may have changed: read the sources again, relint, and let the client update its status. */
function connectorSourcesChanged(): void {
  connectorSources.forgetReadings();
  settings.invalidate(undefined);
  linter.lintAllOpen();
  void connection.sendNotification(ConnectorSourceMethods.changed);
}

connection.onNotification(ConnectorSourceMethods.discoveredFiles, (params: { files?: unknown }) => {
  const files = Array.isArray(params?.files) ? params.files.filter((file): file is string => typeof file === 'string') : [];
  connectorSources.setDiscoveredFiles(files);
  connectorSourcesChanged();
});
// Clients that watch files for the server (any LSP client) report changes to a source here.
connection.onDidChangeWatchedFiles(() => connectorSourcesChanged());
connection.onRequest(ConnectorSourceMethods.status, async (params: { uri?: unknown }) => {
  if (typeof params?.uri !== 'string') return undefined;
  return (await settings.get(params.uri)).connectorStatus;
});

documents.onDidChangeContent((event) => void linter.onContentChanged(event.document.uri));
documents.onDidSave((event) => void linter.onSaved(event.document.uri));
documents.onDidClose((event) => {
  linter.onClosed(event.document.uri);
  tokens.forget(event.document.uri);
});

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const documentSettings = await settings.get(document.uri);
  // The text may have changed while the settings were read; acting on it then would be acting blind.
  if (!documentSettings.enable || documents.get(document.uri)?.version !== document.version) return [];
  return buildCodeActions({
    document,
    range: params.range,
    context: params.context,
    linted: linted.get(document.uri, document.version),
    options: documentSettings.options,
  });
});

connection.onExecuteCommand((params) => commands.execute(params));

connection.onCompletion(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const documentSettings = await settings.get(document.uri);
  if (!documentSettings.enable) return [];
  return connectorCompletions(document, tokens.get(document), document.offsetAt(params.position), documentSettings.options.connectors, documentSettings.options.locale);
});

connection.onHover(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return undefined;
  const documentSettings = await settings.get(document.uri);
  if (!documentSettings.enable) return undefined;
  return hoverAt(document, tokens.get(document), document.offsetAt(params.position), documentSettings.options.locale);
});

documents.listen(connection);
connection.listen();
