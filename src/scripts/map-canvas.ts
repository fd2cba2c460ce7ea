// The map drawn on a <canvas> while it flies: the base layers from the server's own path strings
// (read once from the SVG's .map-zoom paths into Path2D objects) and the event markers from their
// own symbol paths, at their screen size, each at its point. Colours, line widths and the marker
// scale come from the stylesheet (read at each take-off, so the dark scheme follows). Each frame
// is one transform per layer and one fill or stroke per path, drawn at the device's pixel ratio:
// vectors at every zoom, never a stretched bitmap. Nothing is re-projected. The SVG is hidden
// meanwhile, so a frame repaints the canvas alone.
import { frame } from '../lib/map/frame-size.ts';
import { toScreen, type ZoomTransform } from '../lib/map/transform.ts';

interface Layer {
  path: Path2D;
  fill: string | undefined;
  stroke: string | undefined;
  /** Stroke width and dashes in CSS pixels: the SVG draws them non-scaling. */
  width: number;
  dash: number[];
}

/** A marker as the canvas draws it: its symbol, its base-frame point, how far it has faded in. */
export interface Symbol {
  path: Path2D;
  x: number;
  y: number;
  kind: string;
  focus: boolean;
  alpha: number;
}

/** A marker's outline and fill opacity, plain or focused (map.css, --marker-* properties). */
interface Outline {
  stroke: string;
  width: number;
  fillOpacity: number;
}

/** A marker's kind, from its class (kind-…), which also gives its colour. */
export const kindOf = (marker: Element) => [...marker.classList].find((c) => c.startsWith('kind-')) ?? '';
const paint = (value: string) => (value === 'none' || value === '' ? undefined : value);
const paths = new Map<string, Path2D>();
/** Each path string is parsed once, at the first take-off; markers of one size share theirs. */
export const pathOf = (d: string): Path2D => {
  let path = paths.get(d);
  if (!path) paths.set(d, (path = new Path2D(d)));
  return path;
};

export class FlightCanvas {
  readonly canvas: HTMLCanvasElement;
  #context: CanvasRenderingContext2D | null;
  #layers: Layer[] = [];
  #sea = '';
  /** Canvas pixels per SVG unit at zoom 1 (CSS pixels per unit × device pixel ratio). */
  #unit = 1;
  /** CSS pixels per SVG unit: line widths are in CSS pixels. */
  #px = 1;
  #fills = new Map<string, string>();
  #outline: Record<'plain' | 'focus', Outline> = {
    plain: { stroke: '', width: 0, fillOpacity: 1 },
    focus: { stroke: '', width: 0, fillOpacity: 1 },
  };
  /** The markers' scale on this screen (--ms). */
  #ms = 1;

  constructor(host: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'map-canvas';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.canvas.hidden = true;
    host.prepend(this.canvas);
    this.#context = this.canvas.getContext('2d', { alpha: false });
  }

  /**
   * Sizes the canvas to the SVG and reads the layers' and markers' paint: layout and style are
   * read here, once per take-off, before the SVG is hidden, never in a frame.
   */
  prepare(svg: SVGSVGElement) {
    const width = svg.clientWidth;
    const height = svg.clientHeight;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    if (this.canvas.width !== w || this.canvas.height !== h) Object.assign(this.canvas, { width: w, height: h });
    this.#px = width / frame.width;
    this.#unit = this.#px * dpr;
    const sea = svg.querySelector('.map-sea');
    this.#sea = sea ? getComputedStyle(sea).fill : 'transparent';
    this.#layers = [...svg.querySelectorAll('.map-zoom path')].flatMap((el) => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') return [];
      const dash = style.strokeDasharray === 'none' ? [] : style.strokeDasharray.split(/[\s,]+/).map(parseFloat);
      return [
        {
          path: pathOf(el.getAttribute('d') ?? ''),
          fill: paint(style.fill),
          stroke: paint(style.stroke),
          width: parseFloat(style.strokeWidth) || 0,
          dash,
        },
      ];
    });
    // A marker's fill is its kind's; one marker of each kind is enough to read them.
    for (const a of svg.querySelectorAll<SVGElement>('a.marker')) {
      const kind = kindOf(a);
      if (!this.#fills.has(kind)) this.#fills.set(kind, getComputedStyle(a).fill);
    }
    const css = getComputedStyle(svg);
    const read = (name: string) => css.getPropertyValue(`--marker-${name}`).trim();
    for (const state of ['plain', 'focus'] as const) {
      this.#outline[state] = {
        stroke: read(`${state}-stroke`),
        width: parseFloat(read(`${state}-stroke-width`)) || 0,
        fillOpacity: parseFloat(read(`${state}-fill-opacity`)) || 1,
      };
    }
    this.#ms = parseFloat(css.getPropertyValue('--ms')) || 1;
  }

  /** Draws one frame: the base map under the zoom transform `t`, then the markers at their points. */
  draw(t: ZoomTransform, symbols: readonly Symbol[]) {
    const ctx = this.#context;
    if (!ctx) return;
    const { k, x, y } = t;
    const u = this.#unit;
    ctx.globalAlpha = 1;
    ctx.setTransform(u * k, 0, 0, u * k, u * x, u * y);
    // The sea fills the frame: the frame's corners in base-frame units under this transform.
    ctx.fillStyle = this.#sea;
    ctx.fillRect(-x / k, -y / k, frame.width / k, frame.height / k);
    // Bevel joins: at these widths (1–2 px) they look as the SVG's round ones, and a software
    // canvas strokes them in about half the time.
    ctx.lineJoin = 'bevel';
    // Screen-constant strokes, as the SVG's non-scaling-stroke: CSS pixels into base-frame units.
    const perPixel = 1 / (this.#px * k);
    for (const layer of this.#layers) {
      if (layer.fill) {
        ctx.fillStyle = layer.fill;
        ctx.fill(layer.path);
      }
      if (layer.stroke && layer.width > 0) {
        ctx.strokeStyle = layer.stroke;
        ctx.lineWidth = layer.width * perPixel;
        ctx.setLineDash(layer.dash.map((d) => d * perPixel));
        ctx.stroke(layer.path);
      }
    }
    // Markers in SVG units at screen size: translated to their point, scaled by --ms only, their
    // outline scaled with them as the SVG's (a CSS transform on the path).
    ctx.setLineDash([]);
    const s = u * this.#ms;
    for (const m of symbols) {
      if (m.alpha <= 0) continue;
      const [sx, sy] = toScreen(m.x, m.y, t);
      if (sx < -100 || sy < -100 || sx > frame.width + 100 || sy > frame.height + 100) continue;
      const outline = this.#outline[m.focus ? 'focus' : 'plain'];
      ctx.setTransform(s, 0, 0, s, u * sx, u * sy);
      ctx.globalAlpha = m.alpha * outline.fillOpacity;
      ctx.fillStyle = this.#fills.get(m.kind) ?? '#000';
      ctx.fill(m.path);
      if (outline.width > 0) {
        ctx.globalAlpha = m.alpha;
        ctx.strokeStyle = outline.stroke;
        ctx.lineWidth = outline.width;
        ctx.stroke(m.path);
      }
    }
  }
}
