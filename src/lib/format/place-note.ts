// The reader-facing note under an approximate marker: where it really happened, and, when the
// marker is more than 30 km from the site, how far (from the event's `place_offset_km`), so a
// reader never takes the marker for the place.
import type { NigerEvent } from '../../schema/event.ts';
import type { Locale } from '../../schema/localized.ts';
import { strings } from '../i18n/strings.ts';
import { formatNumber } from './numbers.ts';
import { localize } from './localize.ts';

/** Beyond this distance the note says how far the marker is from the site. */
export const farMarkerKm = 30;

export function placeNote(
  event: Pick<NigerEvent, 'place_note' | 'place_offset_km'>,
  locale: Locale,
): string | undefined {
  const note = event.place_note && localize(event.place_note, locale);
  const far =
    event.place_offset_km !== undefined && event.place_offset_km > farMarkerKm
      ? strings[locale].provenance.markerOffset.replace('{km}', formatNumber(event.place_offset_km, locale))
      : undefined;
  if (!note) return far;
  if (!far) return note;
  return `${note}${/[.!?]$/.test(note) ? '' : '.'} ${far}`;
}
