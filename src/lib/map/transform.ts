// Zoom arithmetic shared by the server (initial render) and the browser (fly-to): a view
// [cx, cy, w] becomes an SVG transform, and base-frame points become screen points.
import { frame } from './frame-size.ts';

export type ZoomView = [cx: number, cy: number, w: number];

export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

export function zoomTransform([cx, cy, w]: ZoomView): ZoomTransform {
  const k = frame.width / w;
  return { k: round(k, 4), x: round(frame.width / 2 - cx * k, 2), y: round(frame.height / 2 - cy * k, 2) };
}

export function transformAttribute({ k, x, y }: ZoomTransform): string {
  return `translate(${x} ${y}) scale(${k})`;
}

/** Where a base-frame point appears on screen under a transform (for overlays that do not scale). */
export function toScreen(px: number, py: number, { k, x, y }: ZoomTransform): [number, number] {
  return [round(px * k + x, 1), round(py * k + y, 1)];
}

export function translateAttribute(px: number, py: number, t: ZoomTransform): string {
  const [sx, sy] = toScreen(px, py, t);
  return `translate(${sx} ${sy})`;
}

/**
 * The transform that takes the map as drawn under `drawn` to how it looks under `shown`. During
 * a flight the browser moves the already painted map with it (a CSS transform, which the
 * compositor applies without repainting) and redraws the SVG only when the flight ends.
 */
export function relativeTransform(drawn: ZoomTransform, shown: ZoomTransform): ZoomTransform {
  const k = shown.k / drawn.k;
  return { k, x: shown.x - k * drawn.x, y: shown.y - k * drawn.y };
}
