/**
 * Builds connector sources as Azure AD Connect writes them, for tests and the benchmark: a server
 * configuration export folder (Get-ADSyncServerConfiguration) and the one-line
 * `Get-ADSyncConnector | Select-Object Name, Type | ConvertTo-Json | Out-File` file, in the
 * encodings and line endings Windows PowerShell 5.1 and PowerShell 7 use.
 */
import * as fs from 'fs';
import * as path from 'path';

export interface ExportedConnector {
  /** Upper case in `<id>`, lower case in the file name, as the export writes them. */
  guid: string;
  name: string;
  category: 'AD' | 'Extensible2' | string;
  subtype: string;
  /** Bytes of directory schema after the header; an AD connector's runs to megabytes. */
  schemaBytes?: number;
}

export interface FileStyle {
  bom?: boolean;
  crlf?: boolean;
  utf16?: boolean;
}

export const AZURE_AD_SUBTYPE = 'Windows Azure Active Directory (Microsoft)';

export function adConnector(name: string, guid: string, schemaBytes = 4096): ExportedConnector {
  return { guid, name, category: 'AD', subtype: '', schemaBytes };
}

export function azureAdConnector(name: string): ExportedConnector {
  return { guid: 'B891884F-051E-4A83-95AF-2544101C9083', name, category: 'Extensible2', subtype: AZURE_AD_SUBTYPE, schemaBytes: 2048 };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Schema filler shaped like the export's: many attribute definitions. */
function schema(bytes: number): string {
  const parts: string[] = ['  <schema>', '    <dsml:dsml xmlns:dsml="http://www.dsml.org/DSML" xmlns:ms-dsml="http://www.microsoft.com/MMS/DSML">', '      <dsml:directory-schema>'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const attribute = `        <dsml:attribute-type id="attribute${i}" single-value="true"><dsml:name>attribute${i}</dsml:name><dsml:syntax>1.3.6.1.4.1.1466.115.121.1.15</dsml:syntax></dsml:attribute-type>`;
    parts.push(attribute);
    size += attribute.length + 2;
  }
  parts.push('      </dsml:directory-schema>', '    </dsml:dsml>', '  </schema>');
  return parts.join('\n');
}

export function connectorXml(connector: ExportedConnector): string {
  const subtype = connector.subtype === '' ? '  <subtype />' : `  <subtype>${escapeXml(connector.subtype)}</subtype>`;
  return [
    '<ma-data>',
    '  <format-version>1</format-version>',
    `  <id>{${connector.guid.toUpperCase()}}</id>`,
    `  <name>${escapeXml(connector.name)}</name>`,
    `  <category>${connector.category}</category>`,
    '  <description />',
    subtype,
    `  <ma-listname>${connector.subtype === '' ? 'Active Directory Domain Services' : escapeXml(connector.subtype)}</ma-listname>`,
    '  <company-name>Microsoft</company-name>',
    '  <creation-time>2024-03-01 10:00:00.000</creation-time>',
    schema(connector.schemaBytes ?? 1024),
    '</ma-data>',
    '',
  ].join('\n');
}

export function encode(text: string, style: FileStyle): Buffer {
  const lines = style.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  if (style.utf16) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines, 'utf16le')]);
  return Buffer.concat([style.bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(lines, 'utf8')]);
}

export function connectorFileName(connector: ExportedConnector): string {
  return `Connector_{${connector.guid.toLowerCase()}}.xml`;
}

/** Writes an export under `root` (Connectors/ plus the other folders it holds); returns `root`. */
export function writeServerConfigExport(root: string, connectors: readonly ExportedConnector[], style: FileStyle = { bom: true, crlf: true }): string {
  const folder = path.join(root, 'Connectors');
  fs.mkdirSync(folder, { recursive: true });
  fs.mkdirSync(path.join(root, 'SynchronizationRules'), { recursive: true });
  fs.mkdirSync(path.join(root, 'GlobalSettings'), { recursive: true });
  fs.writeFileSync(path.join(root, 'GlobalSettings', 'GlobalSettings.xml'), encode('<mv-data>\n  <format-version>1</format-version>\n</mv-data>\n', style));
  for (const connector of connectors) fs.writeFileSync(path.join(folder, connectorFileName(connector)), encode(connectorXml(connector), style));
  return root;
}

/**
 * `Get-ADSyncConnector | Select-Object Name, Type | ConvertTo-Json`: Windows PowerShell 5.1 indents
 * by four and puts two spaces after the colon; PowerShell 7 indents by two with one space. One
 * connector comes out as an object, several as an array.
 */
export function oneLineExportJson(connectors: readonly { Name: string; Type: string | number }[], powershell: '5.1' | '7'): string {
  const indent = powershell === '5.1' ? '    ' : '  ';
  const colon = powershell === '5.1' ? ':  ' : ': ';
  const object = (connector: { Name: string; Type: string | number }, depth: string) =>
    [`${depth}{`, `${depth}${indent}"Name"${colon}${JSON.stringify(connector.Name)},`, `${depth}${indent}"Type"${colon}${JSON.stringify(connector.Type)}`, `${depth}}`].join('\n');
  if (connectors.length === 1) return object(connectors[0], '') + '\n';
  return ['[', connectors.map((connector) => object(connector, indent)).join(',\n'), ']', ''].join('\n');
}

/** Out-File's encodings: UTF-16 LE with a BOM and CRLF in Windows PowerShell 5.1, UTF-8 without a BOM in PowerShell 7. */
export function outFile(text: string, powershell: '5.1' | '7'): Buffer {
  return powershell === '5.1' ? encode(text, { utf16: true, crlf: true }) : encode(text, { crlf: true });
}
