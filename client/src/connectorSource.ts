import * as path from 'path';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { ClientText } from './clientText';

/** Must match server/src/lsp/connectorSourceProtocol.ts and server/src/io/connectors/discoveredSource.ts. */
const DISCOVERED_FILES = 'adsyncLint/discoveredConnectorFiles';
const STATUS = 'adsyncLint/connectorSourceStatus';
const CHANGED = 'adsyncLint/connectorSourceChanged';
const DISCOVERY_GLOB = '{**/Connectors/Connector_*.xml,**/connectors.json}';
const WATCHED = ['**/Connectors/Connector_*.xml', '**/connectors.json'];
export const CHOOSE_CONNECTOR_SOURCE = 'adsyncLint.chooseConnectorSource';
const SETTING = 'connectorSource';
const MAX_DISCOVERED = 500;

/**
 * Everything this file shows the user, in `adsyncLint.language` at the moment it is shown. Each
 * English text is its key in l10n/bundle.l10n.nl.json; the icons stay outside the texts.
 */
function connectorSourceTexts(text: ClientText) {
  return {
    statusName: () => text.t('AD Sync Lint connector names'),
    open: (name: string) => `$(go-to-file) ${text.t('Open {0}', name)}`,
    openDetail: () => text.t('Where the connector names come from'),
    choose: () => `$(folder-opened) ${text.t('Choose a folder or file…')}`,
    chooseDetail: () => text.t('The folder Get-ADSyncServerConfiguration wrote, its Connectors folder, or a connectors.json'),
    searchWorkspace: () => `$(search) ${text.t('Look through the workspace instead')}`,
    searchWorkspaceDetail: () => text.t('Clear adsyncLint.connectorSource'),
    pickerTitle: () => text.t('AD Sync Lint: connector names'),
    openLabel: () => text.t('Read connector names from here'),
    filterExports: () => text.t('Connector exports'),
    searched: (count: number) =>
      count === 1
        ? text.t('Looked through the workspace for connector sources: 1 file found.')
        : text.t('Looked through the workspace for connector sources: {0} files found.', String(count)),
    searchFailed: (reason: string) => text.t('Could not look through the workspace for connector sources: {0}', reason),
  };
}

interface ConnectorSourceStatus {
  text: string;
  tooltip: string;
  location?: string;
  problems: string[];
}

interface PickItem extends vscode.QuickPickItem {
  run: () => Thenable<unknown>;
}

/**
 * The client's part in reading connector names from the server's files: it looks through the
 * workspace and watches it (the editor does that best), tells the server which files it found,
 * and shows where the names come from. Reading the files is the server's job.
 */
