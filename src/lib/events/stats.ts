// Figures the story quotes, computed from the dataset so prose and charts cannot disagree.
import type { CasualtyGroup, EventKind, NigerEvent } from '../../schema/event.ts';
import { headlineClaim, headlineKilled } from './claims.ts';
import { eventsBetween, eventsOfKinds, type DateRange } from './select.ts';

export function countEvents(events: readonly NigerEvent[], range: DateRange, kinds: readonly EventKind[] = []): number {
  return eventsOfKinds(eventsBetween(events, range), kinds).length;
}

/** Sum of headline deaths of one victim group; militants are refused (claims, never summed). */
export function sumKilled(events: readonly NigerEvent[], range: DateRange, group: Exclude<CasualtyGroup, 'militants'>): number {
  if ((group as CasualtyGroup) === 'militants') throw new Error('Militant losses are claims and are never summed.');
  return eventsBetween(events, range).reduce((sum, e) => sum + headlineKilled(e, group), 0);
}

/** Whole days from one date to another. */
export function daysBetween({ from, to }: DateRange): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** How a sum must be worded: any "about" figure makes it approximate, any "at least" a minimum. */
export function sumQualifier(events: readonly NigerEvent[], range: DateRange, group: Exclude<CasualtyGroup, 'militants'>): 'exact' | 'about' | 'at-least' {
  const qualifiers = new Set(eventsBetween(events, range).map((e) => headlineClaim(e, group)).filter((c) => c?.killed !== undefined).map((c) => c!.qualifier));
  return qualifiers.has('about') ? 'about' : qualifiers.has('at-least') || qualifiers.has('more-than') ? 'at-least' : 'exact';
}
