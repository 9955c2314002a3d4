import * as fs from 'fs';
import * as path from 'path';
import { describeFsError } from '../fsErrors';
import { decodeScript } from '../textEncoding';
import { localizeWhole, type Locale, type Localized } from '../../shared/locale';
import type { ConnectorNames } from '../../shared/options';
import { countConnectors } from './connectorKinds';
import { parseConnectorsJson } from './connectorsJson';
import { readConnectorFiles, readServerConfigExport } from './serverConfigExport';

/** The three places connector names come from. */
export type ConnectorSourceKind = 'server-config' | 'connector-list' | 'names-file';

export interface ConnectorSourceReading {
  /** undefined when nothing in the source could be told apart. */
  kind: ConnectorSourceKind | undefined;
  /** The path as given (a folder or a file). */
  location: string;
  names: ConnectorNames;
  /** What was wrong, each naming the file; `names` holds whatever could still be read. */
  problems: string[];
}

/** A JSON file of names is a few kilobytes; anything far larger is not one. */
const JSON_LIMIT_BYTES = 8 * 1024 * 1024;

/** What reading a connector source says; `{{file}}` and `{{location}}` are paths as the user named them. */
export const sourceMessages = {
  unreadable: { en: 'cannot read the connector source "{{file}}": {{reason}}', nl: 'kan de connectorbron "{{file}}" niet lezen: {{reason}}' },
  tooLarge: {
    en: 'the connectors file "{{file}}" is over {{size}} MB, far more than a list of connector names; it was not read.',
    nl: 'het connectorbestand "{{file}}" is groter dan {{size}} MB, veel meer dan een lijst met connectornamen; het is niet gelezen.',
  },
  noConnectors: {
    en: 'the connector source "{{location}}" names no AD or Azure AD connector.',
    nl: 'de connectorbron "{{location}}" noemt geen AD-connector en geen Azure AD-connector.',
  },
  namedSource: { en: '{{source}} "{{location}}"', nl: '{{source}} "{{location}}"' },
  connectorOne: { en: '1 connector ({{ad}} AD, {{azureAd}} Azure AD)', nl: '1 connector ({{ad}} AD, {{azureAd}} Azure AD)' },
  connectorMany: { en: '{{count}} connectors ({{ad}} AD, {{azureAd}} Azure AD)', nl: '{{count}} connectors ({{ad}} AD, {{azureAd}} Azure AD)' },
} satisfies Record<string, Localized>;

/** How each kind of source is described to the user, as the object of "read from …". */
export const SOURCE_DESCRIPTIONS: Record<ConnectorSourceKind, Localized> = {
  'server-config': { en: 'the server configuration export', nl: 'de export van de serverconfiguratie' },
  'connector-list': { en: 'the Get-ADSyncConnector export', nl: 'de export van Get-ADSyncConnector' },
  'names-file': { en: 'the connector names file', nl: 'het bestand met connectornamen' },
};

/** A source whose kind could not be told. */
export const UNKNOWN_SOURCE_DESCRIPTION: Localized = { en: 'the connector source', nl: 'de connectorbron' };

/** "the server configuration export", or the words for a source of unknown kind. */
export function describeSourceKind(kind: ConnectorSourceKind | undefined, locale: Locale): string {
  return localizeWhole(kind ? SOURCE_DESCRIPTIONS[kind] : UNKNOWN_SOURCE_DESCRIPTION, locale);
}

/** `the server configuration export "server-config"`: where names came from, as rule messages name it. */
export function describeSource(kind: ConnectorSourceKind | undefined, location: string, locale: Locale): string {
  return localizeWhole(sourceMessages.namedSource, locale, { source: describeSourceKind(kind, locale), location });
}

/**
 * Reads connector names from any of the three sources: a server configuration export folder (or
 * its Connectors folder, or one Connector_{guid}.xml), the one-line Get-ADSyncConnector JSON
 * export, or a `{ "ad": [...], "azureAd": [...] }` file. Never throws and never writes.
 */
export function readConnectorSource(location: string, cwd = process.cwd(), locale: Locale = 'en'): ConnectorSourceReading {
  const full = path.resolve(cwd, location);
  const reading = readAny(full, location, locale);
  if (reading.problems.length === 0 && countConnectors(reading.names) === 0) reading.problems.push(localizeWhole(sourceMessages.noConnectors, locale, { location }));
  return reading;
}

function readAny(full: string, location: string, locale: Locale): ConnectorSourceReading {
  const none = (problem: Localized, data: Record<string, string> = {}): ConnectorSourceReading =>
    ({ kind: undefined, location, names: { ad: [], azureAd: [] }, problems: [localizeWhole(problem, locale, { file: location, ...data })] });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch (error) {
    return none(sourceMessages.unreadable, { reason: describeFsError(error, locale) });
  }
  if (stat.isDirectory()) {
    const exported = readServerConfigExport(full, location, locale);
    return { kind: 'server-config', location, names: exported.names, problems: exported.problems };
  }
  if (full.toLowerCase().endsWith('.xml')) {
    const exported = readConnectorFiles([full], () => location, locale);
    return { kind: 'server-config', location, names: exported.names, problems: exported.problems };
  }
  if (stat.size > JSON_LIMIT_BYTES) return none(sourceMessages.tooLarge, { size: String(JSON_LIMIT_BYTES / 1024 / 1024) });
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(full);
  } catch (error) {
    return none(sourceMessages.unreadable, { reason: describeFsError(error, locale) });
  }
  // Windows PowerShell's Out-File writes UTF-16 LE with a BOM; PowerShell 7 and editors write UTF-8.
  const json = parseConnectorsJson(decodeScript(bytes).text, location, locale);
  return { kind: json.kind, location, names: json.names, problems: json.problems };
}

/** "3 connectors (2 AD, 1 Azure AD)". */
export function describeCount(names: ConnectorNames, locale: Locale = 'en'): string {
  const total = countConnectors(names);
  const data = { count: String(total), ad: String(names.ad.length), azureAd: String(names.azureAd.length) };
  return localizeWhole(total === 1 ? sourceMessages.connectorOne : sourceMessages.connectorMany, locale, data);
}
