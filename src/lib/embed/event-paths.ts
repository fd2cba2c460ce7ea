// getStaticPaths for the per-event routes (/events/<id>/, /embed/event/<id>/ and its files), in
// every edition, with the event, its place and the chart spec of its locator map.
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import { editionPaths } from '../i18n/routes.ts';
import { eventChart } from './event-chart.ts';

export function eventEditionPaths(events: readonly NigerEvent[], placesById: ReadonlyMap<string, Place>) {
  return events.flatMap((event) =>
    editionPaths({ event, place: placesById.get(event.place)!, chart: eventChart(event) }, { id: event.id }),
  );
}
