import * as path from 'path';
import { fileURLToPath } from 'url';

/** A `file:` URI's path, or undefined for other schemes (untitled documents, virtual file systems). */
export function filePathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * Where a `connectorSource` setting points: an absolute path as it is; a relative one against the
 * workspace folder holding the document, else the first folder; undefined when there is none.
 */
export function resolveSourceSetting(setting: string, folders: readonly string[], documentPath: string | undefined): string | undefined {
  if (path.isAbsolute(setting)) return path.normalize(setting);
  const owner = documentPath === undefined ? undefined : folders.find((folder) => documentPath.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep));
  const base = owner ?? folders[0];
  return base === undefined ? undefined : path.resolve(base, setting);
}
