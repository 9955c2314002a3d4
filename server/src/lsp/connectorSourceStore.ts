import type { Connection } from 'vscode-languageserver/node';
import { countConnectors, mergeConnectorNames } from '../io/connectors/connectorKinds';
import { chooseDiscoveredSource } from '../io/connectors/discoveredSource';
import { describeCount, readConnectorSource, SOURCE_DESCRIPTIONS, type ConnectorSourceReading } from '../io/connectors/readConnectorSource';
import { filePathOfUri, resolveSourceSetting } from '../io/connectors/sourceLocation';
import type { ConnectorNames } from '../shared/options';
import type { ConnectorSourceStatus } from './connectorSourceProtocol';
import type { DocumentSettings } from './settings';

/** Everything this file says to the user, in one place so it can be translated. */
export const connectorSourceMessages = {
  statusFromSource: (count: number, name: string) => `AD Sync: ${count} connector${count === 1 ? '' : 's'} from ${name}`,
  statusPlusSettings: (count: number) => ` + ${count} from settings`,
  statusFromSettings: (count: number) => `AD Sync: ${count} connector${count === 1 ? '' : 's'} from settings`,
  statusNone: 'AD Sync: no connector names',
  tooltipRead: (what: string, where: string, location: string) => `${what} read from ${where} ${location}.`,
  tooltipSettings: 'Connector names from the adsyncLint.connectors setting.',
  tooltipNone: 'No connector names: choose the folder Get-ADSyncServerConfiguration wrote, or a connectors.json from Get-ADSyncConnector.',
  tooltipProblems: (count: number) => `${count} problem${count === 1 ? '' : 's'} reading it; see the "AD Sync Lint" output.`,
  tooltipAction: 'Click to open the source or choose another.',
  noWorkspaceFolder: (setting: string) => `"adsyncLint.connectorSource" is the relative path "${setting}", but no workspace folder is open to resolve it against.`,
  warning: (location: string, problem: string, more: number) =>
    `AD Sync Lint: could not read every connector name from "${location}": ${problem}${more > 0 ? ` (and ${more} more; see the "AD Sync Lint" output)` : ''}`,
};

function baseName(location: string): string {
  const trimmed = location.replace(/[\\/]+$/, '');
  return trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1) || trimmed;
}

/**
 * Connector names from the server's files, for the language server: the `adsyncLint.connectorSource`
 * setting's path, else what the client found in the workspace. Each source is read once until a
 * watched file changes; each distinct problem is shown once (one warning, and the output).
 */
export class ConnectorSourceStore {
  private discoveredFiles: readonly string[] = [];
  private discoveredChoice: string | undefined | null = null;
  private readonly readings = new Map<string, ConnectorSourceReading>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly workspaceFolders: () => readonly string[],
  ) {}

  /** The files a client found in the workspace that may be sources (paths, not URIs). */
  setDiscoveredFiles(files: readonly string[]): void {
    this.discoveredFiles = [...files];
    this.forgetReadings();
  }

  /** A source file changed: read again on next use. */
  forgetReadings(): void {
    this.readings.clear();
    this.discoveredChoice = null;
  }

  /** Adds the names read from the document's source to its settings, and says where they came from. */
  apply(uri: string, settings: DocumentSettings): ConnectorSourceStatus {
    const fromSettings = settings.options.connectors;
    const reading = this.readingFor(uri, settings.connectorSource);
    if (!reading) return this.settingsOnlyStatus(fromSettings, settings.connectorSource);
    this.warnOnce(reading);
    const merged = mergeConnectorNames(reading.names, fromSettings);
    settings.options.connectors = merged;
    const where = reading.kind ? SOURCE_DESCRIPTIONS[reading.kind] : 'the connector source';
    if (countConnectors(reading.names) > 0) settings.options.connectorsFrom = `${where} "${reading.location}"`;
    const own = countConnectors(reading.names);
    const added = countConnectors(merged) - own;
    const tooltip = [connectorSourceMessages.tooltipRead(describeCount(reading.names), where, reading.location)];
    if (reading.problems.length > 0) tooltip.push(connectorSourceMessages.tooltipProblems(reading.problems.length));
    tooltip.push(connectorSourceMessages.tooltipAction);
    return {
      text: (reading.problems.length > 0 ? '$(warning) ' : '') + connectorSourceMessages.statusFromSource(own, baseName(reading.location)) + (added > 0 ? connectorSourceMessages.statusPlusSettings(added) : ''),
      tooltip: tooltip.join('\n'),
      location: reading.location,
      problems: reading.problems,
    };
  }

  private settingsOnlyStatus(fromSettings: ConnectorNames, setting: string | undefined): ConnectorSourceStatus {
    const problems: string[] = [];
    if (setting !== undefined && this.workspaceFolders().length === 0) {
      const problem = connectorSourceMessages.noWorkspaceFolder(setting);
      problems.push(problem);
      this.warnOnce({ kind: undefined, location: setting, names: { ad: [], azureAd: [] }, problems });
    }
    const count = countConnectors(fromSettings);
    return count > 0
      ? { text: connectorSourceMessages.statusFromSettings(count), tooltip: `${connectorSourceMessages.tooltipSettings}\n${connectorSourceMessages.tooltipAction}`, problems }
      : { text: connectorSourceMessages.statusNone, tooltip: `${connectorSourceMessages.tooltipNone}\n${connectorSourceMessages.tooltipAction}`, problems };
  }

  private readingFor(uri: string, setting: string | undefined): ConnectorSourceReading | undefined {
    const location = setting !== undefined ? resolveSourceSetting(setting, this.workspaceFolders(), filePathOfUri(uri)) : this.discovered();
    if (location === undefined) return undefined;
    let reading = this.readings.get(location);
    if (!reading) {
      reading = readConnectorSource(location);
      this.readings.set(location, reading);
    }
    return reading;
  }

  private discovered(): string | undefined {
    if (this.discoveredChoice === null) this.discoveredChoice = chooseDiscoveredSource(this.discoveredFiles);
    return this.discoveredChoice;
  }

  private warnOnce(reading: ConnectorSourceReading): void {
    if (reading.problems.length === 0) return;
    const key = `${reading.location}\n${reading.problems.join('\n')}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    for (const problem of reading.problems) this.connection.console.warn(problem);
    void this.connection.window.showWarningMessage(connectorSourceMessages.warning(reading.location, reading.problems[0], reading.problems.length - 1));
  }
}
