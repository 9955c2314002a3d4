import type { Locale } from './locale';

/** A size for a message: "6.0 MB" or "12 KB", with Dutch's decimal comma ("6,0 MB") in Dutch. */
export function sizeText(units: number, locale: Locale): string {
  if (units < 1024 * 1024) return `${Math.ceil(units / 1024)} KB`;
  const megabytes = (units / (1024 * 1024)).toFixed(1);
  return `${locale === 'nl' ? megabytes.replace('.', ',') : megabytes} MB`;
}
