// Checks that hold across records and files: every event's place exists, events are in date
// order, and corrections point at real events.
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import type { Figure } from '../../schema/figure.ts';
import type { Correction } from '../../schema/correction.ts';
import { correctionSchema } from '../../schema/correction.ts';
import { eventSchema } from '../../schema/event.ts';
import { placeSchema } from '../../schema/place.ts';
import { figureSchema } from '../../schema/figure.ts';
import { DatasetError, type Problem } from './problems.ts';
import { validateRecords } from './validate-records.ts';
import {
  buildDate,
  duplicateEventProblems,
  duplicatePlaceProblems,
  files,
  futureDateProblems,
  idDateProblems,
  markerDistanceProblems,
} from './cross-checks.ts';

export { files };

export interface Dataset {
  events: NigerEvent[];
  places: Place[];
  figures: Figure[];
  corrections: Correction[];
}

/**
 * Unknown places are looked up on every record that names one, valid or not, so a maintainer sees
 * all of an event's problems at once; date order is checked on the valid records.
 */
export function eventCrossProblems(raw: unknown, events: NigerEvent[], placeIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const item of Array.isArray(raw) ? raw : []) {
    const { id, place } = (item ?? {}) as { id?: unknown; place?: unknown };
    if (typeof place === 'string' && !placeIds.has(place)) {
      problems.push({
        file: files.events,
        record: typeof id === 'string' ? id : undefined,
        field: 'place',
        message: `unknown place "${place}": add it to ${files.places} or use an existing id`,
      });
    }
  }
  events.forEach((event, i) => {
    const previous = events[i - 1];
    if (previous && previous.date > event.date) {
      problems.push({
        file: files.events,
        record: event.id,
        field: 'date',
        message: `events must be sorted by date: ${event.date} comes after "${previous.id}" (${previous.date})`,
      });
    }
  });
  return problems;
}

/**
 * Validates the data files together; throws one DatasetError listing every problem. `today` is
 * the build date: nothing may be dated after it.
 */
export function validateDataset(
  raw: { events: unknown; places: unknown; figures: unknown; corrections?: unknown },
  { today = buildDate() } = {},
): Dataset {
  const places = validateRecords(raw.places, files.places, placeSchema);
  const events = validateRecords(raw.events, files.events, eventSchema);
  const figures = validateRecords(raw.figures, files.figures, figureSchema);
  const corrections = validateRecords(raw.corrections ?? [], files.corrections, correctionSchema, { allowEmpty: true });
  const eventIds = new Set(events.records.map((e) => e.id));
  const correctionProblems: Problem[] = corrections.records
    .filter((c) => c.event !== undefined && !eventIds.has(c.event))
    .map((c) => ({ file: files.corrections, record: c.id, field: 'event', message: `unknown event "${c.event}"` }));
  // Ids of invalid places count as known, so one bad place is reported once, not once per event.
  const rawPlaces: unknown[] = Array.isArray(raw.places) ? raw.places : [];
  const placeIds = new Set(
    rawPlaces.map((p) => (p as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'),
  );
  const problems = [
    ...places.problems,
    ...events.problems,
    ...figures.problems,
    ...corrections.problems,
    ...correctionProblems,
    ...eventCrossProblems(raw.events, events.records, placeIds),
    ...futureDateProblems(
      { events: events.records, figures: figures.records, corrections: corrections.records },
      today,
    ),
    ...duplicateEventProblems(events.records),
    ...idDateProblems(events.records, corrections.records),
    ...duplicatePlaceProblems(places.records),
    ...markerDistanceProblems(events.records, places.records),
  ];
  if (problems.length > 0) throw new DatasetError(problems);
  return { events: events.records, places: places.records, figures: figures.records, corrections: corrections.records };
}
