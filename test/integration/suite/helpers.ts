import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'adsync-lint.adsync-lint';
export const SOURCE = 'adsync-lint';

/** How long the server may take to start and lint; the first test also waits for activation. */
export const DIAGNOSTICS_TIMEOUT_MS = 20_000;

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The integration tests need test/integration/workspace opened as the workspace folder.');
  return folder;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, name);
}

export function fixtureText(name: string): string {
  return fs.readFileSync(fixtureUri(name).fsPath, 'utf8');
}

export function extensionPath(): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`Extension ${EXTENSION_ID} is not loaded.`);
  return extension.extensionPath;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'none';
  return diagnostics
    .map((d) => `${codeValue(d) ?? '(no code)'} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.message}`)
    .join('; ');
}

/**
 * Resolves with adsync-lint's diagnostics for `uri` as soon as they satisfy `predicate`
 * (checked now and on every change), or rejects after `timeoutMs` saying what was seen.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = DIAGNOSTICS_TIMEOUT_MS,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = ours(uri);
      if (!predicate(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for diagnostics on ${uri.toString()}; last seen: ${describeDiagnostics(ours(uri))}`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}

export function hasCode(code: string): (diagnostics: vscode.Diagnostic[]) => boolean {
  return (diagnostics) => diagnostics.some((diagnostic) => codeValue(diagnostic) === code);
}

export function codeValue(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function codeTarget(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? code.target.toString(true) : undefined;
}

/** Polls `probe` until it returns a value, for results that depend on a settings round trip. */
export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = DIAGNOSTICS_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(document);
}

/** An untitled PowerShell editor, for tests that change the text: the fixtures on disk stay as they are. */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'powershell', content });
  return vscode.window.showTextDocument(document);
}

export async function closeAllEditors(): Promise<void> {
  // Untitled documents would otherwise ask whether to save.
  for (let i = 0; i < 20 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Runs `body` with some `adsyncLint` settings written to the workspace (in this single-folder
 * workspace, the folder's .vscode/settings.json), then restores
 * them (and removes a settings file the test created), whether `body` passes or not.
 */
export async function withSettings(values: Record<string, unknown>, body: () => Promise<void>): Promise<void> {
  const folder = workspaceFolder();
  const settingsFile = path.join(folder.uri.fsPath, '.vscode', 'settings.json');
  const settingsDir = path.dirname(settingsFile);
  const dirExisted = fs.existsSync(settingsDir);
  const fileExisted = fs.existsSync(settingsFile);
  const configuration = vscode.workspace.getConfiguration('adsyncLint', folder.uri);
  const previous = new Map<string, unknown>();
  for (const key of Object.keys(values)) previous.set(key, configuration.inspect(key)?.workspaceValue);
  try {
    for (const [key, value] of Object.entries(values)) await configuration.update(key, value, vscode.ConfigurationTarget.Workspace);
    await body();
  } finally {
    for (const [key, value] of previous) await vscode.workspace.getConfiguration('adsyncLint', folder.uri).update(key, value, vscode.ConfigurationTarget.Workspace);
    if (!fileExisted && fs.existsSync(settingsFile) && /^\s*\{\s*\}\s*$/.test(fs.readFileSync(settingsFile, 'utf8'))) {
      fs.rmSync(settingsFile);
      if (!dirExisted && fs.readdirSync(settingsDir).length === 0) fs.rmdirSync(settingsDir);
    }
  }
}

/** The text a range covers, and the texts its related-information ranges cover. */
export function coveredTexts(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): string[] {
  return [document.getText(diagnostic.range), ...(diagnostic.relatedInformation ?? []).filter((info) => info.location.uri.toString() === document.uri.toString()).map((info) => document.getText(info.location.range))];
}

/**
 * The rule page a diagnostic's code links to: the link runs the show-docs command with the file
 * URI of the page installed with the extension (no web address).
 */
export function docsPageOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code !== 'object') return undefined;
  const target = code.target;
  if (target.scheme !== 'command' || target.path !== 'adsyncLint.showRuleDocs') return undefined;
  const [page] = JSON.parse(decodeURIComponent(target.query)) as unknown[];
  return typeof page === 'string' ? page : undefined;
}

export function docsUrlPattern(ruleId: string, locale: 'en' | 'nl' = 'en'): RegExp {
  return new RegExp(`^file:///.*/docs/rules/${locale === 'nl' ? 'nl/' : ''}${ruleId}\\.md$`);
}

/** Asserts that `diagnostic` links to the installed page of `ruleId` in `locale`, and that the page is there. */
export function assertDocsLink(diagnostic: vscode.Diagnostic, ruleId: string, locale: 'en' | 'nl' = 'en'): void {
  const page = docsPageOf(diagnostic) ?? '';
  if (!docsUrlPattern(ruleId, locale).test(page)) throw new Error(`${ruleId}: the diagnostic links to ${JSON.stringify(codeTarget(diagnostic))}, not its installed ${locale} page`);
  if (!fs.existsSync(vscode.Uri.parse(page).fsPath)) throw new Error(`${ruleId}: the linked page ${page} does not exist`);
}

/** The tabs showing a Markdown preview, by label. */
export function markdownPreviewLabels(): string[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('markdown.preview'))
    .map((tab) => tab.label);
}
