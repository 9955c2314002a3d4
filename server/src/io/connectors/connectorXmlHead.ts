import * as fs from 'fs';
import { SaxesParser } from 'saxes';
import { describeFsError } from '../fsErrors';
import { createChunkDecoder, detectEncoding } from '../textEncoding';
import { localizeWhole, type Locale, type Localized } from '../../shared/locale';
import type { ConnectorRecord } from './connectorKinds';

/** The header fields a connector file starts with; the directory schema that follows is never read. */
const WANTED = new Set(['id', 'name', 'category', 'subtype']);
/** Fields that may come before or between the wanted ones; anything else means the header is over. */
const HEADER = new Set([...WANTED, 'format-version', 'description', 'ma-listname', 'company-name', 'creation-time', 'last-modification-time', 'version']);

const CHUNK_BYTES = 4 * 1024;
/** The header is a few hundred bytes; a file that has not shown it by here is not a connector export. */
export const HEAD_LIMIT_BYTES = 1024 * 1024;

/** What reading a connector file can say; `{{file}}` is the path as the user named it. */
export const xmlHeadMessages = {
  unreadable: {
    en: 'cannot read the connector file "{{file}}": {{reason}}',
    nl: 'kan het connectorbestand "{{file}}" niet lezen: {{reason}}',
  },
  malformed: {
    en: 'the connector file "{{file}}" is not well-formed XML: {{reason}}',
    nl: 'het connectorbestand "{{file}}" is geen goed gevormde XML: {{reason}}',
  },
  endsEarly: { en: 'the file ends before the connector header does', nl: 'het bestand eindigt voordat de connectorheader eindigt' },
  doctype: {
    en: 'the connector file "{{file}}" declares a DTD, which connector exports never do; it was not read.',
    nl: 'het connectorbestand "{{file}}" declareert een DTD, wat connectorexports nooit doen; het is niet gelezen.',
  },
  notConnector: {
    en: 'the file "{{file}}" is not a connector export: its root element is <{{root}}>, not <ma-data>.',
    nl: 'het bestand "{{file}}" is geen connectorexport: het hoofdelement is <{{root}}>, niet <ma-data>.',
  },
  noName: { en: 'the connector file "{{file}}" has no <name> in its header.', nl: 'het connectorbestand "{{file}}" heeft geen <name> in de header.' },
  tooLong: {
    en: 'the connector file "{{file}}" shows no connector header in its first {{size}} KB.',
    nl: 'het connectorbestand "{{file}}" toont geen connectorheader in de eerste {{size}} KB.',
  },
} satisfies Record<string, Localized>;

export type XmlHeadReading = { record: ConnectorRecord } | { error: string };

/**
 * Reads a `Connectors/Connector_{guid}.xml` file of a server configuration export only as far as
 * its header (`<ma-data><id/><name/><category/><subtype/>`), with a streaming parser: an AD
 * connector's file holds the whole directory schema and runs to megabytes. The parser loads no
 * DTD and expands no entity but XML's five, so a hostile file reaches nothing and stays small.
 */
export function readConnectorXmlHead(file: string, shownAs = file, locale: Locale = 'en'): XmlHeadReading {
  const unreadable = (error: unknown) => ({ error: localizeWhole(xmlHeadMessages.unreadable, locale, { file: shownAs, reason: describeFsError(error, locale) }) });
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    return unreadable(error);
  }
  try {
    return readHead(fd, shownAs, locale);
  } catch (error) {
    return unreadable(error);
  } finally {
    fs.closeSync(fd);
  }
}

function readHead(fd: number, file: string, locale: Locale): XmlHeadReading {
  const say = (text: Localized, data: Record<string, string> = {}): XmlHeadReading => ({ error: localizeWhole(text, locale, { file, ...data }) });
  const parser = new SaxesParser();
  const fields: Record<string, string> = {};
  let outcome: XmlHeadReading | undefined;
  let depth = 0;
  let field: string | undefined;
  let fieldText = '';
  const finish = () => {
    outcome ??= fields.name === undefined || fields.name.trim().length === 0 ? say(xmlHeadMessages.noName) : { record: recordOf(fields) };
  };

  parser.on('error', (error) => {
    outcome ??= say(xmlHeadMessages.malformed, { reason: error.message });
  });
  parser.on('doctype', () => {
    outcome ??= say(xmlHeadMessages.doctype);
  });
  parser.on('opentag', (tag) => {
    if (outcome) return;
    depth++;
    if (depth === 1 && tag.name !== 'ma-data') outcome = say(xmlHeadMessages.notConnector, { root: tag.name });
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
      outcome ??= say(xmlHeadMessages.malformed, { reason: localizeWhole(xmlHeadMessages.endsEarly, locale) });
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
    if (!outcome && position >= HEAD_LIMIT_BYTES) outcome = say(xmlHeadMessages.tooLong, { size: String(HEAD_LIMIT_BYTES / 1024) });
  }
  return outcome;
}

function recordOf(fields: Record<string, string>): ConnectorRecord {
  return { name: fields.name, type: fields.category, subtype: fields.subtype, id: fields.id };
}
