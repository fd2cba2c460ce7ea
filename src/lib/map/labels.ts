// Place labels: projected anchor points, names and ranks. Where each name goes around its point is
// decided per map state by the placement (placement.ts, label-layout.ts), not here.
import type { GeoProjection } from 'd3-geo';
import type { Place } from '../../schema/place.ts';
import { insideExtent } from './markers.ts';
import { round } from '../format/round.ts';

export interface PlaceLabel {
  id: string;
  name: string;
  rank: Place['rank'];
  x: number;
  y: number;
}

export function buildLabels(places: readonly Place[], projection: GeoProjection): PlaceLabel[] {
  return places.filter(insideExtent).map((p) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [NaN, NaN];
    return { id: p.id, name: p.name, rank: p.rank, x: round(x, 2), y: round(y, 2) };
  });
}
