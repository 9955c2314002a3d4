import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver/node';
import type { ConnectorNames } from '../shared/options';
import { canonicalScript, multiForestScript } from '../fixes/canonicalScript';
import { connectorNamesForInsertion, connectorNamesForMultiForest } from './connectorNames';
import { detectEol } from './textLines';

/**
 * Inserts the canonical script at the start of `line`, in the document's line endings; whatever
 * the line held moves below the script.
 */
export function insertScriptEdit(document: TextDocument, line: number, configured: ConnectorNames): TextEdit {
  const text = document.getText();
  const names = connectorNamesForInsertion(configured, text);
  return insertAt(document, line, canonicalScript({ adConnector: names.ad, azureAdConnector: names.azureAd }, detectEol(text)));
}

/** The script as a loop over every AD connector known (from the server's export, settings or the script). */
export function insertMultiForestScriptEdit(document: TextDocument, line: number, configured: ConnectorNames): TextEdit {
  const text = document.getText();
  const names = connectorNamesForMultiForest(configured, text);
  return insertAt(document, line, multiForestScript({ adConnectors: names.ad, azureAdConnector: names.azureAd }, detectEol(text)));
}

function insertAt(document: TextDocument, line: number, newText: string): TextEdit {
  const position = { line: Math.max(0, Math.min(line, document.lineCount - 1)), character: 0 };
  return { range: { start: position, end: position }, newText };
}
