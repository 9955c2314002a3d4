import type { TextDocument } from 'vscode-languageserver-textdocument';
import { filePathOfUri } from '../io/connectors/sourceLocation';
import { createDotSourceReader } from '../io/dotSourceReader';
import type { LintOptions } from '../shared/options';

/**
 * The lint options for a document, with a reader for the files it dot-sources: from the editor
 * when they are open there (unsaved text included), else from disk. An untitled script has no
 * folder to resolve them against, so its dot-sourced files stay unknown.
 */
export function optionsForDocument(uri: string, options: LintOptions, openDocuments?: () => readonly TextDocument[]): LintOptions {
  const scriptPath = filePathOfUri(uri);
  if (scriptPath === undefined) return options;
  const openText = openDocuments
    ? (absolute: string) => openDocuments().find((document) => filePathOfUri(document.uri) === absolute)?.getText()
    : undefined;
  return { ...options, readDotSourced: createDotSourceReader(scriptPath, openText) };
}
