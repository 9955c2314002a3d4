import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

export type ClientLocale = 'en' | 'nl';

/** `adsyncLint.language`, resolved: `auto` follows VS Code's display language. */
export function clientLocale(): ClientLocale {
  const setting = vscode.workspace.getConfiguration('adsyncLint').get<string>('language', 'auto');
  if (setting === 'en' || setting === 'nl') return setting;
  return vscode.env.language.toLowerCase().split(/[-_]/, 1)[0] === 'nl' ? 'nl' : 'en';
}

function fill(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
}

/**
 * The client's own texts. VS Code's `l10n` follows only the display language, while
 * `adsyncLint.language` may ask for Dutch in an English VS Code: then the Dutch bundle is read
 * here. The English text is the key, as `vscode.l10n.t` has it.
 */
export class ClientText {
  private dutch: Record<string, string> | undefined;

  constructor(private readonly extensionPath: string) {}

  t(message: string, ...args: string[]): string {
    const locale = clientLocale();
    if (locale === 'en') return fill(message, args);
    if (vscode.env.language.toLowerCase().startsWith('nl')) return vscode.l10n.t(message, ...args);
    return fill(this.dutchBundle()[message] ?? message, args);
  }

  private dutchBundle(): Record<string, string> {
    if (!this.dutch) {
      try {
        this.dutch = JSON.parse(fs.readFileSync(path.join(this.extensionPath, 'l10n', 'bundle.l10n.nl.json'), 'utf8')) as Record<string, string>;
      } catch {
        this.dutch = {};
      }
    }
    return this.dutch;
  }
}
