// Selecting events by date range and kind. Dates are ISO strings, so string order is date order.
import type { EventKind, NigerEvent } from '../../schema/event.ts';

export interface DateRange {
  /** First day, inclusive, YYYY-MM-DD. */
  from: string;
  /** Last day, inclusive, YYYY-MM-DD. */
  to: string;
}

export function inRange(date: string, { from, to }: DateRange): boolean {
  return date >= from && date <= to;
}

export function eventsBetween<E extends Pick<NigerEvent, 'date'>>(events: readonly E[], range: DateRange): E[] {
  return events.filter((e) => inRange(e.date, range));
}

export function eventsOfKinds<E extends Pick<NigerEvent, 'kind'>>(
  events: readonly E[],
  kinds: readonly EventKind[],
): E[] {
  return kinds.length === 0 ? [...events] : events.filter((e) => kinds.includes(e.kind));
}

export function isAttack(kind: EventKind): boolean {
  return kind === 'attack-on-soldiers' || kind === 'attack-on-civilians';
}

/** Throws a readable error when an author's date range is malformed or reversed. */
export function checkRange(range: DateRange, where: string): DateRange {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  for (const key of ['from', 'to'] as const) {
    const value = range[key];
    if (!iso.test(value) || Number.isNaN(Date.parse(value)) || new Date(value).toISOString().slice(0, 10) !== value) {
      throw new Error(`${where}: ${key}="${value}" is not a real date written YYYY-MM-DD.`);
    }
  }
  if (range.from > range.to) throw new Error(`${where}: from="${range.from}" is after to="${range.to}".`);
  return range;
}
