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

export const jsonMessages = {
  empty: (file: string) => `the connectors file "${file}" is empty.`,
  invalidJson: (file: string, reason: string) => `the connectors file "${file}" is not valid JSON: ${reason}`,
  wrongShape: (file: string) =>
    `the connectors file "${file}" holds neither the output of "Get-ADSyncConnector | Select-Object Name, Type | ConvertTo-Json" nor an object like { "ad": ["contoso.com"], "azureAd": ["contoso.onmicrosoft.com - AAD"] }.`,
  itemWithoutName: (file: string, index: number) => `the connectors file "${file}": entry ${index + 1} has no "Name"; it was skipped.`,
  unknownKey: (file: string, key: string) => `the connectors file "${file}" has an unknown key "${key}"; expected "ad" and "azureAd".`,
  setting: (file: string, warning: string) => `the connectors file "${file}": ${warning}`,
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isConnectorObject(value: unknown): value is Record<string, unknown> {
  return isObject(value) && ('Name' in value || 'Type' in value);
}

/** Reads the text of a connectors JSON file (already decoded, without its BOM). */
export function parseConnectorsJson(text: string, file: string): JsonNamesReading {
  const none: ConnectorNames = { ad: [], azureAd: [] };
  if (text.trim().length === 0) return { kind: undefined, names: none, problems: [jsonMessages.empty(file)] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { kind: undefined, names: none, problems: [jsonMessages.invalidJson(file, (error as Error).message)] };
  }
  // ConvertTo-Json writes one connector as an object and several as an array.
  if (isConnectorObject(raw)) return readConnectorList([raw], file);
  if (Array.isArray(raw) && raw.length > 0 && raw.some(isConnectorObject)) return readConnectorList(raw, file);
  if (isObject(raw)) return readNamesFile(raw, file);
  return { kind: undefined, names: none, problems: [jsonMessages.wrongShape(file)] };
}

/** Whether a JSON text is the one-line export's output, for looking through a workspace. */
export function isConnectorListJson(text: string): boolean {
  return parseConnectorsJson(text, '').kind === 'connector-list';
}

function readConnectorList(items: readonly unknown[], file: string): JsonNamesReading {
  const records: ConnectorRecord[] = [];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const name = isObject(item) ? item.Name : undefined;
    if (typeof name !== 'string' || name.length === 0) {
      problems.push(jsonMessages.itemWithoutName(file, index));
      return;
    }
    // PowerShell 5.1 writes an enum as its number; then the name's " - AAD" tells the kind.
    const type = isObject(item) && typeof item.Type === 'string' ? item.Type : undefined;
    records.push({ name, type });
  });
  return { kind: 'connector-list', names: namesOfRecords(records), problems };
}

function readNamesFile(raw: Record<string, unknown>, file: string): JsonNamesReading {
  const problems = Object.keys(raw)
    .filter((key) => !NAMES_FILE_KEYS.includes(key))
    .map((key) => jsonMessages.unknownKey(file, key));
  const { options, warnings } = normalizeOptions({ connectors: raw }, []);
  // The warnings are worded for settings; here they are about the file's keys.
  for (const warning of warnings) problems.push(jsonMessages.setting(file, warning.replace(/"connectors\./g, '"')));
  return { kind: 'names-file', names: options.connectors, problems };
}
