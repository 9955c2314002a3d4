import * as fs from 'fs';
import * as path from 'path';

/**
 * Replaces a file's content so that a reader (or a crash) never sees it half written: the bytes go
 * to a temporary file in the same directory (rename is only atomic within one file system), which
 * then replaces the original. A symlink is followed so the link itself stays a link.
 */
export async function writeFileAtomic(filePath: string, bytes: Uint8Array): Promise<void> {
  const target = await fs.promises.realpath(filePath);
  const stat = await fs.promises.stat(target);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let handle: fs.promises.FileHandle | undefined;
  try {
    // "wx" refuses to follow or reuse anything already at the temporary name.
    handle = await fs.promises.open(temp, 'wx', stat.mode & 0o7777);
    // open() applies the umask; the replaced file should keep exactly the permissions it had.
    await handle.chmod(stat.mode & 0o7777);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.promises.rename(temp, target);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.promises.unlink(temp).catch(() => undefined);
    throw error;
  }
}
