// The site's editions, one row each: everything else that differs by language is derived from this
// table (the schema's required languages, the routes, the language switcher, hreflang and
// og:locale, the budgets' page patterns, Astro's i18n config) or lives in the edition's strings
// file (src/lib/i18n/strings-<code>.ts), which its row names. Adding a language: a row here, its
// strings file, its content/<code>/ pages and the data translations (editions.test.ts runs one).
// Build-time only: the strings come with it, so browser scripts must not import it.
import type { Strings } from './strings.ts';
import { en } from './strings-en.ts';
import { fr } from './strings-fr.ts';

export interface Edition {
  /** The edition's code: the key of its text in data files, its content/ folder, its URL prefix. */
  code: string;
  /** The language's name in that language, as the switcher shows it. */
  name: string;
  /** The page's <html lang>. */
  lang: string;
  /** The hreflang of links to this edition and of its <link rel="alternate">. */
  hreflang: string;
  /** Open Graph's og:locale (language_TERRITORY). */
  ogLocale: string;
  /** The Intl locale for dates, numbers, plurals and lists: British English writes "22 December 2023". */
  intl: string;
  /** The path every page of the edition starts with: '' for the default edition, else '/<code>'. */
  prefix: string;
  /** How the edition writes the first day of a month in dates, when not as a plain number ("1er décembre"). */
  firstOfMonth?: string;
  /** The spacing rules src/lib/format/typography.ts applies to the edition's text. */
  typography: 'plain' | 'french';
  /** The edition's interface words (strings.ts says what each one is for). */
  strings: Strings;
}

export const editions = [
  {
    code: 'en',
    name: 'English',
    lang: 'en',
    hreflang: 'en',
    ogLocale: 'en_GB',
    intl: 'en-GB',
    prefix: '',
    typography: 'plain',
    strings: en,
  },
  {
    code: 'fr',
    name: 'Français',
    lang: 'fr',
    hreflang: 'fr',
    ogLocale: 'fr_FR',
    intl: 'fr-FR',
    prefix: '/fr',
    firstOfMonth: '1er',
    typography: 'french',
    strings: fr,
  },
] as const satisfies readonly Edition[];

export type Locale = (typeof editions)[number]['code'];

/** The first row is the default edition, served at the site's root. */
export const defaultLocale: Locale = editions[0].code;

export function edition(locale: Locale): Edition {
  return editions.find((e) => e.code === locale)!;
}

/** One value per edition, computed from its row: `{ en: …, fr: … }`. */
export function byEdition<T>(
  value: (edition: Edition & { code: Locale }) => T,
  table: readonly Edition[] = editions,
): Record<Locale, T> {
  return Object.fromEntries(table.map((e) => [e.code, value(e as Edition & { code: Locale })])) as Record<Locale, T>;
}
