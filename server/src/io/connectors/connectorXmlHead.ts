import * as fs from 'fs';
import { SaxesParser } from 'saxes';
import { describeFsError } from '../fsErrors';
import { createChunkDecoder, detectEncoding } from '../textEncoding';
import type { ConnectorRecord } from './connectorKinds';

/** The header fields a connector file starts with; the directory schema that follows is never read. */
const WANTED = new Set(['id', 'name', 'category', 'subtype']);
/** Fields that may come before or between the wanted ones; anything else means the header is over. */
const HEADER = new Set([...WANTED, 'format-version', 'description', 'ma-listname', 'company-name', 'creation-time', 'last-modification-time', 'version']);

const CHUNK_BYTES = 4 * 1024;
/** The header is a few hundred bytes; a file that has not shown it by here is not a connector export. */
export const HEAD_LIMIT_BYTES = 1024 * 1024;

export const xmlHeadMessages = {
  unreadable: (file: string, reason: string) => `cannot read the connector file "${file}": ${reason}`,
  malformed: (file: string, reason: string) => `the connector file "${file}" is not well-formed XML: ${reason}`,
  doctype: (file: string) => `the connector file "${file}" declares a DTD, which connector exports never do; it was not read.`,
  notConnector: (file: string, root: string) => `the file "${file}" is not a connector export: its root element is <${root}>, not <ma-data>.`,
  noName: (file: string) => `the connector file "${file}" has no <name> in its header.`,
  tooLong: (file: string) => `the connector file "${file}" shows no connector header in its first ${HEAD_LIMIT_BYTES / 1024} KB.`,
};

export type XmlHeadReading = { record: ConnectorRecord } | { error: string };

/**
 * Reads a `Connectors/Connector_{guid}.xml` file of a server configuration export only as far as
 * its header (`<ma-data><id/><name/><category/><subtype/>`), with a streaming parser: an AD
 * connector's file holds the whole directory schema and runs to megabytes. The parser loads no
 * DTD and expands no entity but XML's five, so a hostile file reaches nothing and stays small.
 */
export function readConnectorXmlHead(file: string, shownAs = file): XmlHeadReading {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    return { error: xmlHeadMessages.unreadable(shownAs, describeFsError(error)) };
  }
  try {
    return readHead(fd, shownAs);
  } catch (error) {
    return { error: xmlHeadMessages.unreadable(shownAs, describeFsError(error)) };
  } finally {
    fs.closeSync(fd);
  }
}

function readHead(fd: number, file: string): XmlHeadReading {
  const parser = new SaxesParser();
  const fields: Record<string, string> = {};
  let outcome: XmlHeadReading | undefined;
  let depth = 0;
  let field: string | undefined;
  let fieldText = '';
  const finish = () => {
    outcome ??= fields.name === undefined || fields.name.trim().length === 0 ? { error: xmlHeadMessages.noName(file) } : { record: recordOf(fields) };
  };

  parser.on('error', (error) => {
    outcome ??= { error: xmlHeadMessages.malformed(file, error.message) };
  });
  parser.on('doctype', () => {
    outcome ??= { error: xmlHeadMessages.doctype(file) };
  });
  parser.on('opentag', (tag) => {
    if (outcome) return;
    depth++;
    if (depth === 1 && tag.name !== 'ma-data') outcome = { error: xmlHeadMessages.notConnector(file, tag.name) };
    else if (depth === 2 && !HEADER.has(tag.name)) finish();
    else if (depth === 2 && WANTED.has(tag.name)) {
      field = tag.name;
      fieldText = '';
    }
  });
  parser.on('text', (text) => {
    if (field !== undefined && depth === 2) fieldText += text;
  });
  parser.on('closetag', () => {
    if (outcome) return;
    if (depth === 2 && field !== undefined) {
      fields[field] = fieldText.trim();
      field = undefined;
      if ([...WANTED].every((name) => fields[name] !== undefined)) finish();
    }
    depth--;
    if (depth === 0) finish();
  });

  const buffer = Buffer.alloc(CHUNK_BYTES);
  let decode: ((chunk: Uint8Array) => string) | undefined;
  let position = 0;
  while (!outcome) {
    const read = fs.readSync(fd, buffer, 0, CHUNK_BYTES, position);
    if (read === 0) {
      parser.close();
      outcome ??= { error: xmlHeadMessages.malformed(file, 'the file ends before the connector header does') };
      break;
    }
    let chunk: Uint8Array = buffer.subarray(0, read);
    if (!decode) {
      const { encoding, bomLength } = detectEncoding(chunk);
      decode = createChunkDecoder(encoding);
      chunk = chunk.subarray(bomLength);
    }
    position += read;
    parser.write(decode(chunk));
    if (!outcome && position >= HEAD_LIMIT_BYTES) outcome = { error: xmlHeadMessages.tooLong(file) };
  }
  return outcome;
}

function recordOf(fields: Record<string, string>): ConnectorRecord {
  return { name: fields.name, type: fields.category, subtype: fields.subtype, id: fields.id };
}
