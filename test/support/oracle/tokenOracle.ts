import type { PwshProcess } from './pwshProcess';
import { compareTokens, type PowerShellTokens, type TokenComparison } from './tokenComparison';

export interface NamedText {
  name: string;
  text: string;
}

export interface TextComparison extends TokenComparison {
  name: string;
  text: string;
}

/**
 * PowerShell strips a byte-order mark when it reads a script file, and ParseInput gets text
 * already read; a space in its place keeps every offset where it was.
 */
function asPowerShellReadsIt(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
}

/** Sends every text to PowerShell at once (the process answers in turn) and compares the tokens. */
export async function compareWithPowerShell(pwsh: PwshProcess, texts: readonly NamedText[]): Promise<TextComparison[]> {
  const answers = await Promise.all(texts.map((item) => pwsh.request('tokens', { text: asPowerShellReadsIt(item.text) })));
  return texts.map((item, index) => ({ name: item.name, text: item.text, ...compareTokens(item.text, answers[index] as unknown as PowerShellTokens) }));
}
