import { excerpt, MAX_MESSAGE_LENGTH } from './excerpt';

/** The languages adsync-lint speaks. English is the default and the fallback for any other locale. */
export type Locale = 'en' | 'nl';

export const LOCALES: readonly Locale[] = ['en', 'nl'];

/** One text in every language adsync-lint speaks, with the same `{{placeholders}}` in each. */
export interface Localized {
  en: string;
  nl: string;
}

/**
 * The language a locale tag asks for: `nl`, `nl-NL`, `nl_BE.UTF-8` and `NL` are Dutch; any other
 * tag (or none) gives undefined, so the caller can try the next source before falling back to English.
 */
export function localeOfTag(tag: string | undefined | null): Locale | undefined {
  if (typeof tag !== 'string') return undefined;
  const language = tag.trim().toLowerCase().split(/[-_.@]/, 1)[0];
  return language === 'nl' ? 'nl' : language === 'en' ? 'en' : undefined;
}

/** The first tag that names a language adsync-lint speaks, or English. */
export function resolveLocale(...tags: ReadonlyArray<string | undefined | null>): Locale {
  for (const tag of tags) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return 'en';
}

/**
 * A text as code declares it: every language, or a plain string, which is English only (test
 * doubles; a shipped text without its Dutch fails the completeness test).
 */
export type Translatable = string | Localized;

/** The template in `locale`, English when that translation is missing. */
export function templateOf(text: Translatable, locale: Locale): string {
  if (typeof text === 'string') return text;
  return text[locale] || text.en;
}

/**
 * The text in `locale` with its `{{placeholders}}` filled; an unknown placeholder stays visible.
 * For the product's own texts (rule messages go through `formatMessage`, which shortens script excerpts).
 */
export function localize(text: Translatable, locale: Locale, data?: Record<string, string>): string {
  return fill(templateOf(text, locale), data, MAX_MESSAGE_LENGTH);
}

/**
 * The text in `locale` with its `{{placeholders}}` filled in whole: for values the product itself
 * made (paths it was given, file-system reasons, its own messages), which nothing may shorten.
 */
export function localizeWhole(text: Translatable, locale: Locale, data?: Record<string, string>): string {
  return fill(templateOf(text, locale), data, Infinity);
}

function fill(template: string, data: Record<string, string> | undefined, maxValueLength: number): string {
  if (!data) return template;
  let out = '';
  let pos = 0;
  for (;;) {
    const open = template.indexOf('{{', pos);
    if (open === -1) break;
    const close = template.indexOf('}}', open + 2);
    if (close === -1) break;
    const key = template.slice(open + 2, close).trim();
    out += template.slice(pos, open) + (key in data ? excerpt(data[key], maxValueLength) : template.slice(open, close + 2));
    pos = close + 2;
  }
  return out + template.slice(pos);
}

/** The `{{placeholder}}` names a template uses, sorted and without repeats. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  let pos = 0;
  for (;;) {
    const open = template.indexOf('{{', pos);
    if (open === -1) break;
    const close = template.indexOf('}}', open + 2);
    if (close === -1) break;
    names.add(template.slice(open + 2, close).trim());
    pos = close + 2;
  }
  return [...names].sort();
}

/**
 * A word put in front of a noun as its qualifier: "AD connector" in English, "AD-connector" in
 * Dutch, which writes such compounds with a hyphen. An empty word gives an empty prefix.
 */
export function compoundPrefix(word: string, locale: Locale): string {
  if (word === '') return '';
  return locale === 'nl' ? `${word}-` : `${word} `;
}
