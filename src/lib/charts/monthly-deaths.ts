// Reported deaths per month, split into soldiers and civilians, from the headline claims.
// Months with no reported deaths are kept as zeros so the bars sit on a continuous time axis.
import { utcMonth } from 'd3-time';
import type { NigerEvent } from '../../schema/event.ts';
import { headlineKilled } from '../events/claims.ts';

export interface MonthDeaths {
  /** First day of the month, YYYY-MM-01. */
  month: string;
  soldiers: number;
  civilians: number;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function monthlyDeaths(events: readonly NigerEvent[], from: string, to: string): MonthDeaths[] {
  const months = utcMonth.range(utcMonth.floor(utc(from)), utcMonth.offset(utcMonth.floor(utc(to)), 1));
  const byMonth = new Map(months.map((m) => [iso(m), { month: iso(m), soldiers: 0, civilians: 0 }]));
  for (const event of events) {
    const bucket = byMonth.get(`${event.date.slice(0, 7)}-01`);
    if (!bucket) continue;
    bucket.soldiers += headlineKilled(event, 'soldiers');
    bucket.civilians += headlineKilled(event, 'civilians');
  }
  return [...byMonth.values()];
}
