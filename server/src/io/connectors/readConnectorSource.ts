import * as fs from 'fs';
import * as path from 'path';
import { describeFsError } from '../fsErrors';
import { decodeScript } from '../textEncoding';
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

export const sourceMessages = {
  unreadable: (file: string, reason: string) => `cannot read the connector source "${file}": ${reason}`,
  tooLarge: (file: string) => `the connectors file "${file}" is over ${JSON_LIMIT_BYTES / 1024 / 1024} MB, far more than a list of connector names; it was not read.`,
  noConnectors: (location: string) => `the connector source "${location}" names no AD or Azure AD connector.`,
};

/** How each kind of source is described to the user; one place, so it can be translated. */
export const SOURCE_DESCRIPTIONS: Record<ConnectorSourceKind, string> = {
  'server-config': 'the server configuration export',
  'connector-list': 'the Get-ADSyncConnector export',
  'names-file': 'the connector names file',
};

/**
 * Reads connector names from any of the three sources: a server configuration export folder (or
 * its Connectors folder, or one Connector_{guid}.xml), the one-line Get-ADSyncConnector JSON
 * export, or a `{ "ad": [...], "azureAd": [...] }` file. Never throws and never writes.
 */
export function readConnectorSource(location: string, cwd = process.cwd()): ConnectorSourceReading {
  const full = path.resolve(cwd, location);
  const reading = readAny(full, location);
  if (reading.problems.length === 0 && countConnectors(reading.names) === 0) reading.problems.push(sourceMessages.noConnectors(location));
  return reading;
}

function readAny(full: string, location: string): ConnectorSourceReading {
  const none = (problem: string): ConnectorSourceReading => ({ kind: undefined, location, names: { ad: [], azureAd: [] }, problems: [problem] });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch (error) {
    return none(sourceMessages.unreadable(location, describeFsError(error)));
  }
  if (stat.isDirectory()) {
    const exported = readServerConfigExport(full, location);
    return { kind: 'server-config', location, names: exported.names, problems: exported.problems };
  }
  if (full.toLowerCase().endsWith('.xml')) {
    const exported = readConnectorFiles([full], () => location);
    return { kind: 'server-config', location, names: exported.names, problems: exported.problems };
  }
  if (stat.size > JSON_LIMIT_BYTES) return none(sourceMessages.tooLarge(location));
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(full);
  } catch (error) {
    return none(sourceMessages.unreadable(location, describeFsError(error)));
  }
  // Windows PowerShell's Out-File writes UTF-16 LE with a BOM; PowerShell 7 and editors write UTF-8.
  const json = parseConnectorsJson(decodeScript(bytes).text, location);
  return { kind: json.kind, location, names: json.names, problems: json.problems };
}

/** "3 connectors (2 AD, 1 Azure AD)". */
export function describeCount(names: ConnectorNames): string {
  const total = countConnectors(names);
  return `${total} connector${total === 1 ? '' : 's'} (${names.ad.length} AD, ${names.azureAd.length} Azure AD)`;
}
