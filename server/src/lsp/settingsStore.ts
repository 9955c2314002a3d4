import type { Connection } from 'vscode-languageserver/node';
import { localize, localizeWhole, resolveLocale, type Locale } from '../shared/locale';
import { ruleIds } from '../rules';
import { lspMessages as say } from './lspMessages';
import { MessageType, notifyUser } from './notifyUser';
import type { ConnectorSourceStore } from './connectorSourceStore';
import { normalizeSettings, type DocumentSettings } from './settings';

/**
 * Pulls `adsyncLint` settings per document (they may differ per workspace folder) and caches
 * them until the client says the configuration changed. Each distinct problem with the settings
 * is shown to the user once, not on every lint.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<DocumentSettings>>();
  private readonly warned = new Set<string>();
  /** Used when the client cannot answer `workspace/configuration` requests. */
  private pushedSection: unknown = undefined;

  constructor(
    private readonly connection: Connection,
    private readonly clientPullsConfiguration: () => boolean,
    /** Adds the names read from the server's files; without it, only the settings' names are used. */
    private readonly connectorSources?: ConnectorSourceStore,
    /** The `locale` the client sent in `initialize`: the language under `adsyncLint.language: auto`. */
    private readonly clientLocale: () => string | undefined = () => undefined,
  ) {}

  /** The language for messages that belong to no document. */
  defaultLocale(): Locale {
    return resolveLocale(this.clientLocale());
  }

  get(uri: string): Promise<DocumentSettings> {
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.load(uri);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /**
   * Editors other than VS Code may pass the settings once, in `initialize`, as
   * `{ "adsyncLint": { … } }` or as the bare section; they stand until the client sends others.
   */
  useInitializationOptions(options: unknown): void {
    const section = sectionOf(options);
    if (section !== undefined) this.pushedSection = section;
  }

  /** Forgets every cached value; `pushed` is the section the client sent along, if any. */
  invalidate(pushed: unknown): void {
    this.cache.clear();
    if (pushed !== undefined) this.pushedSection = pushed;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async load(uri: string): Promise<DocumentSettings> {
    let raw: unknown = this.pushedSection;
    if (this.clientPullsConfiguration()) {
      try {
        const pulled: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'adsyncLint' });
        // A client that knows no such section answers null: what it sent in `initialize`, if anything, then applies.
        if (pulled !== null && pulled !== undefined) raw = pulled;
      } catch (error) {
        this.connection.console.error(localizeWhole(say.settingsUnreadable, this.defaultLocale(), { uri, error: String(error) }));
      }
    }
    const { settings, warnings } = normalizeSettings(raw, ruleIds, this.clientLocale());
    this.warnOnce(warnings, settings.options.locale);
    if (this.connectorSources) settings.connectorStatus = this.connectorSources.apply(uri, settings);
    return settings;
  }

  private warnOnce(warnings: readonly string[], locale: Locale): void {
    const fresh = warnings.filter((warning) => !this.warned.has(warning));
    if (fresh.length === 0) return;
    for (const warning of fresh) {
      this.warned.add(warning);
      this.connection.console.warn(warning);
    }
    const message = fresh.length > 1 ? localize(say.moreWarnings, locale, { first: fresh[0], count: String(fresh.length - 1) }) : fresh[0];
    notifyUser(this.connection, MessageType.Warning, message);
  }
}

function sectionOf(options: unknown): unknown {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return undefined;
  const record = options as Record<string, unknown>;
  return 'adsyncLint' in record ? record.adsyncLint : Object.keys(record).length > 0 ? record : undefined;
}
