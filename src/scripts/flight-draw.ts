// One frame of a flight, drawn from the server's own path strings: the base layers under one
// transform, then the markers at their points at their screen size. The same function draws on
// the page's canvas and, where the browser can hand a canvas to a worker, in ./flight-worker.ts,
// so that rasterising the frame (on a phone without GPU canvas, most of its cost) leaves the
// page's main thread free for scrolling. Everything it needs comes in a FlightPaint, read from
// the stylesheet at take-off (./map-canvas.ts), and plain numbers per frame.
import { frame } from '../lib/map/frame-size.ts';
import { toScreen, type ZoomTransform } from '../lib/map/transform.ts';

/** A base layer as the SVG paints it: its path string and its computed fill and stroke. */
export interface LayerPaint {
  d: string;
  fill: string | undefined;
  stroke: string | undefined;
  /** Stroke width and dashes in CSS pixels: the SVG draws them non-scaling. */
  width: number;
  dash: number[];
}

/** A marker's outline and fill opacity, plain or focused (map.css, --marker-* properties). */
export interface Outline {
  stroke: string;
  width: number;
  fillOpacity: number;
}

/** What a frame is drawn with, fixed for a flight. */
export interface FlightPaint {
  sea: string;
  layers: LayerPaint[];
  /** Canvas pixels per SVG unit at zoom 1 (CSS pixels per unit × device pixel ratio). */
  unit: number;
  /** CSS pixels per SVG unit: line widths are in CSS pixels. */
  px: number;
  /** The markers' scale on this screen (--ms). */
  ms: number;
  /** Each marker kind's fill. */
  fills: Record<string, string>;
  outline: Record<'plain' | 'focus', Outline>;
}

/** A marker as the canvas draws it: its symbol, its base-frame point, how far it has faded in. */
export interface Symbol {
  d: string;
  x: number;
  y: number;
  kind: string;
  focus: boolean;
  alpha: number;
}

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Parses each path string once: a flight draws the same few dozen paths every frame. */
export function pathCache(): (d: string) => Path2D {
  const paths = new Map<string, Path2D>();
  return (d) => {
    let path = paths.get(d);
    if (!path) paths.set(d, (path = new Path2D(d)));
    return path;
  };
}

export function drawFlight(
  ctx: Context2D,
  paint: FlightPaint,
  t: ZoomTransform,
  symbols: readonly Symbol[],
  pathOf: (d: string) => Path2D,
) {
  const { k, x, y } = t;
  const u = paint.unit;
  ctx.globalAlpha = 1;
  ctx.setTransform(u * k, 0, 0, u * k, u * x, u * y);
  // The sea fills the frame: the frame's corners in base-frame units under this transform.
  ctx.fillStyle = paint.sea;
  ctx.fillRect(-x / k, -y / k, frame.width / k, frame.height / k);
  // Bevel joins: at these widths (1–2 px) they look as the SVG's round ones, and a software
  // canvas strokes them in about half the time.
  ctx.lineJoin = 'bevel';
  // Screen-constant strokes, as the SVG's non-scaling-stroke: CSS pixels into base-frame units.
  const perPixel = 1 / (paint.px * k);
  for (const layer of paint.layers) {
    const path = pathOf(layer.d);
    if (layer.fill) {
      ctx.fillStyle = layer.fill;
      ctx.fill(path);
    }
    if (layer.stroke && layer.width > 0) {
      ctx.strokeStyle = layer.stroke;
      ctx.lineWidth = layer.width * perPixel;
      ctx.setLineDash(layer.dash.map((d) => d * perPixel));
      ctx.stroke(path);
    }
  }
  // Markers in SVG units at screen size: translated to their point, scaled by --ms only, their
  // outline scaled with them as the SVG's (a CSS transform on the path).
  ctx.setLineDash([]);
  const s = u * paint.ms;
  for (const m of symbols) {
    if (m.alpha <= 0) continue;
    const [sx, sy] = toScreen(m.x, m.y, t);
    if (sx < -100 || sy < -100 || sx > frame.width + 100 || sy > frame.height + 100) continue;
    const outline = paint.outline[m.focus ? 'focus' : 'plain'];
    const path = pathOf(m.d);
    ctx.setTransform(s, 0, 0, s, u * sx, u * sy);
    ctx.globalAlpha = m.alpha * outline.fillOpacity;
    ctx.fillStyle = paint.fills[m.kind] ?? '#000';
    ctx.fill(path);
    if (outline.width > 0) {
      ctx.globalAlpha = m.alpha;
      ctx.strokeStyle = outline.stroke;
      ctx.lineWidth = outline.width;
      ctx.stroke(path);
    }
  }
}

/** What the page tells the flight worker. */
export type FlightMessage =
  | { type: 'canvas'; canvas: OffscreenCanvas }
  | { type: 'paint'; paint: FlightPaint; symbols: Symbol[] }
  | { type: 'frame'; t: ZoomTransform; alpha: Float32Array; focus: Uint8Array };
