import type { Severity } from './types';

export type RuleLevel = Severity | 'off';

export interface ConnectorNames {
  /** The AD (forest) connector names, exactly as Synchronization Service Manager shows them. */
  ad: string[];
  /** The Azure AD connector name(s), `<tenant> - AAD`. */
  azureAd: string[];
}

export interface LintOptions {
  /** Per-rule level; a rule not named here runs at its default severity. */
  rules: Record<string, RuleLevel>;
  connectors: ConnectorNames;
  /** Where `connectors` came from, as messages name it; the `adsyncLint.connectors` setting when not given. */
  connectorsFrom?: string;
  /** Texts longer than this many UTF-16 code units are not linted. */
  maxFileSize: number;
  /** Reads a file the script dot-sources (see ScriptModel.readDotSourced); without it, such files stay unknown. */
  readDotSourced?: (path: string) => string | undefined;
}

export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

export function defaultOptions(): LintOptions {
  return { rules: {}, connectors: { ad: [], azureAd: [] }, maxFileSize: DEFAULT_MAX_FILE_SIZE };
}

const LEVELS: readonly string[] = ['off', 'information', 'warning', 'error'];
const LEVEL_ALIASES: Record<string, RuleLevel> = { info: 'information', warn: 'warning', hint: 'information' };

export function parseRuleLevel(value: unknown): RuleLevel | undefined {
  if (typeof value !== 'string') return undefined;
  const lower = value.trim().toLowerCase();
  if (LEVELS.includes(lower)) return lower as RuleLevel;
  return LEVEL_ALIASES[lower];
}

function stringList(value: unknown, where: string, warnings: string[]): string[] {
  if (value === undefined || value === null) return [];
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items)) {
    warnings.push(`${where} should be a list of connector names; it was ignored.`);
    return [];
  }
  const names: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' && item.length > 0) names.push(item);
    else warnings.push(`${where} holds a value that is not a connector name (${JSON.stringify(item)}); it was ignored.`);
  }
  return names;
}

/**
 * Turns user-supplied options (VS Code settings, a CLI connectors file) into LintOptions.
 * Bad values never throw: they fall back to defaults and come back as warnings that say what to fix.
 */
export function normalizeOptions(raw: unknown, knownRuleIds: readonly string[]): { options: LintOptions; warnings: string[] } {
  const options = defaultOptions();
  const warnings: string[] = [];
  if (raw === undefined || raw === null) return { options, warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warnings.push('The adsync-lint settings should be an object; defaults are used.');
    return { options, warnings };
  }
  const input = raw as Record<string, unknown>;

  if (input.rules !== undefined) {
    if (typeof input.rules !== 'object' || input.rules === null || Array.isArray(input.rules)) {
      warnings.push('"rules" should map rule ids to "off", "information", "warning" or "error"; it was ignored.');
    } else {
      for (const [id, value] of Object.entries(input.rules as Record<string, unknown>)) {
        if (!knownRuleIds.includes(id)) {
          warnings.push(`"rules" names an unknown rule "${id}"; known rules: ${knownRuleIds.join(', ')}.`);
          continue;
        }
        const level = parseRuleLevel(value);
        if (level === undefined) warnings.push(`"rules.${id}" should be "off", "information", "warning" or "error", not ${JSON.stringify(value)}.`);
        else options.rules[id] = level;
      }
    }
  }

  if (input.connectors !== undefined && input.connectors !== null) {
    if (typeof input.connectors !== 'object' || Array.isArray(input.connectors)) {
      warnings.push('"connectors" should be an object like { "ad": ["contoso.com"], "azureAd": ["contoso.onmicrosoft.com - AAD"] }; it was ignored.');
    } else {
      const connectors = input.connectors as Record<string, unknown>;
      options.connectors.ad = stringList(connectors.ad, '"connectors.ad"', warnings);
      options.connectors.azureAd = stringList(connectors.azureAd, '"connectors.azureAd"', warnings);
    }
  }

  if (input.maxFileSize !== undefined) {
    const size = input.maxFileSize;
    if (typeof size === 'number' && Number.isFinite(size) && size > 0) options.maxFileSize = Math.floor(size);
    else warnings.push(`"maxFileSize" should be a positive number of bytes, not ${JSON.stringify(size)}; ${DEFAULT_MAX_FILE_SIZE} is used.`);
  }
  return { options, warnings };
}
