// Plurals and lists by Intl, with the words from the edition's strings file: the code never asks
// which language it is writing ("1 blessé", "2 blessés"; "A, B and C", "A, B et C").
import type { Locale } from '../../schema/localized.ts';
import { intlLocale } from './intl-locale.ts';

/**
 * A phrase per plural category of Intl.PluralRules ("one", "few", "many", "other"…), "{n}" for the
 * number; `other` is required, a language's other categories only where its wording changes.
 */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

/** `words` for `count`, with "{n}" replaced by `shown` (the count as written, qualifier included). */
export function plural(words: Plural, count: number, locale: Locale, shown: string = String(count)): string {
  const tag = intlLocale[locale];
  let rules = pluralRules.get(tag);
  if (!rules) pluralRules.set(tag, (rules = new Intl.PluralRules(tag)));
  return (words[rules.select(count)] ?? words.other).replace('{n}', shown);
}

/** "A and B", "A, B and C" as the language joins them. */
export function andList(items: readonly string[], locale: Locale): string {
  const tag = intlLocale[locale];
  let format = listFormats.get(tag);
  if (!format) listFormats.set(tag, (format = new Intl.ListFormat(tag, { type: 'conjunction' })));
  return format.format(items);
}
