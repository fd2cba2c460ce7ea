// One body component per kind of chart (src/lib/embed/chart-kinds.ts): the embed page and the
// static image look the body up by the chart's kind, never by its id. An event's locator map has
// pages of its own (/embed/event/<id>/), so no body here.
import type { ChartKind } from '../../lib/embed/chart-kinds';
import MapBody from './MapBody.astro';
import TimelineBody from './TimelineBody.astro';
import BarsBody from './BarsBody.astro';

const bodies = { map: MapBody, timeline: TimelineBody, bars: BarsBody } as const;

export function chartBody(kind: ChartKind) {
  if (!(kind in bodies))
    throw new Error(`No body component draws charts of kind "${kind}": add one to src/components/charts/bodies.ts`);
  return bodies[kind as keyof typeof bodies];
}
