// What the data desk lets a reader find an event by beyond its row's visible text: the place's
// other spellings and region, its country in every edition, and its title in every edition (an
// English reader can type the French "embuscade"). Words the row already shows are left out, and
// summaries too: the page ships these words on every row, within its byte budget.
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import { locales, type Locale } from '../i18n/locales.ts';
import { countryName } from '../format/country.ts';
import { searchWords } from './search.ts';

export function eventSearchWords(event: NigerEvent, place: Place, locale: Locale): string {
  const shown = new Set(searchWords([place.name, event.text[locale]?.title]).split(' '));
  const words = searchWords([
    ...place.alt_names,
    place.admin1,
    ...locales.flatMap((l) => [countryName(place.country, l), event.text[l]?.title]),
  ]);
  return words
    .split(' ')
    .filter((w) => !shown.has(w))
    .join(' ');
}
