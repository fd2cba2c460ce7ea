// The dataset as GeoJSON: one Point per event at its place, with the whole event as properties.
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import { datasetLicence } from './licence.ts';

export type EventFeature = Feature<Point, NigerEvent & { place_name: string }>;

export function eventsGeoJson(
  events: readonly NigerEvent[],
  places: ReadonlyMap<string, Place>,
): FeatureCollection<Point> & { metadata: typeof datasetLicence } {
  const features: EventFeature[] = events.map((event) => {
    const place = places.get(event.place);
    if (!place) throw new Error(`Event "${event.id}" refers to unknown place "${event.place}"`);
    return {
      type: 'Feature',
      id: event.id,
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: { ...event, place_name: place.name },
    };
  });
  return { type: 'FeatureCollection', metadata: datasetLicence, features };
}
