// The one projection of the site and the frame it draws into. Everything is projected once, at
// build time, into a West Africa frame; named views are zooms of that frame (SVG transforms), so
// the browser never re-projects.
import { geoTransverseMercator, type GeoProjection } from 'd3-geo';

import { frame } from './frame-size.ts';

export { frame };

/** The area drawn at zoom 1; every view must lie inside it. */
export const extent = [-18, 3, 24, 28] as const;

/** A MultiPoint of the corners: a bbox Polygon with RFC 7946 winding would fit the whole globe. */
export function corners([w, s, e, n]: readonly [number, number, number, number]) {
  // Points along the top and bottom edges too: a projected parallel bows, so corners alone undershoot.
  const points: [number, number][] = [];
  for (let i = 0; i <= 8; i++) points.push([w + ((e - w) * i) / 8, s], [w + ((e - w) * i) / 8, n]);
  return { type: 'MultiPoint' as const, coordinates: points };
}

/** Transverse Mercator centred on the Sahel at 2°E, 14°N: conformal, so towns keep their shapes. */
export function createProjection(): GeoProjection {
  return geoTransverseMercator().rotate([-2, -14]).fitSize([frame.width, frame.height], corners(extent));
}
