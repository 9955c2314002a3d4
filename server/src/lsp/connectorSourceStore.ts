import type { Connection } from 'vscode-languageserver/node';
import { countConnectors, mergeConnectorNames } from '../io/connectors/connectorKinds';
import { chooseDiscoveredSource } from '../io/connectors/discoveredSource';
import { describeCount, describeSource, describeSourceKind, readConnectorSource, type ConnectorSourceReading } from '../io/connectors/readConnectorSource';
import { filePathOfUri, resolveSourceSetting } from '../io/connectors/sourceLocation';
import { localizeWhole, type Locale, type Localized } from '../shared/locale';
import type { ConnectorNames } from '../shared/options';
import type { ConnectorSourceStatus } from './connectorSourceProtocol';
import type { DocumentSettings } from './settings';

/** Everything this file says to the user: the status bar item, its tooltip and the warning. */
export const connectorSourceMessages = {
  statusFromSourceOne: { en: 'AD Sync: 1 connector from {{name}}', nl: 'AD Sync: 1 connector uit {{name}}' },
  statusFromSourceMany: { en: 'AD Sync: {{count}} connectors from {{name}}', nl: 'AD Sync: {{count}} connectors uit {{name}}' },
  statusPlusSettings: { en: ' + {{count}} from settings', nl: ' + {{count}} uit de instellingen' },
  statusFromSettingsOne: { en: 'AD Sync: 1 connector from settings', nl: 'AD Sync: 1 connector uit de instellingen' },
  statusFromSettingsMany: { en: 'AD Sync: {{count}} connectors from settings', nl: 'AD Sync: {{count}} connectors uit de instellingen' },
  statusNone: { en: 'AD Sync: no connector names', nl: 'AD Sync: geen connectornamen' },
  tooltipRead: { en: '{{what}} read from {{where}} {{location}}.', nl: '{{what}} gelezen uit {{where}} {{location}}.' },
  tooltipSettings: { en: 'Connector names from the adsyncLint.connectors setting.', nl: 'Connectornamen uit de instelling adsyncLint.connectors.' },
  tooltipNone: {
    en: 'No connector names: choose the folder Get-ADSyncServerConfiguration wrote, or a connectors.json from Get-ADSyncConnector.',
    nl: 'Geen connectornamen: kies de map die Get-ADSyncServerConfiguration schreef, of een connectors.json van Get-ADSyncConnector.',
  },
  tooltipProblemOne: { en: '1 problem reading it; see the "AD Sync Lint" output.', nl: '1 probleem bij het lezen; zie de uitvoer van "AD Sync Lint".' },
  tooltipProblemMany: { en: '{{count}} problems reading it; see the "AD Sync Lint" output.', nl: '{{count}} problemen bij het lezen; zie de uitvoer van "AD Sync Lint".' },
  tooltipAction: { en: 'Click to open the source or choose another.', nl: 'Klik om de bron te openen of een andere te kiezen.' },
  noWorkspaceFolder: {
    en: '"adsyncLint.connectorSource" is the relative path "{{setting}}", but no workspace folder is open to resolve it against.',
    nl: '"adsyncLint.connectorSource" is het relatieve pad "{{setting}}", maar er is geen werkruimtemap geopend waarvan dat pad kan uitgaan.',
  },
  warning: {
    en: 'AD Sync Lint: could not read every connector name from "{{location}}": {{problem}}',
    nl: 'AD Sync Lint: niet alle connectornamen konden worden gelezen uit "{{location}}": {{problem}}',
  },
  warningMore: {
    en: 'AD Sync Lint: could not read every connector name from "{{location}}": {{problem}} (and {{count}} more; see the "AD Sync Lint" output)',
    nl: 'AD Sync Lint: niet alle connectornamen konden worden gelezen uit "{{location}}": {{problem}} (en nog {{count}}; zie de uitvoer van "AD Sync Lint")',
  },
} satisfies Record<string, Localized>;