export class ConnectorSourceClient implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly statusItem = vscode.window.createStatusBarItem('adsyncLint.connectorSource', vscode.StatusBarAlignment.Right, 100);
  private configuredWatcher: vscode.FileSystemWatcher | undefined;
  private status: ConnectorSourceStatus | undefined;
  private discoverTimer: NodeJS.Timeout | undefined;
  private discovered: string[] = [];
  private readonly messages: ReturnType<typeof connectorSourceTexts>;

  constructor(
    private readonly client: LanguageClient,
    private readonly output: vscode.LogOutputChannel,
    text: ClientText,
  ) {
    this.messages = connectorSourceTexts(text);
    this.statusItem.name = this.messages.statusName();
    this.statusItem.command = CHOOSE_CONNECTOR_SOURCE;
    this.disposables.push(this.statusItem);
    for (const pattern of WATCHED) this.disposables.push(this.watch(vscode.workspace.createFileSystemWatcher(pattern)));
    this.watchFolders();
    this.disposables.push(
      vscode.commands.registerCommand(CHOOSE_CONNECTOR_SOURCE, () => this.choose()),
      vscode.window.onDidChangeActiveTextEditor(() => void this.refreshStatus()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.discoverSoon()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`adsyncLint.${SETTING}`)) this.watchConfiguredSource();
        if (event.affectsConfiguration('adsyncLint.language')) this.statusItem.name = this.messages.statusName();
      }),
      client.onNotification(CHANGED, () => void this.refreshStatus()),
      // A restarted server has forgotten what was found.
      client.onDidChangeState((event) => {
        if (event.newState === State.Running) this.discoverSoon(0);
      }),
    );
    this.watchConfiguredSource();
    this.discoverSoon(0);
  }

  /** Any change to a watched file means the names may have changed: search and read again. */
  private watch(watcher: vscode.FileSystemWatcher): vscode.FileSystemWatcher {
    watcher.onDidCreate(() => this.discoverSoon());
    watcher.onDidChange(() => this.discoverSoon());
    watcher.onDidDelete(() => this.discoverSoon());
    return watcher;
  }

  /**
   * An export copied into the workspace arrives as one new folder: the watcher reports the folder,
   * not the files in it. So a new folder, or a deleted one that held what was found, starts a search.
   */
  private watchFolders(): void {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    watcher.onDidCreate(async (uri) => {
      try {
        if ((await vscode.workspace.fs.stat(uri)).type & vscode.FileType.Directory) this.discoverSoon();
      } catch {
        // Gone again already: nothing to look at.
      }
    });
    watcher.onDidDelete((uri) => {
      const gone = uri.fsPath + path.sep;
      if (this.discovered.some((file) => file.startsWith(gone))) this.discoverSoon();
    });
    this.disposables.push(watcher);
  }

  /** A source outside the workspace is watched too, so that editing it reloads the names. */
  private watchConfiguredSource(): void {
    this.configuredWatcher?.dispose();
    this.configuredWatcher = undefined;
    const setting = vscode.workspace.getConfiguration('adsyncLint').get<string>(SETTING)?.trim();
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (setting) {
      const full = path.isAbsolute(setting) || !folder ? setting : path.join(folder.uri.fsPath, setting);
      this.configuredWatcher = this.watch(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(path.dirname(full)), `${path.basename(full)}{,/**}`)));
    }
  }

  /** Debounced: a server writing an export creates many files at once. */
  private discoverSoon(delayMs = 300): void {
    if (this.discoverTimer) clearTimeout(this.discoverTimer);
    this.discoverTimer = setTimeout(() => void this.discover(), delayMs);
  }

  private async discover(): Promise<void> {
    this.discoverTimer = undefined;
    try {
      const found = await vscode.workspace.findFiles(DISCOVERY_GLOB, '**/node_modules/**', MAX_DISCOVERED);
      const files = found.filter((uri) => uri.scheme === 'file').map((uri) => uri.fsPath);
      this.discovered = files;
      this.output.info(this.messages.searched(files.length));
      if (this.client.isRunning()) await this.client.sendNotification(DISCOVERED_FILES, { files });
    } catch (error) {
      this.output.warn(this.messages.searchFailed(String(error)));
    }
  }

  private async refreshStatus(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== 'powershell') {
      this.statusItem.hide();
      return;
    }
    try {
      this.status = await this.client.sendRequest<ConnectorSourceStatus | undefined>(STATUS, { uri: editor.document.uri.toString() });
    } catch {
      this.status = undefined;
    }
    if (!this.status) {
      this.statusItem.hide();
      return;
    }
    this.statusItem.text = this.status.text;
    this.statusItem.tooltip = this.status.tooltip;
    this.statusItem.show();
  }

  private async choose(): Promise<void> {
    const items: PickItem[] = [];
    const location = this.status?.location;
    if (location) items.push({ label: this.messages.open(path.basename(location)), detail: this.messages.openDetail(), run: () => this.open(location) });
    items.push({ label: this.messages.choose(), detail: this.messages.chooseDetail(), run: () => this.pickSource() });
    if (vscode.workspace.getConfiguration('adsyncLint').get<string>(SETTING)?.trim()) {
      items.push({ label: this.messages.searchWorkspace(), detail: this.messages.searchWorkspaceDetail(), run: () => this.updateSetting(undefined) });
    }
    const picked = await vscode.window.showQuickPick(items, { title: this.messages.pickerTitle() });
    if (picked) await picked.run();
  }

  private async open(location: string): Promise<void> {
    const uri = vscode.Uri.file(location);
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) await vscode.commands.executeCommand('revealInExplorer', uri);
    else await vscode.window.showTextDocument(uri);
  }

  private async pickSource(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const chosen = await vscode.window.showOpenDialog({
      canSelectFiles: true,
      canSelectFolders: true,
      canSelectMany: false,
      defaultUri: folder?.uri,
      openLabel: this.messages.openLabel(),
      filters: { [this.messages.filterExports()]: ['json', 'xml'] },
    });
    const uri = chosen?.[0];
    if (!uri) return;
    const owner = vscode.workspace.getWorkspaceFolder(uri);
    const value = owner ? path.relative(owner.uri.fsPath, uri.fsPath).split(path.sep).join('/') || '.' : uri.fsPath;
    await this.updateSetting(value);
  }

  private updateSetting(value: string | undefined): Thenable<void> {
    const target = vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    return vscode.workspace.getConfiguration('adsyncLint').update(SETTING, value, target);
  }

  dispose(): void {
    if (this.discoverTimer) clearTimeout(this.discoverTimer);
    this.configuredWatcher?.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
