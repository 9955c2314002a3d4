import { localize, type Locale, type Localized } from '../shared/locale';
import { TextDecoder } from 'util';

/** The encodings Windows PowerShell and PowerShell 7 write scripts in, told apart by their BOM. */
export type ScriptEncoding = 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be';

export interface DecodedScript {
  /** The text without its BOM, so offsets count from the first character the editor shows. */
  text: string;
  encoding: ScriptEncoding;
  /**
   * The bytes were not valid in the encoding (e.g. a Windows-1252 script read as UTF-8): the text
   * holds U+FFFD where they were, so writing it back would change bytes the user never touched.
   */
  lossy: boolean;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const utf16leStrict = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16leLenient = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: true });

function decodeWith(strict: TextDecoder, lenient: TextDecoder, bytes: Uint8Array): { text: string; lossy: boolean } {
  try {
    return { text: strict.decode(bytes), lossy: false };
  } catch {
    return { text: lenient.decode(bytes), lossy: true };
  }
}

function swapPairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1];
    swapped[i + 1] = bytes[i];
  }
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1];
  return swapped;
}

export function decodeScript(bytes: Uint8Array): DecodedScript {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ...decodeWith(utf8Strict, utf8Lenient, bytes.subarray(3)), encoding: 'utf8bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ...decodeWith(utf16leStrict, utf16leLenient, bytes.subarray(2)), encoding: 'utf16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    // Swapping byte pairs turns big-endian into little-endian, which every Node build can decode.
    return { ...decodeWith(utf16leStrict, utf16leLenient, swapPairs(bytes.subarray(2))), encoding: 'utf16be' };
  }
  return { ...decodeWith(utf8Strict, utf8Lenient, bytes), encoding: 'utf8' };
}

export function encodeScript(text: string, encoding: ScriptEncoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf8bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(swapPairs(Buffer.from(text, 'utf16le')))]);
  }
}

export const ENCODING_LABELS: Record<ScriptEncoding, Localized> = {
  utf8: { en: 'UTF-8', nl: 'UTF-8' },
  utf8bom: { en: 'UTF-8 with BOM', nl: 'UTF-8 met BOM' },
  utf16le: { en: 'UTF-16 LE', nl: 'UTF-16 LE' },
  utf16be: { en: 'UTF-16 BE', nl: 'UTF-16 BE' },
};

export function encodingLabel(encoding: ScriptEncoding, locale: Locale = 'en'): string {
  return localize(ENCODING_LABELS[encoding], locale);
}
