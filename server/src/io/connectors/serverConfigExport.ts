import * as fs from 'fs';
import * as path from 'path';
import { describeFsError } from '../fsErrors';
import type { ConnectorNames } from '../../shared/options';
import { namesOfRecords, type ConnectorRecord } from './connectorKinds';
import { readConnectorXmlHead } from './connectorXmlHead';

export interface ExportReading {
  names: ConnectorNames;
  /** The connector files read, whether or not each could be. */
  files: string[];
  problems: string[];
}

const CONNECTORS_FOLDER = 'connectors';

export const exportMessages = {
  unreadableFolder: (folder: string, reason: string) => `cannot read the folder "${folder}": ${reason}`,
  noConnectorFiles: (folder: string) =>
    `the folder "${folder}" holds no Connectors/Connector_{guid}.xml files; name the folder Get-ADSyncServerConfiguration -Path wrote, or its Connectors folder.`,
};

/** `Connector_{guid}.xml`, as Get-ADSyncServerConfiguration names them. */
export function isConnectorFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('connector_') && lower.endsWith('.xml') && lower.length > 'connector_.xml'.length;
}

function listConnectorFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && isConnectorFileName(entry.name))
    .map((entry) => path.join(folder, entry.name))
    .sort();
}

/** The export's `Connectors` folder: the one given, or the one inside it. */
function connectorsFolderOf(folder: string): string {
  const inside = fs.readdirSync(folder, { withFileTypes: true }).find((entry) => entry.isDirectory() && entry.name.toLowerCase() === CONNECTORS_FOLDER);
  return inside ? path.join(folder, inside.name) : folder;
}

/**
 * Reads every connector of a server configuration export, given its root folder or its Connectors
 * folder; messages show paths under `shownAs`, the folder as the user named it.
 */
export function readServerConfigExport(folder: string, shownAs = folder): ExportReading {
  let files: string[];
  try {
    files = listConnectorFiles(connectorsFolderOf(folder));
  } catch (error) {
    return { names: { ad: [], azureAd: [] }, files: [], problems: [exportMessages.unreadableFolder(shownAs, describeFsError(error))] };
  }
  if (files.length === 0) return { names: { ad: [], azureAd: [] }, files, problems: [exportMessages.noConnectorFiles(shownAs)] };
  return readConnectorFiles(files, (file) => path.join(shownAs, path.relative(folder, file)));
}

export function readConnectorFiles(files: readonly string[], shownAs: (file: string) => string = (file) => file): ExportReading {
  const records: ConnectorRecord[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const reading = readConnectorXmlHead(file, shownAs(file));
    if ('record' in reading) records.push(reading.record);
    else problems.push(reading.error);
  }
  return { names: namesOfRecords(records), files: [...files], problems };
}
