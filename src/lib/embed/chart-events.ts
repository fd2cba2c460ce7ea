// The events each chart draws, for its source line and its table.
import type { NigerEvent } from '../../schema/event.ts';
import { eventsBetween } from '../events/select.ts';

export function chartEvents(id: string, events: readonly NigerEvent[], span: { from: string; to: string }): NigerEvent[] {
  if (id === 'deaths-by-month') return [...events];
  const latest = events.at(-1)?.date ?? span.to;
  return eventsBetween(events, { from: span.from, to: id === 'tri-border-map' ? latest : span.to });
}
