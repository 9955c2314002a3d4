import { normalizeOptions, type LintOptions } from '../shared/options';
import type { ConnectorSourceStatus } from './connectorSourceProtocol';

export type RunMode = 'onType' | 'onSave';

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
export function normalizeSettings(raw: unknown, ruleIds: readonly string[]): { settings: DocumentSettings; warnings: string[] } {
  const section = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const warnings: string[] = [];

  let enable = true;
  if (section.enable !== undefined && section.enable !== null) {
    if (typeof section.enable === 'boolean') enable = section.enable;
    else warnings.push(`"adsyncLint.enable" should be true or false, not ${JSON.stringify(section.enable)}; true is used.`);
  }

  let run: RunMode = 'onType';
  if (section.run !== undefined && section.run !== null) {
    if (section.run === 'onType' || section.run === 'onSave') run = section.run;
    else warnings.push(`"adsyncLint.run" should be "onType" or "onSave", not ${JSON.stringify(section.run)}; "onType" is used.`);
  }

  let connectorSource: string | undefined;
  if (section.connectorSource !== undefined && section.connectorSource !== null) {
    if (typeof section.connectorSource === 'string') connectorSource = section.connectorSource.trim() || undefined;
    else warnings.push(`"adsyncLint.connectorSource" should be a path, not ${JSON.stringify(section.connectorSource)}; the workspace is searched instead.`);
  }

  const normalized = normalizeOptions({ rules: section.rules, connectors: section.connectors, maxFileSize: section.maxFileSize }, ruleIds);
  for (const warning of normalized.warnings) warnings.push(`adsyncLint: ${warning}`);
  return { settings: { enable, run, options: normalized.options, connectorSource }, warnings };
}
