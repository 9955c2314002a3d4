import { countConnectors } from '../io/connectors/connectorKinds';
import { describeCount, readConnectorSource, SOURCE_DESCRIPTIONS } from '../io/connectors/readConnectorSource';
import type { ConnectorNames } from '../shared/options';

/** What this file says to the user, in one place so it can be translated. */
const messages = {
  read: (count: string, from: string) => `read ${count} from ${from}.`,
};

export interface LoadedConnectors {
  connectors: ConnectorNames;
  /** Where the names came from, as rule messages name it. */
  from: string;
  /** What was read, for the user: the CLI says it on stderr. */
  summary: string | undefined;
  /** Each names the file; linting goes on with the names that could be read. */
  errors: string[];
}

/** Reads --connectors: a server configuration export folder, a Get-ADSyncConnector JSON export or a names file. */
export function loadConnectors(location: string, cwd: string): LoadedConnectors {
  const reading = readConnectorSource(location, cwd);
  const from = reading.kind ? `${SOURCE_DESCRIPTIONS[reading.kind]} "${location}"` : `"${location}"`;
  const summary = countConnectors(reading.names) > 0 ? messages.read(describeCount(reading.names), from) : undefined;
  return { connectors: reading.names, from, summary, errors: reading.problems };
}
