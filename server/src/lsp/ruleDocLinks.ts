import type { Locale } from '../shared/locale';
import { ruleDocUri } from '../io/ruleDocs';
import { CommandIds } from './commandIds';

/**
 * Links to a rule's page, all to the page installed with the server: no network. Other editors
 * get the page's file URI; a client that opens the page itself (ours, in VS Code, as a Markdown
 * preview) asks in `initializationOptions` for `command:` links that run the show-docs command.
 */
let commandLinks = false;

export function useCommandLinks(enabled: boolean): void {
  commandLinks = enabled;
}

/** The arguments of the show-docs command: the page's file URI. */
export function showDocsArguments(ruleId: string, locale: Locale): string[] {
  const uri = ruleDocUri(ruleId, locale);
  return uri === undefined ? [] : [uri];
}

/** A link for a diagnostic's code or a hover. */
export function ruleDocHref(ruleId: string, locale: Locale): string | undefined {
  const uri = ruleDocUri(ruleId, locale);
  if (uri === undefined || !commandLinks) return uri;
  return `command:${CommandIds.showRuleDocs}?${encodeURIComponent(JSON.stringify([uri]))}`;
}
