// Figures the story quotes, computed from the dataset so prose and charts cannot disagree. Deaths
// are the counted claims (src/lib/events/counting.ts), each incident counted once.
import type { CasualtyGroup, EventKind, NigerEvent } from '../../schema/event.ts';
import { incidentClaim, incidentKilled, incidents } from './incidents.ts';
import { eventsBetween, eventsOfKinds, inRange, type DateRange } from './select.ts';
import { dayNumber } from '../time/calendar-day.ts';

export function countEvents(events: readonly NigerEvent[], range: DateRange, kinds: readonly EventKind[] = []): number {
  return eventsOfKinds(eventsBetween(events, range), kinds).length;
}

type Victims = Exclude<CasualtyGroup, 'militants'>;

function incidentsIn(events: readonly NigerEvent[], range: DateRange) {
  return incidents(events).filter((i) => inRange(i.date, range));
}

/** Sum of counted deaths of one victim group, each incident once; militants are refused (claims, never summed). */
export function sumKilled(events: readonly NigerEvent[], range: DateRange, group: Victims): number {
  if ((group as CasualtyGroup) === 'militants') throw new Error('Militant losses are claims and are never summed.');
  return incidentsIn(events, range).reduce((sum, i) => sum + incidentKilled(i, group), 0);
}

/** Whole days from one date to another. */
export function daysBetween({ from, to }: DateRange): number {
  return dayNumber(to) - dayNumber(from);
}

/** How a sum must be worded: any "about" figure makes it approximate, any "at least" a minimum. */
export function sumQualifier(
  events: readonly NigerEvent[],
  range: DateRange,
  group: Victims,
): 'exact' | 'about' | 'at-least' {
  const qualifiers = new Set(
    incidentsIn(events, range)
      .map((i) => incidentClaim(i, group))
      .filter((c) => c?.killed !== undefined)
      .map((c) => c!.qualifier),
  );
  return qualifiers.has('about')
    ? 'about'
    : qualifiers.has('at-least') || qualifiers.has('more-than')
      ? 'at-least'
      : 'exact';
}
