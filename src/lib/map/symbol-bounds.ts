// How far each marker symbol reaches from its centre, measured by drawing d3's own symbol into a
// recording context: the placement keeps labels off the real shape's box, not a guess of it.
import { symbol } from 'd3-shape';
import type { EventKind } from '../../schema/event.ts';
import { kindSymbols } from './symbols.ts';

const reach = new Map<EventKind, { x: number; y: number }>();

/** Half-width and half-height of the kind's symbol of radius 1 (scale linearly with r). */
export function symbolReach(kind: EventKind): { x: number; y: number } {
  let r = reach.get(kind);
  if (r) return r;
  let x = 0,
    y = 0;
  const see = (px: number, py: number) => {
    x = Math.max(x, Math.abs(px));
    y = Math.max(y, Math.abs(py));
  };
  const context = {
    moveTo: see,
    lineTo: see,
    closePath() {},
    rect(rx: number, ry: number, w: number, h: number) {
      see(rx, ry);
      see(rx + w, ry + h);
    },
    arc(cx: number, cy: number, radius: number) {
      see(Math.abs(cx) + radius, Math.abs(cy) + radius);
    },
  };
  const draw = symbol(kindSymbols[kind], Math.PI);
  draw.context(context as unknown as Parameters<typeof draw.context>[0])();
  reach.set(kind, (r = { x, y }));
  return r;
}
