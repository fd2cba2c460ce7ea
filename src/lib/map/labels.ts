// Place labels: projected anchor points and which side of the point the text goes.
import type { GeoProjection } from 'd3-geo';
import type { Place } from '../../schema/place.ts';
import { insideExtent } from './markers.ts';

export interface PlaceLabel {
  id: string;
  name: string;
  rank: Place['rank'];
  x: number;
  y: number;
  /** Text anchored to the left of the point for places near another label on the right. */
  side: 'right' | 'left';
}

/** Places whose labels would collide with a neighbour to the east get their text on the west. */
const leftLabels = new Set(['teguey', 'tillaberi', 'gorouol', 'dori', 'ansongo', 'chatoumane', 'inates', 'ouagadougou', 'n-djamena', 'takanamat', 'tillia']);

export function buildLabels(places: readonly Place[], projection: GeoProjection): PlaceLabel[] {
  return places.filter(insideExtent).map((p) => {
    const [x, y] = projection([p.lon, p.lat]) ?? [NaN, NaN];
    return { id: p.id, name: p.name, rank: p.rank, x: Number(x.toFixed(2)), y: Number(y.toFixed(2)), side: leftLabels.has(p.id) ? 'left' : 'right' };
  });
}
