// What the data desk lets a reader find an event by beyond its row's visible text: the place's
// other spellings and region, its country, and the title and summary in every edition.
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import { locales } from '../i18n/locales.ts';
import { countryName } from '../format/country.ts';
import { searchWords } from './search.ts';

export function eventSearchWords(event: NigerEvent, place: Place): string {
  return searchWords([
    place.name, ...place.alt_names, place.admin1,
    ...locales.flatMap((l) => [countryName(place.country, l), event.text[l]?.title, event.text[l]?.summary]),
  ]);
}
