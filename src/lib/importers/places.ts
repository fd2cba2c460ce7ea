// Matching an imported location to the gazetteer, or proposing a new place for review.
import { geoDistance } from 'd3-geo';
import type { Place } from '../../schema/place.ts';

const EARTH_RADIUS_KM = 6371;

export function distanceKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}

export function nearestPlace(places: readonly Place[], point: { lon: number; lat: number }, maxKm = 10): Place | undefined {
  let best: Place | undefined;
  let bestKm = maxKm;
  for (const place of places) {
    const km = distanceKm(place, point);
    if (km <= bestKm) [best, bestKm] = [place, km];
  }
  return best;
}

export function placeId(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'place';
}

export function proposePlace(input: { name: string; lon: number; lat: number; admin1: string; country: string; precision: Place['precision']; sourceUrl: string; note: string }): Place {
  return {
    id: placeId(input.name), name: input.name, alt_names: [], lat: input.lat, lon: input.lon, admin1: input.admin1 || 'unknown',
    country: input.country, precision: input.precision, rank: 3, source_url: input.sourceUrl, note: input.note,
  };
}
