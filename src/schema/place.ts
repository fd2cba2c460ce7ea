// A place in the gazetteer (data/places.json): every marker and label on the maps points at one.
import { z } from 'astro/zod';
import { kebabId } from './localized.ts';
import { limits, name, text } from './text.ts';
import { webUrl } from './url.ts';

export const placePrecisions = ['exact', 'town', 'approx'] as const;

/**
 * GeoNames or a canonical Wikipedia article: what a reader can open to check the coordinates.
 * Scots Wikipedia is refused for its known quality problems; mobile and "simple" pages are
 * copies of an article with a canonical address of its own.
 */
export function isCanonicalPlaceSource(url: string): boolean {
  const u = new URL(url);
  if (u.protocol !== 'https:' || u.search !== '') return false;
  if (u.hostname === 'www.geonames.org') return /^\/\d+(\/[^/]*)?$/.test(u.pathname);
  const wiki = /^([a-z]{2,3})\.wikipedia\.org$/.exec(u.hostname);
  return wiki !== null && !['sco', 'simple'].includes(wiki[1]!) && /^\/wiki\/[^/]+$/.test(u.pathname);
}

export const placeSchema = z
  .strictObject({
    /** Stable id that events use in their `place` field, e.g. "bankilare". */
    id: kebabId,
    /** Common French spelling with accents, as readers see it: "Bankilaré". */
    name: name(limits.placeName),
    /** Other spellings, so search still finds the place: ["Bankilare"]. */
    alt_names: z.array(name(limits.placeName)).default([]),
    /** Latitude in decimal degrees (WGS84), north positive. */
    lat: z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
    /** Longitude in decimal degrees (WGS84), east positive. */
    lon: z
      .number()
      .min(-180, 'longitude must be between -180 and 180')
      .max(180, 'longitude must be between -180 and 180'),
    /** First-level region, e.g. "Tillabéri". */
    admin1: name(limits.placeName),
    /** ISO 3166-1 alpha-3 country code, e.g. "NER". */
    country: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "NER"'),
    /**
     * How precisely the coordinates locate the place itself: `exact` (the site or village),
     * `town` (the town centre), `approx` (only roughly known).
     */
    precision: z.enum(placePrecisions),
    /**
     * Label priority on maps: 1 capitals, 2 towns labelled on the regional maps,
     * 3 villages and sites labelled only when a story step highlights them.
     */
    rank: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /**
     * Where the coordinates were read: the place's GeoNames page (https://www.geonames.org/<id>) or
     * the canonical Wikipedia article (https://<lang>.wikipedia.org/wiki/<title>), never a mirror.
     */
    source_url: webUrl.refine(isCanonicalPlaceSource, {
      message:
        'must be https://www.geonames.org/<id> or a canonical Wikipedia article (https://<lang>.wikipedia.org/wiki/<title>; not a mirror, a mobile page or Scots Wikipedia)',
    }),
    /**
     * The place's GeoNames id, when it has an entry; tests/unit/gazetteer.test.ts checks the
     * coordinates against GeoNames' within 10 km.
     */
    geonames_id: z.number().int().positive().optional(),
    /** For an `approx` place: how far, in km, these coordinates lie from the real site. */
    offset_km: z.number().positive().max(1000).optional(),
    /** Anything an editor should know about this place or its coordinates. */
    note: text(limits.placeNoteEditor).optional(),
  })
  .refine((p) => p.lat !== 0 || p.lon !== 0, {
    path: ['lat'],
    message: 'is 0,0 (in the Gulf of Guinea): the coordinates are missing; copy them from source_url',
  });

export type Place = z.infer<typeof placeSchema>;
