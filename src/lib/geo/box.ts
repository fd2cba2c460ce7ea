// A longitude/latitude box and the test of whether a feature reaches into it.
import { geoBounds } from 'd3-geo';
import type { Feature } from 'geojson';

export type Box = readonly [west: number, south: number, east: number, north: number];

/** The area the base map keeps: West Africa and the Sahel, with room for the views' edges. */
export const westAfrica: Box = [-18, 3, 24, 28];

export function intersectsBox(feature: Feature, [w, s, e, n]: Box): boolean {
  const [[x0, y0], [x1, y1]] = geoBounds(feature);
  return x0 <= e && x1 >= w && y0 <= n && y1 >= s;
}
