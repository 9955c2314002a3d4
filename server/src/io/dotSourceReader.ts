import * as fs from 'fs';
import * as path from 'path';
import { decodeScript } from './textEncoding';

/** Dot-sourced settings files are a few lines; anything larger is not read. */
export const MAX_DOT_SOURCED_SIZE = 256 * 1024;

/**
 * Whether a dot-sourced path may be opened at all. A UNC path (`\\server\share\x.ps1`), a device
 * path (`\\.\`, `\\?\`) or a URL would reach the network on Windows, where opening it can send the
 * user's credentials to whatever answers: such names stay unknown, whatever the file holds.
 */
export function isSafeDotSourcePath(written: string): boolean {
  if (written.length === 0 || written.includes('\0')) return false;
  if (written.startsWith('\\\\') || written.startsWith('//') || written.startsWith('\\/') || written.startsWith('/\\')) return false;
  if (written.includes('://')) return false;
  // `~`, `Env:`, `HKLM:` and other PowerShell drives are not file paths we can map.
  if (written.startsWith('~')) return false;
  const colon = written.indexOf(':');
  if (colon !== -1 && !(colon === 1 && process.platform === 'win32')) return false;
  return true;
}

/**
 * A reader for the files a script dot-sources, resolved against the script's own folder (where
 * admins keep `settings.ps1` and run from). `openText` answers for files open in an editor, whose
 * unsaved text wins over the disk. Reads synchronously: at most a few small files per lint.
 */
export function createDotSourceReader(scriptPath: string, openText?: (absolutePath: string) => string | undefined): (written: string) => string | undefined {
  const folder = path.dirname(scriptPath);
  const self = path.resolve(scriptPath);
  return (written) => {
    if (!isSafeDotSourcePath(written)) return undefined;
    const native = process.platform === 'win32' ? written : written.split('\\').join('/');
    const absolute = path.resolve(folder, native);
    // A script that dot-sources itself would only be read again.
    if (absolute === self) return undefined;
    const open = openText?.(absolute);
    if (open !== undefined) return open.length > MAX_DOT_SOURCED_SIZE ? undefined : open;
    try {
      const stat = fs.statSync(absolute);
      if (!stat.isFile() || stat.size > MAX_DOT_SOURCED_SIZE) return undefined;
      const decoded = decodeScript(fs.readFileSync(absolute));
      return decoded.text.includes('\0') ? undefined : decoded.text;
    } catch {
      return undefined;
    }
  };
}
