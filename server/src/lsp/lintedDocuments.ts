import type { LintResult } from '../engine/lint';
import type { DocumentSettings } from './settings';

export interface LintedDocument {
  /** The document version the result belongs to. */
  version: number;
  result: LintResult;
  settings: DocumentSettings;
}

/** The latest published lint of each open document, which code actions build on. */
export class LintedDocuments {
  private readonly byUri = new Map<string, LintedDocument>();

  set(uri: string, linted: LintedDocument): void {
    this.byUri.set(uri, linted);
  }

  /** The lint of exactly this version, or undefined when the text changed since. */
  get(uri: string, version: number): LintedDocument | undefined {
    const linted = this.byUri.get(uri);
    return linted && linted.version === version ? linted : undefined;
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }
}
