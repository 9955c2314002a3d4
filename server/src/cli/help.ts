import { localize, type Locale } from '../shared/locale';
import { cliMessages } from './cliMessages';

export function helpText(version: string, locale: Locale = 'en', ruleIds: readonly string[] = []): string {
  return localize(cliMessages.help, locale, { version, rules: ruleIds.join(', ') });
}
