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

/** The encoding a byte-order mark announces, and how many bytes the mark takes; UTF-8 without one. */
export function detectEncoding(bytes: Uint8Array): { encoding: ScriptEncoding; bomLength: number } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf8bom', bomLength: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf16be', bomLength: 2 };
  return { encoding: 'utf8', bomLength: 0 };
}

export function decodeScript(bytes: Uint8Array): DecodedScript {
  const { encoding, bomLength } = detectEncoding(bytes);
  const body = bytes.subarray(bomLength);
  switch (encoding) {
    case 'utf16le':
      return { ...decodeWith(utf16leStrict, utf16leLenient, body), encoding };
    case 'utf16be':
      // Swapping byte pairs turns big-endian into little-endian, which every Node build can decode.
      return { ...decodeWith(utf16leStrict, utf16leLenient, swapPairs(body)), encoding };
    default:
      return { ...decodeWith(utf8Strict, utf8Lenient, body), encoding };
  }
}

/**
 * Decodes a file read in pieces (a character may straddle two pieces); the BOM, if any, must be
 * cut off the first piece by the caller. Bad bytes become U+FFFD: a reader of names, not of scripts
 * written back, has nothing to lose by that.
 */
export function createChunkDecoder(encoding: ScriptEncoding): (chunk: Uint8Array) => string {
  if (encoding === 'utf16be') {
    const decoder = new TextDecoder('utf-16le', { ignoreBOM: true });
    let carried: number | undefined;
    return (chunk) => {
      const joined = carried === undefined ? chunk : Uint8Array.from([carried, ...chunk]);
      const even = joined.length - (joined.length % 2);
      carried = even < joined.length ? joined[even] : undefined;
      return decoder.decode(swapPairs(joined.subarray(0, even)), { stream: true });
    };
  }
  const decoder = new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-8', { ignoreBOM: true });
  return (chunk) => decoder.decode(chunk, { stream: true });
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
