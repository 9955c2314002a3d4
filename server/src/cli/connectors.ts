import { countConnectors } from '../io/connectors/connectorKinds';
import { describeCount, describeSource, readConnectorSource } from '../io/connectors/readConnectorSource';
import { localizeWhole, type Locale } from '../shared/locale';
import type { ConnectorNames } from '../shared/options';
import { cliMessages as say } from './cliMessages';

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
export function loadConnectors(location: string, cwd: string, locale: Locale = 'en'): LoadedConnectors {
  const reading = readConnectorSource(location, cwd, locale);
  const from = reading.kind ? describeSource(reading.kind, location, locale) : `"${location}"`;
  const summary = countConnectors(reading.names) > 0 ? localizeWhole(say.connectorsRead, locale, { count: describeCount(reading.names, locale), from }) : undefined;
  return { connectors: reading.names, from, summary, errors: reading.problems };
}
