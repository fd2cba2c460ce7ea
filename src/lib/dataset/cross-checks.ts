// Checks across records that a single record's schema cannot see: nothing dated after the build,
// no event published twice under two ids (every sum would count it twice), no place entered
// twice, and the events the timeline is bounded by exist in order.
import { idMatchesDate, type NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import type { Figure } from '../../schema/figure.ts';
import type { Correction } from '../../schema/correction.ts';
import { headlineKilled, victimGroups } from '../events/claims.ts';
import { distanceKm } from '../importers/places.ts';
import { timelineBounds } from '../timeline/layout.ts';
import { farMarkerKm } from '../format/place-note.ts';
import type { Problem } from './problems.ts';
import { slugify } from '../format/fold.ts';

export const files = {
  events: 'data/events.json',
  places: 'data/places.json',
  figures: 'data/figures.json',
  corrections: 'data/corrections.json',
} as const;

/** Today in UTC as YYYY-MM-DD; BUILD_DATE pins it for reproducible builds and tests. */
export function buildDate(env: Record<string, string | undefined> = process.env): string {
  return env.BUILD_DATE && /^\d{4}-\d{2}-\d{2}$/.test(env.BUILD_DATE)
    ? env.BUILD_DATE
    : new Date().toISOString().slice(0, 10);
}

export function futureDateProblems(
  dataset: { events: readonly NigerEvent[]; figures: readonly Figure[]; corrections: readonly Correction[] },
  today: string,
): Problem[] {
  const problems: Problem[] = [];
  const check = (file: string, record: string, field: string, date: string | null | undefined, what: string) => {
    if (date && date > today)
      problems.push({ file, record, field, message: `${date} is after the build date (${today}): ${what}` });
  };
  for (const e of dataset.events) {
    check(files.events, e.id, 'date', e.date, 'an event cannot be published before it happens; correct the date');
    check(files.events, e.id, 'date_end', e.date_end, 'give the last day known so far, or leave date_end out');
    e.sources.forEach((s, i) =>
      check(files.events, e.id, `sources[${i}].date`, s.date, 'correct the publication date shown on the page'),
    );
  }
  for (const f of dataset.figures) {
    check(files.figures, f.id, 'as_of', f.as_of, 'correct the date the figure refers to');
    check(files.figures, f.id, 'source.date', f.source.date, 'correct the publication date shown on the page');
  }
  for (const c of dataset.corrections)
    check(files.corrections, c.id, 'date', c.date, 'date the correction on the day it is published');
  return problems;
}

/**
 * An event's id starts with its date, so ids sort and read as the record does. When a published
 * date is corrected the id stays (links to it must keep working), and the correction logged for
 * that event in data/corrections.json explains the difference.
 */
export function idDateProblems(events: readonly NigerEvent[], corrections: readonly Correction[]): Problem[] {
  const corrected = new Set(corrections.map((c) => c.event).filter(Boolean));
  return events
    .filter((e) => !idMatchesDate(e.id, e.date, e.date_precision) && !corrected.has(e.id))
    .map((e) => ({
      file: files.events,
      record: e.id,
      field: 'id',
      message: `must start with the event's date "${e.date}-"${e.date_precision === 'month' ? ` (or its month "${e.date.slice(0, 7)}-")` : ''}: rename the id, or correct the date; if the date itself was corrected, keep the id and log the change in ${files.corrections} with "event": "${e.id}"`,
    }));
}

/**
 * The same event under two ids: same date, same place and the same counted deaths (at least one).
 * Events without counted deaths (two announcements in Niamey on one day) add nothing to any sum
 * and may well be different events, so they are not compared.
 */
export function duplicateEventProblems(events: readonly NigerEvent[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const e of events) {
    const counted = victimGroups.map((g) => headlineKilled(e, g));
    if (counted.every((n) => n === 0)) continue;
    const key = [e.date, e.place, ...counted].join('|');
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: files.events,
        record: e.id,
        field: 'id',
        message: `looks like the same event as "${first}" (same date ${e.date}, place "${e.place}" and counted deaths ${victimGroups.map((g, i) => `${g} ${counted[i]}`).join(', ')}): merge the two into one event and move the other's sources into it`,
      });
    } else {
      seen.set(key, e.id);
    }
  }
  return problems;
}

/** Two places with the same coordinates (within 50 m), or the same name within 10 km. */
export function duplicatePlaceProblems(places: readonly Place[]): Problem[] {
  const problems: Problem[] = [];
  places.forEach((p, i) => {
    const names = new Set([p.name, ...p.alt_names].map(slugify));
    for (const q of places.slice(0, i)) {
      const km = distanceKm(p, q);
      const sameName = [q.name, ...q.alt_names].some((n) => names.has(slugify(n)));
      if (km <= 0.05 || (sameName && km <= 10)) {
        problems.push({
          file: files.places,
          record: p.id,
          field: 'id',
          message: `duplicates place "${q.id}" (${sameName ? 'same name, ' : ''}${km.toFixed(1)} km apart): keep one place, point its events at it, and list the other spelling in alt_names`,
        });
        break;
      }
    }
  });
  return problems;
}

/**
 * A place note that puts the site more than 30 km from the marker's own town ("52 km south-west
 * of Torodi", marker at Torodi) must carry that distance in `place_offset_km`, so the reader-facing
 * note says how far the marker is (src/lib/format/place-note.ts); a distance that disagrees with
 * the note is reported too.
 */
export function markerDistanceProblems(events: readonly NigerEvent[], places: readonly Place[]): Problem[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const problems: Problem[] = [];
  for (const e of events) {
    const place = byId.get(e.place);
    if (!e.place_note || !place) continue;
    const names = new Set([place.name, ...place.alt_names].map(slugify));
    for (const m of e.place_note.en.matchAll(
      /(\d+)\s*km\b[^;.]*?\b(?:of|from)\s+([\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}'’-]*)*)/gu,
    )) {
      const km = Number(m[1]);
      if (km <= farMarkerKm || !names.has(slugify(m[2]!))) continue;
      const offset = e.place_offset_km;
      if (offset === undefined) {
        problems.push({
          file: files.events,
          record: e.id,
          field: 'place_offset_km',
          message: `place_note puts the site ${km} km from ${place.name}, where the marker is: set "place_offset_km": ${km} (and "place_precision": "approx") so readers are told how far the marker is`,
        });
      } else if (Math.abs(offset - km) > Math.max(5, km * 0.25)) {
        problems.push({
          file: files.events,
          record: e.id,
          field: 'place_offset_km',
          message: `is ${offset} km, but place_note puts the site ${km} km from ${place.name}: make the two agree`,
        });
      }
    }
  }
  return problems;
}

/** The build draws the timeline between two named events: they must exist, in order. */
export function timelineProblems(events: readonly NigerEvent[]): Problem[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  const problems: Problem[] = [];
  for (const [bound, id] of Object.entries(timelineBounds)) {
    if (!byId.has(id))
      problems.push({
        file: files.events,
        record: id,
        message: `is missing: the timeline's ${bound} is this event (src/lib/timeline/layout.ts); restore it or change timelineBounds`,
      });
  }
  const start = byId.get(timelineBounds.start);
  const end = byId.get(timelineBounds.end);
  if (start && end && start.date >= end.date) {
    problems.push({
      file: files.events,
      record: end.id,
      field: 'date',
      message: `${end.date} is not after the timeline's start "${start.id}" (${start.date}): correct one of the two dates`,
    });
  }
  return problems;
}
