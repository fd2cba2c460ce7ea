// The Intl locale of each edition: British English writes "22 December 2023", as the house style does.
import type { Locale } from '../../schema/localized.ts';

export const intlLocale: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };
