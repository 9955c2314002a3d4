import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Token } from '../tokenizer/token';
import { tokenize } from '../tokenizer/tokenizer';

/** Tokens of each open document's latest version, so hovers and completions do not re-tokenize per request. */
export class DocumentTokens {
  private readonly byUri = new Map<string, { version: number; tokens: Token[] }>();

  get(document: TextDocument): Token[] {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached.tokens;
    // Hovers and completions read a handful of tokens around the cursor, from a small document.
    const tokens = tokenize(document.getText()).tokens.toArray();
    this.byUri.set(document.uri, { version: document.version, tokens });
    return tokens;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
