// A named view as a zoom of the base frame: [cx, cy, w] is the form d3's interpolateZoom animates
// (centre in base-frame units, and the width of base frame that fills the screen).
import { geoPath, type GeoProjection } from 'd3-geo';
import { corners, createProjection, frame } from './frame.ts';
import { zoomTransform, type ZoomView } from './transform.ts';
import { views, type ViewName } from './views.ts';
import { round } from '../format/round.ts';

/** The smallest [cx, cy, w] that shows the whole bbox inside the frame. */
export function zoomView(projection: GeoProjection, name: ViewName): ZoomView {
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(corners(views[name].bbox));
  const w = Math.max(x1 - x0, ((y1 - y0) * frame.width) / frame.height);
  return [round((x0 + x1) / 2, 2), round((y0 + y1) / 2, 2), round(w, 2)];
}

/** The scale of a named view against the base frame: a static image divides its strokes by it. */
export function viewScale(name: ViewName): number {
  return zoomTransform(zoomView(createProjection(), name)).k;
}
