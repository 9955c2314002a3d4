/**
 * The messages between the client and the server about connector sources. The VS Code client
 * repeats these method names (its bundle does not import server code); other editors need none of
 * them: the `adsyncLint.connectorSource` setting works everywhere.
 */
export const ConnectorSourceMethods = {
  /** Client → server notification: `{ files: string[] }`, paths a workspace search found (DISCOVERY_GLOB). */
  discoveredFiles: 'adsyncLint/discoveredConnectorFiles',
  /** Client → server request: `{ uri: string }` → ConnectorSourceStatus for that document. */
  status: 'adsyncLint/connectorSourceStatus',
  /** Server → client notification: the names or where they come from changed; ask for the status again. */
  changed: 'adsyncLint/connectorSourceChanged',
} as const;

export interface ConnectorSourceStatus {
  /** Status bar text, e.g. "AD Sync: 3 connectors from server-config". */
  text: string;
  tooltip: string;
  /** The file or folder the names were read from (a path), when there is one. */
  location?: string;
  problems: string[];
}
