import { localeOfTag, type Locale } from '../shared/locale';

/** The system's own language as Node reports it (on Windows, the user's Windows display language). */
export function systemLocale(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale;
  } catch {
    return undefined;
  }
}

/**
 * The CLI's language: `--locale`, else the first of LC_ALL, LC_MESSAGES and LANG that is set (as
 * POSIX programs read them: `LANG=C` means English), else the system's language. English unless
 * that source says Dutch.
 */
export function cliLocale(fromArgs: Locale | undefined, env: Readonly<Record<string, string | undefined>>, system: () => string | undefined = systemLocale): Locale {
  if (fromArgs) return fromArgs;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return localeOfTag(value) ?? 'en';
  }
  return localeOfTag(system()) ?? 'en';
}
