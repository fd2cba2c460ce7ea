// The events an event page lists beside its own: those nearest in time and those nearest in place.
import { geoDistance } from 'd3-geo';
import { dayNumber } from '../time/calendar-day.ts';

interface Dated {
  id: string;
  date: string;
  place: string;
}
interface Located {
  lon: number;
  lat: number;
}

/** Up to `n` other events, closest in date first (ties: earlier first, then id). */
export function nearestInTime<E extends Dated>(event: E, events: readonly E[], n = 4): E[] {
  const at = dayNumber(event.date);
  return events
    .filter((e) => e.id !== event.id)
    .map((e) => ({ e, gap: Math.abs(dayNumber(e.date) - at) }))
    .sort((a, b) => a.gap - b.gap || a.e.date.localeCompare(b.e.date) || a.e.id.localeCompare(b.e.id))
    .slice(0, n)
    .map(({ e }) => e)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Up to `n` other events, closest in place first (same place: closest in date), with their distance in km. */
export function nearestInPlace<E extends Dated>(
  event: E,
  events: readonly E[],
  places: ReadonlyMap<string, Located>,
  n = 4,
): { event: E; km: number }[] {
  const here = places.get(event.place);
  if (!here) return [];
  const earthKm = 6371;
  return events
    .filter((e) => e.id !== event.id && places.has(e.place))
    .map((e) => {
      const there = places.get(e.place)!;
      return { event: e, km: Math.round(geoDistance([here.lon, here.lat], [there.lon, there.lat]) * earthKm) };
    })
    .sort(
      (a, b) =>
        a.km - b.km ||
        Math.abs(Date.parse(a.event.date) - Date.parse(event.date)) -
          Math.abs(Date.parse(b.event.date) - Date.parse(event.date)) ||
        a.event.id.localeCompare(b.event.id),
    )
    .slice(0, n);
}
