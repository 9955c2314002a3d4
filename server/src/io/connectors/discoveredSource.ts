import * as fs from 'fs';
import * as path from 'path';
import { decodeScript } from '../textEncoding';
import { isConnectorListJson } from './connectorsJson';
import { isConnectorFileName } from './serverConfigExport';

/** The file names a workspace is searched for (an editor's glob, and the watcher's). */
export const DISCOVERY_GLOB = '{**/Connectors/Connector_*.xml,**/connectors.json}';

/** A connectors.json holding the one-line export is small; larger files are not looked into. */
const CANDIDATE_JSON_LIMIT_BYTES = 1024 * 1024;

/** The export folder a `Connectors/Connector_{guid}.xml` belongs to, or undefined for any other file. */
export function exportRootOf(file: string): string | undefined {
  const parent = path.dirname(file);
  if (!isConnectorFileName(path.basename(file)) || path.basename(parent).toLowerCase() !== 'connectors') return undefined;
  return path.dirname(parent);
}

function holdsConnectorList(file: string): boolean {
  try {
    if (fs.statSync(file).size > CANDIDATE_JSON_LIMIT_BYTES) return false;
    return isConnectorListJson(decodeScript(fs.readFileSync(file)).text);
  } catch {
    return false;
  }
}

/**
 * Picks the source among files found in a workspace: the first server configuration export (by
 * path), else the first `connectors.json` that holds the one-line Get-ADSyncConnector export;
 * a `connectors.json` of another shape is somebody else's file and is passed over.
 */
export function chooseDiscoveredSource(files: readonly string[]): string | undefined {
  const sorted = [...files].sort();
  for (const file of sorted) {
    const root = exportRootOf(file);
    if (root !== undefined) return root;
  }
  return sorted.find((file) => path.basename(file).toLowerCase() === 'connectors.json' && holdsConnectorList(file));
}
