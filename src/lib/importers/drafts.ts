// What both importers share: turning a mapped row into a draft event, finding the place or
// proposing one, and flagging possible duplicates of events already in the dataset.
import type { EventInput, NigerEvent } from '../../schema/event.ts';
import { eventSchema } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import { distanceKm, nearestPlace, proposePlace } from './places.ts';
import type { Rejected } from './rows.ts';

/** A draft's text fields hold English only; French is written by the reviewer. */
type EnglishOnly<T> = T extends { en: infer E; fr: unknown }
  ? { en: E; fr?: never }
  : T extends readonly (infer U)[]
    ? EnglishOnly<U>[]
    : T extends object
      ? { [K in keyof T]: EnglishOnly<T[K]> }
      : T;
export type DraftEvent = EnglishOnly<EventInput>;

/** Marks a draft so that it can never be mistaken for reviewed copy. */
export const draftPrefix = 'DRAFT, review before publishing: ';

export interface Mapped {
  sourceId: string;
  event: Omit<DraftEvent, 'id' | 'place'>;
  location: { name: string; lon: number; lat: number; admin1: string; country: string; precision: Place['precision']; sourceUrl: string };
}

export interface ImportResult {
  drafts: DraftEvent[];
  new_places: Place[];
  duplicates: { draft: string; of: string; days: number; km: number }[];
  rejected: Rejected[];
}

/**
 * Drafts carry English only: the French is written by a person during review, and the build fails
 * until it is. To check everything else in a draft, validate a copy whose missing French values
 * repeat the English.
 */
function withFrenchPlaceholders<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withFrenchPlaceholders) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, withFrenchPlaceholders(v)]);
  const copy = Object.fromEntries(entries) as Record<string, unknown>;
  if ('en' in copy && !('fr' in copy)) copy.fr = copy.en;
  return copy as T;
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

export function collectDrafts(
  mapped: readonly Mapped[],
  rejected: Rejected[],
  existing: { events: readonly NigerEvent[]; places: readonly Place[] },
  { includeDuplicates = false, file = 'export' } = {},
): ImportResult {
  const result: ImportResult = { drafts: [], new_places: [], duplicates: [], rejected };
  const known = [...existing.places];
  const placeOf = new Map(existing.places.map((p) => [p.id, p]));
  for (const m of mapped) {
    let place = nearestPlace(known, m.location);
    if (!place) {
      place = proposePlace({ ...m.location, note: `Proposed by the importer from ${file}; check the name, coordinates and precision.` });
      while (placeOf.has(place.id)) place = { ...place, id: `${place.id}-2` };
      result.new_places.push(place);
      known.push(place);
      placeOf.set(place.id, place);
    }
    const draft: DraftEvent = { id: `${m.event.date}-${place.id}-${m.sourceId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, place: place.id, ...m.event };
    const duplicateOf = existing.events.find((e) => {
      const p = placeOf.get(e.place);
      return p && daysApart(e.date, draft.date) <= 1 && distanceKm(p, m.location) <= 25;
    });
    if (duplicateOf) {
      const p = placeOf.get(duplicateOf.place)!;
      result.duplicates.push({ draft: draft.id, of: duplicateOf.id, days: daysApart(duplicateOf.date, draft.date), km: Math.round(distanceKm(p, m.location)) });
      if (!includeDuplicates) continue;
    }
    const check = eventSchema.safeParse(withFrenchPlaceholders(draft));
    if (!check.success) throw new Error(`The importer built an invalid draft ${draft.id}: ${check.error.message}`);
    result.drafts.push(draft);
  }
  result.drafts.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return result;
}
