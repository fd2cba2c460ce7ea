// Country names in the reader's language, from ISO alpha-3 codes ("NER" → "Niger"), via Intl.
import type { Locale } from '../../schema/localized.ts';
import { iso2ByIso3 } from '../geo/country-codes.ts';
import { intlLocale } from './intl-locale.ts';

export function countryName(iso3: string, locale: Locale): string {
  const iso2 = iso2ByIso3[iso3];
  if (!iso2) throw new Error(`No country name for "${iso3}": add it to iso2ByIso3 in src/lib/geo/country-codes.ts`);
  return new Intl.DisplayNames([intlLocale[locale]], { type: 'region' }).of(iso2) ?? iso3;
}
