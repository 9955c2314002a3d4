import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ClientText } from './clientText';

interface SnippetDefinition {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

/**
 * The password-sync snippets as completions. VS Code cannot translate the descriptions of
 * snippets contributed in the manifest, so they are offered here, with descriptions in the
 * language of `adsyncLint.language`.
 */
export function registerSnippetCompletions(extensionPath: string, text: ClientText): vscode.Disposable {
  let snippets: Record<string, SnippetDefinition> = {};
  try {
    snippets = JSON.parse(fs.readFileSync(path.join(extensionPath, 'snippets', 'powershell.json'), 'utf8')) as Record<string, SnippetDefinition>;
  } catch {
    // A damaged install offers no snippets rather than failing activation.
  }
  return vscode.languages.registerCompletionItemProvider({ language: 'powershell' }, {
    provideCompletionItems() {
      const items: vscode.CompletionItem[] = [];
      for (const snippet of Object.values(snippets)) {
        const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
        const description = text.t(snippet.description);
        for (const prefix of Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix]) {
          const item = new vscode.CompletionItem({ label: prefix, description }, vscode.CompletionItemKind.Snippet);
          item.insertText = new vscode.SnippetString(body);
          item.detail = description;
          item.documentation = new vscode.MarkdownString().appendCodeblock(new vscode.SnippetString(body).value.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\\\$/g, '$'), 'powershell');
          items.push(item);
        }
      }
      return items;
    },
  });
}