/** A text of this file in `locale`, its placeholders filled in whole (paths and problems are never shortened). */
function say(locale: Locale, text: Localized, data?: Record<string, string>): string {
  return localizeWhole(text, locale, data);
}

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
    const locale = settings.options.locale;
    const fromSettings = settings.options.connectors;
    const reading = this.readingFor(uri, settings.connectorSource, locale);
    if (!reading) return this.settingsOnlyStatus(fromSettings, settings.connectorSource, locale);
    this.warnOnce(reading, locale);
    const merged = mergeConnectorNames(reading.names, fromSettings);
    settings.options.connectors = merged;
    if (countConnectors(reading.names) > 0) settings.options.connectorsFrom = describeSource(reading.kind, reading.location, locale);
    const own = countConnectors(reading.names);
    const added = countConnectors(merged) - own;
    const problems = reading.problems.length;
    const tooltip = [say(locale, connectorSourceMessages.tooltipRead, { what: describeCount(reading.names, locale), where: describeSourceKind(reading.kind, locale), location: reading.location })];
    if (problems > 0) tooltip.push(say(locale, problems === 1 ? connectorSourceMessages.tooltipProblemOne : connectorSourceMessages.tooltipProblemMany, { count: String(problems) }));
    tooltip.push(say(locale, connectorSourceMessages.tooltipAction));
    const status = say(locale, own === 1 ? connectorSourceMessages.statusFromSourceOne : connectorSourceMessages.statusFromSourceMany, { count: String(own), name: baseName(reading.location) });
    return {
      text: (problems > 0 ? '$(warning) ' : '') + status + (added > 0 ? say(locale, connectorSourceMessages.statusPlusSettings, { count: String(added) }) : ''),
      tooltip: tooltip.join('\n'),
      location: reading.location,
      problems: reading.problems,
    };
  }

  private settingsOnlyStatus(fromSettings: ConnectorNames, setting: string | undefined, locale: Locale): ConnectorSourceStatus {
    const problems: string[] = [];
    if (setting !== undefined && this.workspaceFolders().length === 0) {
      const problem = say(locale, connectorSourceMessages.noWorkspaceFolder, { setting });
      problems.push(problem);
      this.warnOnce({ kind: undefined, location: setting, names: { ad: [], azureAd: [] }, problems }, locale);
    }
    const count = countConnectors(fromSettings);
    const action = say(locale, connectorSourceMessages.tooltipAction);
    if (count === 0) return { text: say(locale, connectorSourceMessages.statusNone), tooltip: `${say(locale, connectorSourceMessages.tooltipNone)}\n${action}`, problems };
    const text = say(locale, count === 1 ? connectorSourceMessages.statusFromSettingsOne : connectorSourceMessages.statusFromSettingsMany, { count: String(count) });
    return { text, tooltip: `${say(locale, connectorSourceMessages.tooltipSettings)}\n${action}`, problems };
  }

  /** A reading in the document's language: a change of `adsyncLint.language` reads the source again, in the new one. */
  private readingFor(uri: string, setting: string | undefined, locale: Locale): ConnectorSourceReading | undefined {
    const location = setting !== undefined ? resolveSourceSetting(setting, this.workspaceFolders(), filePathOfUri(uri)) : this.discovered();
    if (location === undefined) return undefined;
    const key = `${locale}\n${location}`;
    let reading = this.readings.get(key);
    if (!reading) {
      reading = readConnectorSource(location, undefined, locale);
      this.readings.set(key, reading);
    }
    return reading;
  }

  private discovered(): string | undefined {
    if (this.discoveredChoice === null) this.discoveredChoice = chooseDiscoveredSource(this.discoveredFiles);
    return this.discoveredChoice;
  }

  private warnOnce(reading: ConnectorSourceReading, locale: Locale): void {
    if (reading.problems.length === 0) return;
    const key = `${reading.location}\n${reading.problems.join('\n')}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    for (const problem of reading.problems) this.connection.console.warn(problem);
    const more = reading.problems.length - 1;
    const data = { location: reading.location, problem: reading.problems[0], count: String(more) };
    void this.connection.window.showWarningMessage(say(locale, more > 0 ? connectorSourceMessages.warningMore : connectorSourceMessages.warning, data));
  }
}
