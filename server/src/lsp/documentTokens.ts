import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TokenList } from '../tokenizer/tokenList';
import { tokenize } from '../tokenizer/tokenizer';

/** Tokens of each open document's latest version, so hovers and completions do not re-tokenize per request. */
export class DocumentTokens {
  private readonly byUri = new Map<string, { version: number; tokens: TokenList }>();

  get(document: TextDocument): TokenList {
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version) return cached.tokens;
    const tokens = tokenize(document.getText()).tokens;
    this.byUri.set(document.uri, { version: document.version, tokens });
    return tokens;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
