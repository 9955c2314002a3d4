import { localize, resolveLocale, type Locale } from '../shared/locale';
import { normalizeOptions, type LintOptions } from '../shared/options';
import { lspMessages as say } from './lspMessages';
import type { ConnectorSourceStatus } from './connectorSourceProtocol';

export type RunMode = 'onType' | 'onSave';

/** `auto` follows the editor's display language (the `locale` the client sent in `initialize`). */
export type LanguageSetting = 'auto' | 'en' | 'nl';

/** What the server needs to know about one document's `adsyncLint` settings. */
export interface DocumentSettings {
  enable: boolean;
  run: RunMode;
  options: LintOptions;
  /** `adsyncLint.connectorSource`: where to read connector names; undefined to look through the workspace. */
  connectorSource?: string;
  /** Where the connector names in `options` came from, once the server has read the source. */
  connectorStatus?: ConnectorSourceStatus;
}

/**
 * Turns the raw `adsyncLint` configuration section into settings. Bad values never stop the
 * server: they fall back to defaults and come back as warnings that name the setting.
 */
export function normalizeSettings(raw: unknown, ruleIds: readonly string[], clientLocale?: string): { settings: DocumentSettings; warnings: string[] } {
  const section = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const warnings: string[] = [];

  // Read first: every other warning is said in the language it picks.
  let language: LanguageSetting = 'auto';
  let badLanguage = false;
  if (section.language !== undefined && section.language !== null) {
    if (section.language === 'auto' || section.language === 'en' || section.language === 'nl') language = section.language;
    else badLanguage = true;
  }
  const locale: Locale = language === 'auto' ? resolveLocale(clientLocale) : language;
  if (badLanguage) warnings.push(localize(say.badLanguage, locale, { value: JSON.stringify(section.language) }));

  let enable = true;
  if (section.enable !== undefined && section.enable !== null) {
    if (typeof section.enable === 'boolean') enable = section.enable;
    else warnings.push(localize(say.badEnable, locale, { value: JSON.stringify(section.enable) }));
  }

  let run: RunMode = 'onType';
  if (section.run !== undefined && section.run !== null) {
    if (section.run === 'onType' || section.run === 'onSave') run = section.run;
    else warnings.push(localize(say.badRun, locale, { value: JSON.stringify(section.run) }));
  }

  let connectorSource: string | undefined;
  if (section.connectorSource !== undefined && section.connectorSource !== null) {
    if (typeof section.connectorSource === 'string') connectorSource = section.connectorSource.trim() || undefined;
    else warnings.push(localize(say.badConnectorSource, locale, { value: JSON.stringify(section.connectorSource) }));
  }

  const normalized = normalizeOptions({ rules: section.rules, connectors: section.connectors, maxFileSize: section.maxFileSize }, ruleIds, locale);
  for (const warning of normalized.warnings) warnings.push(localize(say.settingPrefix, locale, { warning }));
  return { settings: { enable, run, options: normalized.options, connectorSource }, warnings };
}
