// Picks a locale's text. A missing translation is an error, never a silent English fallback.
import type { Locale, Localized } from '../../schema/localized.ts';

export function localize(text: Localized, locale: Locale): string {
  const value = text[locale];
  if (value === undefined) throw new Error(`Missing ${locale} text for "${text.en}"`);
  return value;
}
