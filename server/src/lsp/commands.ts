import { TextDocumentEdit, type Connection, type ExecuteCommandParams, type TextDocuments, type TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { localize, localizeWhole, type Locale } from '../shared/locale';
import { CommandIds } from './commandIds';
import { lspMessages as say } from './lspMessages';
import { fixAllEdit } from './fixAllEdit';
import { MessageType, notifyUser } from './notifyUser';
import { insertMultiForestScriptEdit, insertScriptEdit } from './insertScript';
import type { SettingsStore } from './settingsStore';


/** What the client passes to document commands; the palette path fills it from the active editor. */
export interface DocumentCommandTarget {
  uri: string;
  /** The version the user acted on; the command does nothing when the text has changed since. */
  version?: number;
  /** The cursor line, where inserted text goes. */
  line?: number;
}

function targetOf(args: unknown[] | undefined): DocumentCommandTarget | undefined {
  const first = args?.[0];
  if (typeof first === 'string') return { uri: first };
  if (typeof first === 'object' && first !== null && typeof (first as DocumentCommandTarget).uri === 'string') return first as DocumentCommandTarget;
  return undefined;
}

/** Runs the server's commands; edits go back to the client as version-checked workspace edits. */
export class CommandHandler {
  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly settings: SettingsStore,
    private readonly clientShowsDocuments: () => boolean = () => true,
    /** The language for messages not tied to a document's settings. */
    private readonly defaultLocale: () => Locale,
  ) {}

  async execute(params: ExecuteCommandParams): Promise<void> {
    if (params.command === CommandIds.showRuleDocs) {
      const url = params.arguments?.[0];
      if (typeof url !== 'string') return;
      // An editor that cannot open a link still gets the address, to open it by hand.
      const shown = this.clientShowsDocuments() ? await this.connection.window.showDocument({ uri: url, takeFocus: true }) : { success: false };
      if (!shown.success) notifyUser(this.connection, MessageType.Info, localize(say.docsAt, this.defaultLocale(), { url }));
      return;
    }
    const target = targetOf(params.arguments);
    const document = target ? this.documents.get(target.uri) : undefined;
    if (!target || !document) {
      notifyUser(this.connection, MessageType.Info, localize(say.openScriptFirst, this.defaultLocale()));
      return;
    }
    if (target.version !== undefined && target.version !== document.version) return;
    const settings = await this.settings.get(document.uri);

    const locale = settings.options.locale;
    let edit: TextEdit | undefined;
    let label: string;
    if (params.command === CommandIds.applyFixAll) {
      edit = fixAllEdit(document, settings.options);
      label = localize(say.fixAll, locale);
      if (!edit) {
        notifyUser(this.connection, MessageType.Info, localize(say.nothingToFix, locale));
        return;
      }
    } else if (params.command === CommandIds.insertScript) {
      edit = insertScriptEdit(document, target.line ?? 0, settings.options.connectors);
      label = localize(say.insertScriptLabel, locale);
    } else if (params.command === CommandIds.insertScriptForEveryForest) {
      edit = insertMultiForestScriptEdit(document, target.line ?? 0, settings.options.connectors);
      label = localize(say.insertMultiForestLabel, locale);
    } else return;

    const result = await this.connection.workspace.applyEdit({
      label,
      edit: { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, [edit])] },
    });
    if (!result.applied) {
      const reason = result.failureReason ?? localizeWhole(say.documentChanged, locale);
      this.connection.console.warn(localizeWhole(say.editNotApplied, locale, { label, uri: document.uri, reason }));
    }
  }
}
