// Deaths per month in the dataset's events, split into soldiers and civilians, from the counted
// claims (src/lib/events/counting.ts), each incident once. Months with no reported deaths are kept
// as zeros so the bars sit on a continuous time axis.
import { utcMonth } from 'd3-time';
import type { NigerEvent } from '../../schema/event.ts';
import { incidentKilled, incidents } from '../events/incidents.ts';
import { utcDay as utc } from '../time/calendar-day.ts';

export interface MonthDeaths {
  /** First day of the month, YYYY-MM-01. */
  month: string;
  soldiers: number;
  civilians: number;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function monthlyDeaths(events: readonly NigerEvent[], from: string, to: string): MonthDeaths[] {
  const months = utcMonth.range(utcMonth.floor(utc(from)), utcMonth.offset(utcMonth.floor(utc(to)), 1));
  const byMonth = new Map(months.map((m) => [iso(m), { month: iso(m), soldiers: 0, civilians: 0 }]));
  for (const incident of incidents(events)) {
    const bucket = byMonth.get(`${incident.date.slice(0, 7)}-01`);
    if (!bucket) continue;
    bucket.soldiers += incidentKilled(incident, 'soldiers');
    bucket.civilians += incidentKilled(incident, 'civilians');
  }
  return [...byMonth.values()];
}
