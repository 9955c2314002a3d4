import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver/node';
import { fixAll } from '../engine/fixAll';
import type { LintOptions } from '../shared/options';
import { optionsForDocument } from './dotSourcedFiles';
import { minimalEdit } from './minimalEdit';

/** "Fix all" as one edit spanning only the changed part, or undefined when nothing is fixable. */
export function fixAllEdit(document: TextDocument, options: LintOptions, ruleIds?: readonly string[]): TextEdit | undefined {
  const text = document.getText();
  const edit = minimalEdit(text, fixAll(text, optionsForDocument(document.uri, options), ruleIds).output);
  if (!edit) return undefined;
  return { range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.text };
}
