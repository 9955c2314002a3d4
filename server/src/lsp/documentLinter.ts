import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText } from '../engine/lint';
import { optionsForDocument } from './dotSourcedFiles';
import type { LintedDocuments } from './lintedDocuments';
import { LintScheduler } from './lintScheduler';
import type { RuleFailureLog } from './ruleFailureLog';
import type { SettingsStore } from './settingsStore';
import { skippedDiagnostic, toDiagnostic } from './toDiagnostic';

/**
 * Lints open documents and publishes their diagnostics. Results are published only for the
 * version they were computed from, and only by the newest run for a document.
 */
export class DocumentLinter {
  private readonly runs = new Map<string, number>();
  private readonly scheduler = new LintScheduler((uri) => this.lint(uri));

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly linted: LintedDocuments,
    private readonly failures: RuleFailureLog,
  ) {}

  async onContentChanged(uri: string): Promise<void> {
    const settings = await this.settings.get(uri);
    if (settings.run === 'onType') this.scheduler.schedule(uri);
    // In onSave mode a document is still linted once when it opens.
    else if (!this.linted.has(uri) && !this.scheduler.isPending(uri)) this.scheduler.runNow(uri);
  }

  async onSaved(uri: string): Promise<void> {
    const settings = await this.settings.get(uri);
    if (settings.run === 'onSave') this.scheduler.runNow(uri);
  }

  lintAllOpen(): void {
    for (const document of this.documents.all()) this.scheduler.runNow(document.uri);
  }

  onClosed(uri: string): void {
    this.scheduler.cancel(uri);
    this.nextRun(uri);
    this.runs.delete(uri);
    this.linted.delete(uri);
    this.failures.forget(uri);
    this.settings.forget(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private nextRun(uri: string): number {
    const run = (this.runs.get(uri) ?? 0) + 1;
    this.runs.set(uri, run);
    return run;
  }

  private async lint(uri: string): Promise<void> {
    const run = this.nextRun(uri);
    const settings = await this.settings.get(uri);
    if (this.runs.get(uri) !== run) return;
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;

    if (!settings.enable) {
      this.linted.delete(uri);
      void this.connection.sendDiagnostics({ uri, version, diagnostics: [] });
      return;
    }

    const result = lintText(document.getText(), optionsForDocument(uri, settings.options, () => this.documents.all()));
    if (this.documents.get(uri)?.version !== version || this.runs.get(uri) !== run) return;

    for (const line of this.failures.takeNew(uri, version, result.ruleFailures, settings.options.locale)) this.connection.console.error(line);
    this.linted.set(uri, { version, result, settings });

    const diagnostics: Diagnostic[] = result.skipped
      ? [skippedDiagnostic(result.skipped.message)]
      : result.problems.map((problem, index) => toDiagnostic(document, problem, index, settings.options.locale));
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }
}
