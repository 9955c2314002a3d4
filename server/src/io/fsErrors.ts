const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  ELOOP: 'too many levels of symbolic links',
  EBUSY: 'the file is locked by another process',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the path is too long',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
};

/** A short reason for a file-system error that a user can act on, with the code for searching. */
export function describeFsError(error: unknown): string {
  const err = error as NodeJS.ErrnoException | undefined;
  if (err && typeof err.code === 'string') {
    const reason = REASONS[err.code];
    if (reason) return `${reason} (${err.code})`;
    return `${err.message.replace(/^[A-Z]+: /, '')}`;
  }
  return error instanceof Error ? error.message : String(error);
}
