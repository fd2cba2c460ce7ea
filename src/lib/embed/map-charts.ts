// The map charts' default states: the same for the embed page and the static image.
import type { MapState } from '../map/state.ts';

export interface MapChart {
  state: MapState;
}

/** `span` is the coup-to-withdrawal range; `latest` the date of the newest event. */
export function mapChart(id: string, span: { from: string; to: string }, latest: string): MapChart | undefined {
  if (id === 'tri-border-map') return { state: { view: 'tri-border', from: span.from, to: latest, highlight: [], focus: [] } };
  if (id === 'withdrawal-map') {
    return { state: { view: 'withdrawal-route', from: span.from, to: span.to, highlight: ['niamey-air-base-101', 'ouallam', 'ayorou', 'n-djamena'], focus: [] } };
  }
  return undefined;
}
