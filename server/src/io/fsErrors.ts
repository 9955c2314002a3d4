import { localize, type Locale, type Localized } from '../shared/locale';

/** File-system error codes a user can act on, in words. */
export const FS_ERROR_REASONS: Record<string, Localized> = {
  ENOENT: { en: 'no such file or directory', nl: 'bestand of map bestaat niet' },
  ENOTDIR: { en: 'a part of the path is not a directory', nl: 'een deel van het pad is geen map' },
  EACCES: { en: 'permission denied', nl: 'toegang geweigerd' },
  EPERM: { en: 'operation not permitted', nl: 'bewerking niet toegestaan' },
  EISDIR: { en: 'it is a directory', nl: 'het is een map' },
  ELOOP: { en: 'too many levels of symbolic links', nl: 'te veel niveaus van symbolische koppelingen' },
  EBUSY: { en: 'the file is locked by another process', nl: 'het bestand is vergrendeld door een ander proces' },
  EMFILE: { en: 'too many open files', nl: 'te veel geopende bestanden' },
  ENAMETOOLONG: { en: 'the path is too long', nl: 'het pad is te lang' },
  EROFS: { en: 'the file system is read-only', nl: 'het bestandssysteem is alleen-lezen' },
  ENOSPC: { en: 'no space left on the device', nl: 'geen ruimte meer op het apparaat' },
};

/** A short reason for a file-system error that a user can act on, with the code for searching. */
export function describeFsError(error: unknown, locale: Locale = 'en'): string {
  const err = error as NodeJS.ErrnoException | undefined;
  if (err && typeof err.code === 'string') {
    const reason = FS_ERROR_REASONS[err.code];
    if (reason) return `${localize(reason, locale)} (${err.code})`;
    return `${err.message.replace(/^[A-Z]+: /, '')}`;
  }
  return error instanceof Error ? error.message : String(error);
}
