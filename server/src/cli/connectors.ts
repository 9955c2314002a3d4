import * as fs from 'fs';
import * as path from 'path';
import { localize, type Locale } from '../shared/locale';
import { describeFsError } from '../io/fsErrors';
import { cliMessages as say } from './cliMessages';
import { decodeScript } from '../io/textEncoding';
import { normalizeOptions, type ConnectorNames } from '../shared/options';

const KEYS = ['ad', 'azureAd'];

/** Loads a --connectors file; any problem is an error, since a half-read file would make rules misfire. */
export function loadConnectors(file: string, cwd: string, locale: Locale = 'en'): { connectors: ConnectorNames } | { errors: string[] } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.resolve(cwd, file));
  } catch (error) {
    return { errors: [localize(say.connectorsUnreadable, locale, { file, reason: describeFsError(error, locale) })] };
  }
  // Notepad and PowerShell's Out-File add a BOM (and may write UTF-16), which JSON.parse would reject.
  const { text } = decodeScript(bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { errors: [localize(say.connectorsNotJson, locale, { file, reason: (error as Error).message })] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { errors: [localize(say.connectorsNotObject, locale, { file })] };
  }
  const errors = Object.keys(raw)
    .filter((key) => !KEYS.includes(key))
    .map((key) => localize(say.connectorsUnknownKey, locale, { file, key }));
  const { options, warnings } = normalizeOptions({ connectors: raw }, [], locale);
  // The warnings are worded for settings that are fixed up and used; here the file is refused instead.
  const reworded = warnings.map((warning) => warning.replace(/"connectors\./g, '"').replace(/; (?:it was ignored|de waarde is genegeerd|die is genegeerd)\.$/, '.'));
  errors.push(...reworded.map((problem) => localize(say.connectorsProblem, locale, { file, problem })));
  return errors.length > 0 ? { errors } : { connectors: options.connectors };
}
