import * as fs from 'fs';
import * as path from 'path';
import { describeFsError } from '../io/fsErrors';
import { decodeScript } from '../io/textEncoding';
import { normalizeOptions, type ConnectorNames } from '../shared/options';

const KEYS = ['ad', 'azureAd'];

/** Loads a --connectors file; any problem is an error, since a half-read file would make rules misfire. */
export function loadConnectors(file: string, cwd: string): { connectors: ConnectorNames } | { errors: string[] } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.resolve(cwd, file));
  } catch (error) {
    return { errors: [`cannot read the connectors file "${file}": ${describeFsError(error)}`] };
  }
  // Notepad and PowerShell's Out-File add a BOM (and may write UTF-16), which JSON.parse would reject.
  const { text } = decodeScript(bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { errors: [`the connectors file "${file}" is not valid JSON: ${(error as Error).message}`] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { errors: [`the connectors file "${file}" should hold an object like { "ad": ["contoso.com"], "azureAd": ["contoso.onmicrosoft.com - AAD"] }.`] };
  }
  const errors = Object.keys(raw)
    .filter((key) => !KEYS.includes(key))
    .map((key) => `the connectors file "${file}" has an unknown key "${key}"; expected "ad" and "azureAd".`);
  const { options, warnings } = normalizeOptions({ connectors: raw }, []);
  // The warnings are worded for settings that are fixed up and used; here the file is refused instead.
  const reworded = warnings.map((warning) => warning.replace(/"connectors\./g, '"').replace(/; it was ignored\.$/, '.'));
  errors.push(...reworded.map((warning) => `the connectors file "${file}": ${warning}`));
  return errors.length > 0 ? { errors } : { connectors: options.connectors };
}
