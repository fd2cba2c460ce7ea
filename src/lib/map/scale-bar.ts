// A scale bar per view: a round distance and its length in screen units at the view's zoom.
import { geoDistance, type GeoProjection } from 'd3-geo';
import { frame } from './frame.ts';
import { zoomTransform, type ZoomView } from './transform.ts';
import { round } from '../format/round.ts';

const EARTH_RADIUS_KM = 6371;
const niceSteps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000];

export interface ScaleBar {
  km: number;
  /** Length in frame units as drawn on screen (after the view's zoom). */
  length: number;
}

/** The largest round distance no longer than a quarter of the frame's width at this view. */
export function scaleBar(projection: GeoProjection, view: ZoomView): ScaleBar {
  const { k } = zoomTransform(view);
  const [cx, cy] = view;
  const a = projection.invert?.([cx - 50, cy]);
  const b = projection.invert?.([cx + 50, cy]);
  if (!a || !b) throw new Error('The map projection cannot be inverted');
  const kmPerUnit = (geoDistance(a, b) * EARTH_RADIUS_KM) / 100;
  const maxKm = (frame.width / 4 / k) * kmPerUnit;
  const km = niceSteps.filter((s) => s <= maxKm).at(-1) ?? niceSteps[0]!;
  return { km, length: round((km / kmPerUnit) * k, 1) };
}
