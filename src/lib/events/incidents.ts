// Incidents: events that may be reports of one attack (two neighbouring villages named for the
// same afternoon) share an `incident` id, and every sum counts the incident once. For each group
// the incident's toll is the largest counted toll among its events: the smallest total that
// agrees with every report whether they describe one attack or two.
import type { Claim, NigerEvent } from '../../schema/event.ts';
import { countedClaim, type VictimGroup } from './counting.ts';

export interface Incident {
  /** The shared incident id, or the event's own id when it stands alone. */
  id: string;
  /** The earliest date of its events, YYYY-MM-DD: where sums and charts place it. */
  date: string;
  events: NigerEvent[];
}

/** Events grouped into incidents, in the order of their first event. Throws on a lone incident id. */
export function incidents(events: readonly NigerEvent[]): Incident[] {
  const byId = new Map<string, Incident>();
  for (const event of events) {
    const id = event.incident ?? event.id;
    const incident = byId.get(id);
    if (incident) {
      incident.events.push(event);
      if (event.date < incident.date) incident.date = event.date;
    } else {
      byId.set(id, { id, date: event.date, events: [event] });
    }
  }
  for (const incident of byId.values()) {
    const [only] = incident.events;
    if (incident.events.length === 1 && only!.incident !== undefined) {
      throw new Error(
        `data/events.json › "${only!.id}" › incident: "${only!.incident}" is on this event only: give the same id to the events it may duplicate, or remove it`,
      );
    }
  }
  return [...byId.values()];
}

/** The claim an incident counts for a group: the largest counted toll among its events. */
export function incidentClaim(incident: Pick<Incident, 'events'>, group: VictimGroup): Claim | undefined {
  let pick: Claim | undefined;
  for (const event of incident.events) {
    const claim = countedClaim(event, group);
    if (claim && (pick === undefined || claim.killed! > pick.killed!)) pick = claim;
  }
  return pick;
}

export function incidentKilled(incident: Pick<Incident, 'events'>, group: VictimGroup): number {
  return incidentClaim(incident, group)?.killed ?? 0;
}
