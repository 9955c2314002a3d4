import { looksLikeAzureAdConnector } from '../../model/facts/passwordSync';
import type { ConnectorNames } from '../../shared/options';

/** What a source says about one connector; any field but the name may be missing. */
export interface ConnectorRecord {
  name: string;
  /** `Type` in Get-ADSyncConnector's output, `<category>` in a server configuration export. */
  type?: string;
  /** `<subtype>` in a server configuration export. */
  subtype?: string;
  /** `<id>` in a server configuration export. */
  id?: string;
}

/** The Azure AD connector has this identifier on every install. */
export const AZURE_AD_CONNECTOR_ID = 'b891884f-051e-4a83-95af-2544101c9083';

function bareGuid(id: string): string {
  let start = 0;
  let end = id.length;
  while (start < end && (id[start] === '{' || id[start] === ' ')) start++;
  while (end > start && (id[end - 1] === '}' || id[end - 1] === ' ')) end--;
  return id.slice(start, end).toLowerCase();
}

/**
 * Which kind of connector a record is: an AD forest, the Azure AD connector, or neither (an LDAP
 * or ECMA connector to some other system, which no password-sync script names).
 */
export function connectorKind(record: ConnectorRecord): keyof ConnectorNames | undefined {
  const type = record.type?.trim().toLowerCase();
  if (type === 'ad') return 'ad';
  if (record.id !== undefined && bareGuid(record.id) === AZURE_AD_CONNECTOR_ID) return 'azureAd';
  if (record.subtype !== undefined && record.subtype.toLowerCase().includes('azure active directory')) return 'azureAd';
  if (type === 'extensible2') {
    // Get-ADSyncConnector's one-line export has no subtype: there Extensible2 means Azure AD.
    return record.subtype === undefined || looksLikeAzureAdConnector(record.name) ? 'azureAd' : undefined;
  }
  if (type !== undefined && type.length > 0) return undefined;
  return looksLikeAzureAdConnector(record.name) ? 'azureAd' : 'ad';
}

/** Sorts records into the two lists, each name once, in the order read. */
export function namesOfRecords(records: readonly ConnectorRecord[]): ConnectorNames {
  const names: ConnectorNames = { ad: [], azureAd: [] };
  for (const record of records) {
    const kind = connectorKind(record);
    if (kind && !names[kind].includes(record.name)) names[kind].push(record.name);
  }
  return names;
}

/** `first`'s names, then those of `second` that `first` lacks. */
export function mergeConnectorNames(first: ConnectorNames, second: ConnectorNames): ConnectorNames {
  const add = (into: string[], from: readonly string[]) => {
    for (const name of from) if (!into.includes(name)) into.push(name);
    return into;
  };
  return { ad: add([...first.ad], second.ad), azureAd: add([...first.azureAd], second.azureAd) };
}

export function countConnectors(names: ConnectorNames): number {
  return names.ad.length + names.azureAd.length;
}
