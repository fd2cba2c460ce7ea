// Event markers for the map: projected positions, symbol paths and accessible names, computed at
// build time so the server can render them and the browser only shows or hides them.
import type { GeoProjection } from 'd3-geo';
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import type { Locale } from '../../schema/localized.ts';
import { reportedDeaths } from '../events/claims.ts';
import { eventLabel } from '../format/event-label.ts';
import { extent } from './frame.ts';
import { markerRadius, symbolPath } from './symbols.ts';
import { round } from '../format/round.ts';

export interface Marker {
  id: string;
  kind: NigerEvent['kind'];
  date: string;
  place: string;
  x: number;
  y: number;
  r: number;
  deaths: number;
  d: string;
  label: string;
}

export function insideExtent(place: Pick<Place, 'lon' | 'lat'>): boolean {
  const [w, s, e, n] = extent;
  return place.lon >= w && place.lon <= e && place.lat >= s && place.lat <= n;
}

/** Markers for the events whose place lies in the map's extent, largest first so small ones stay on top. */
export function buildMarkers(
  events: readonly NigerEvent[],
  places: ReadonlyMap<string, Place>,
  projection: GeoProjection,
  locale: Locale,
): Marker[] {
  const markers: Marker[] = [];
  for (const event of events) {
    const place = places.get(event.place);
    if (!place) throw new Error(`Event "${event.id}" refers to unknown place "${event.place}"`);
    if (!insideExtent(place)) continue;
    const [x, y] = projection([place.lon, place.lat]) ?? [NaN, NaN];
    // The counted toll of this event alone: a marker stands for one report, even within an incident.
    const deaths = reportedDeaths(event);
    const r = markerRadius(event.kind, deaths);
    markers.push({
      id: event.id,
      kind: event.kind,
      date: event.date,
      place: place.id,
      x: round(x, 2),
      y: round(y, 2),
      r: round(r, 2),
      deaths,
      d: symbolPath(event.kind, r),
      label: eventLabel(event, place, locale),
    });
  }
  return markers.sort((a, b) => b.r - a.r || a.date.localeCompare(b.date));
}
