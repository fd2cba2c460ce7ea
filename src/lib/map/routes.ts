// Lines between places (a convoy's road, drawn schematically) as SVG paths in the base frame.
import type { GeoProjection } from 'd3-geo';
import type { Place } from '../../schema/place.ts';
import { pathMaker } from './basemap.ts';

export function routePath(placeIds: readonly string[], places: ReadonlyMap<string, Place>, projection: GeoProjection): string {
  const coordinates = placeIds.map((id) => {
    const place = places.get(id);
    if (!place) throw new Error(`A route refers to unknown place "${id}"`);
    return [place.lon, place.lat];
  });
  return pathMaker(projection)({ type: 'LineString', coordinates });
}
