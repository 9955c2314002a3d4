import * as fs from 'fs';
import * as path from 'path';
import { describeFsError } from '../fsErrors';
import { localizeWhole, type Locale, type Localized } from '../../shared/locale';
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

/** What reading an export folder can say; `{{folder}}` is the folder as the user named it. */
export const exportMessages = {
  unreadableFolder: { en: 'cannot read the folder "{{folder}}": {{reason}}', nl: 'kan de map "{{folder}}" niet lezen: {{reason}}' },
  noConnectorFiles: {
    en: 'the folder "{{folder}}" holds no Connectors/Connector_{guid}.xml files; name the folder Get-ADSyncServerConfiguration -Path wrote, or its Connectors folder.',
    nl: 'de map "{{folder}}" bevat geen bestanden Connectors/Connector_{guid}.xml; geef de map op die Get-ADSyncServerConfiguration -Path schreef, of de map Connectors daarin.',
  },
} satisfies Record<string, Localized>;

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
export function readServerConfigExport(folder: string, shownAs = folder, locale: Locale = 'en'): ExportReading {
  let files: string[];
  try {
    files = listConnectorFiles(connectorsFolderOf(folder));
  } catch (error) {
    return { names: { ad: [], azureAd: [] }, files: [], problems: [localizeWhole(exportMessages.unreadableFolder, locale, { folder: shownAs, reason: describeFsError(error, locale) })] };
  }
  if (files.length === 0) return { names: { ad: [], azureAd: [] }, files, problems: [localizeWhole(exportMessages.noConnectorFiles, locale, { folder: shownAs })] };
  return readConnectorFiles(files, (file) => path.join(shownAs, path.relative(folder, file)), locale);
}

export function readConnectorFiles(files: readonly string[], shownAs: (file: string) => string = (file) => file, locale: Locale = 'en'): ExportReading {
  const records: ConnectorRecord[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const reading = readConnectorXmlHead(file, shownAs(file), locale);
    if ('record' in reading) records.push(reading.record);
    else problems.push(reading.error);
  }
  return { names: namesOfRecords(records), files: [...files], problems };
}
