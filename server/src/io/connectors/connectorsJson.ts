import { localizeWhole, type Locale, type Localized } from '../../shared/locale';
import { normalizeOptions, type ConnectorNames } from '../../shared/options';
import { namesOfRecords, type ConnectorRecord } from './connectorKinds';

/** `Get-ADSyncConnector | Select-Object Name, Type | ConvertTo-Json`, or our own `{ "ad": [...], "azureAd": [...] }`. */
export type JsonSourceKind = 'connector-list' | 'names-file';

export interface JsonNamesReading {
  kind: JsonSourceKind | undefined;
  names: ConnectorNames;
  /** What was wrong, each naming the file; the names that could be read are still given. */
  problems: string[];
}

const NAMES_FILE_KEYS = ['ad', 'azureAd'];

/** What reading a connectors JSON file can say; `{{file}}` is the path as the user named it. */
export const jsonMessages = {
  empty: { en: 'the connectors file "{{file}}" is empty.', nl: 'het connectorbestand "{{file}}" is leeg.' },
  invalidJson: { en: 'the connectors file "{{file}}" is not valid JSON: {{reason}}', nl: 'het connectorbestand "{{file}}" is geen geldige JSON: {{reason}}' },
  wrongShape: {
    en: 'the connectors file "{{file}}" holds neither the output of "Get-ADSyncConnector | Select-Object Name, Type | ConvertTo-Json" nor an object like { "ad": ["contoso.com"], "azureAd": ["contoso.onmicrosoft.com - AAD"] }.',
    nl: 'het connectorbestand "{{file}}" bevat niet de uitvoer van "Get-ADSyncConnector | Select-Object Name, Type | ConvertTo-Json" en ook geen object zoals { "ad": ["contoso.com"], "azureAd": ["contoso.onmicrosoft.com - AAD"] }.',
  },
  itemWithoutName: {
    en: 'the connectors file "{{file}}": entry {{number}} has no "Name"; it was skipped.',
    nl: 'het connectorbestand "{{file}}": item {{number}} heeft geen "Name"; het is overgeslagen.',
  },
  unknownKey: {
    en: 'the connectors file "{{file}}" has an unknown key "{{key}}"; expected "ad" and "azureAd".',
    nl: 'het connectorbestand "{{file}}" heeft een onbekende sleutel "{{key}}"; verwacht: "ad" en "azureAd".',
  },
  setting: { en: 'the connectors file "{{file}}": {{warning}}', nl: 'het connectorbestand "{{file}}": {{warning}}' },
} satisfies Record<string, Localized>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isConnectorObject(value: unknown): value is Record<string, unknown> {
  return isObject(value) && ('Name' in value || 'Type' in value);
}

/** Reads the text of a connectors JSON file (already decoded, without its BOM). */
export function parseConnectorsJson(text: string, file: string, locale: Locale = 'en'): JsonNamesReading {
  const none: ConnectorNames = { ad: [], azureAd: [] };
  const say = (message: Localized, data: Record<string, string> = {}) => localizeWhole(message, locale, { file, ...data });
  if (text.trim().length === 0) return { kind: undefined, names: none, problems: [say(jsonMessages.empty)] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { kind: undefined, names: none, problems: [say(jsonMessages.invalidJson, { reason: (error as Error).message })] };
  }
  // ConvertTo-Json writes one connector as an object and several as an array.
  if (isConnectorObject(raw)) return readConnectorList([raw], say);
  if (Array.isArray(raw) && raw.length > 0 && raw.some(isConnectorObject)) return readConnectorList(raw, say);
  if (isObject(raw)) return readNamesFile(raw, say, locale);
  return { kind: undefined, names: none, problems: [say(jsonMessages.wrongShape)] };
}

/** Whether a JSON text is the one-line export's output, for looking through a workspace. */
export function isConnectorListJson(text: string): boolean {
  return parseConnectorsJson(text, '').kind === 'connector-list';
}

/** A message about the file, in the caller's language. */
type Say = (message: Localized, data?: Record<string, string>) => string;

function readConnectorList(items: readonly unknown[], say: Say): JsonNamesReading {
  const records: ConnectorRecord[] = [];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const name = isObject(item) ? item.Name : undefined;
    if (typeof name !== 'string' || name.length === 0) {
      problems.push(say(jsonMessages.itemWithoutName, { number: String(index + 1) }));
      return;
    }
    // PowerShell 5.1 writes an enum as its number; then the name's " - AAD" tells the kind.
    const type = isObject(item) && typeof item.Type === 'string' ? item.Type : undefined;
    records.push({ name, type });
  });
  return { kind: 'connector-list', names: namesOfRecords(records), problems };
}

function readNamesFile(raw: Record<string, unknown>, say: Say, locale: Locale): JsonNamesReading {
  const problems = Object.keys(raw)
    .filter((key) => !NAMES_FILE_KEYS.includes(key))
    .map((key) => say(jsonMessages.unknownKey, { key }));
  const { options, warnings } = normalizeOptions({ connectors: raw }, [], locale);
  // The warnings are worded for settings; here they are about the file's keys.
  for (const warning of warnings) problems.push(say(jsonMessages.setting, { warning: warning.replace(/"connectors\./g, '"') }));
  return { kind: 'names-file', names: options.connectors, problems };
}
