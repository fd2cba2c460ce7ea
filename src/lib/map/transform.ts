// Zoom arithmetic shared by the server (initial render) and the browser (flights): a view
// [cx, cy, w] becomes a transform (of the SVG's base layers, or of the flight canvas), and
// base-frame points become screen points for the overlays, which move but never scale.
import { frame } from './frame-size.ts';
import { round } from '../format/round.ts';

export type ZoomView = [cx: number, cy: number, w: number];

export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

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

/** Whether two views show the same frame (a flight between them would not move). */
export function sameView(a: ZoomView, b: ZoomView): boolean {
  return a.every((v, i) => Math.abs(v - b[i]!) < 1e-6);
}

/**
 * How long a flight lasts, from d3's interpolateZoom duration (ms at its natural speed): a bit
 * faster than natural, never shorter than 0.7 s (a jump with a blur) nor longer than 2.2 s (the
 * reader is waiting to read).
 */
export function flightDuration(natural: number): number {
  return Math.min(2200, Math.max(700, natural * 0.6));
}

/** Whether a base-frame point is inside the visible frame under a transform (markers outside it leave the tab order). */
export function insideFrame(px: number, py: number, t: ZoomTransform): boolean {
  const [sx, sy] = toScreen(px, py, t);
  return sx >= 0 && sy >= 0 && sx <= frame.width && sy <= frame.height;
}
