// Matching an imported location to the gazetteer, or proposing a new place for review.
import { geoDistance } from 'd3-geo';
import type { Place } from '../../schema/place.ts';
import { slugify } from '../format/fold.ts';

const EARTH_RADIUS_KM = 6371;

export function distanceKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  return geoDistance([a.lon, a.lat], [b.lon, b.lat]) * EARTH_RADIUS_KM;
}

export function nearestPlace(
  places: readonly Place[],
  point: { lon: number; lat: number },
  maxKm = 10,
): Place | undefined {
  let best: Place | undefined;
  let bestKm = maxKm;
  for (const place of places) {
    const km = distanceKm(place, point);
    if (km <= bestKm) [best, bestKm] = [place, km];
  }
  return best;
}

/** Cells of 0.1° (about 11 km of latitude): a place within 10 km is in a cell next to the point's. */
const CELL = 0.1;

/**
 * Places bucketed on a grid, so matching 100,000 rows against thousands of proposed places looks
 * at a handful of places per row instead of all of them.
 */
export class PlaceIndex {
  private readonly cells = new Map<string, Place[]>();
  private readonly maxKm: number;

  constructor(places: readonly Place[], maxKm = 10) {
    this.maxKm = maxKm;
    for (const p of places) this.add(p);
  }

  add(place: Place): void {
    const key = `${Math.floor(place.lat / CELL)},${Math.floor(place.lon / CELL)}`;
    const cell = this.cells.get(key);
    if (cell) cell.push(place);
    else this.cells.set(key, [place]);
  }

  nearest(point: { lon: number; lat: number }): Place | undefined {
    const row = Math.floor(point.lat / CELL);
    const col = Math.floor(point.lon / CELL);
    const rows = Math.ceil(this.maxKm / (111 * CELL));
    // Degrees of longitude shrink towards the poles: look at more columns there.
    const cols = Math.min(
      1800,
      Math.ceil(this.maxKm / (111 * CELL * Math.max(0.01, Math.cos((point.lat * Math.PI) / 180)))),
    );
    const near: Place[] = [];
    for (let r = row - rows; r <= row + rows; r++) {
      for (let c = col - cols; c <= col + cols; c++) near.push(...(this.cells.get(`${r},${c}`) ?? []));
    }
    return nearestPlace(near, point, this.maxKm);
  }
}

/** Longest base of a proposed place id, so ids stay short whatever the export's place names. */
const MAX_ID_BASE = 40;

export function placeId(name: string): string {
  const base = slugify(name) || 'place';
  return base.length > MAX_ID_BASE ? base.slice(0, MAX_ID_BASE).replace(/-+$/, '') : base;
}

/** A short, stable tag of coordinates (FNV-1a of the point to about 10 m, base 36). */
export function pointTag(lat: number, lon: number): string {
  let hash = 0x811c9dc5;
  for (const ch of `${lat.toFixed(4)},${lon.toFixed(4)}`) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/**
 * The id of a proposed place: its name, and when that id is taken (another "Kodo" elsewhere), the
 * name and a tag of its coordinates, so the same place gets the same id in every import and no id
 * grows with the number of namesakes (appending "-2" per clash made 9,243-character ids).
 */
export function uniquePlaceId(name: string, lat: number, lon: number, taken: (id: string) => boolean): string {
  const base = placeId(name);
  if (!taken(base)) return base;
  const tagged = `${base}-${pointTag(lat, lon)}`;
  if (!taken(tagged)) return tagged;
  for (let n = 2; ; n++) if (!taken(`${tagged}-${n}`)) return `${tagged}-${n}`;
}

/** Where an importer's row says an event happened, before it is matched to a place or proposed as one. */
export interface RowLocation {
  name: string;
  lon: number;
  lat: number;
  admin1: string;
  country: string;
  precision: Place['precision'];
  sourceUrl: string;
}

export function proposePlace(input: RowLocation & { id?: string; note: string }): Place {
  return {
    id: input.id ?? placeId(input.name),
    name: input.name,
    alt_names: [],
    lat: input.lat,
    lon: input.lon,
    admin1: input.admin1 || 'unknown',
    country: input.country,
    precision: input.precision,
    rank: 3,
    source_url: input.sourceUrl,
    note: input.note,
  };
}
