// The map's base layers drawn on a <canvas> while the map flies: from the server's own path
// strings (read once from the SVG's .map-zoom paths into Path2D objects) with the colours and
// line widths the stylesheet gives them (read at each take-off, so the dark scheme follows). Each
// frame is one setTransform and one fill or stroke per path, drawn at the device's pixel ratio:
// vectors at every zoom, never a stretched bitmap. Nothing is re-projected.
import { frame } from '../lib/map/frame-size.ts';
import type { ZoomTransform } from '../lib/map/transform.ts';

interface Layer {
  path: Path2D;
  fill: string | undefined;
  stroke: string | undefined;
  /** Stroke width and dashes in CSS pixels: the SVG draws them non-scaling. */
  width: number;
  dash: number[];
}

const paint = (value: string) => (value === 'none' || value === '' ? undefined : value);

export class FlightCanvas {
  readonly canvas: HTMLCanvasElement;
  #context: CanvasRenderingContext2D | null;
  #paths = new WeakMap<Element, Path2D>();
  #layers: Layer[] = [];
  #sea = '';
  /** Canvas pixels per SVG unit at zoom 1 (CSS pixels per unit × device pixel ratio). */
  #unit = 1;
  /** CSS pixels per SVG unit: line widths are in CSS pixels. */
  #px = 1;

  constructor(host: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'map-canvas';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.canvas.hidden = true;
    host.prepend(this.canvas);
    this.#context = this.canvas.getContext('2d', { alpha: false });
  }

  /** Each path string is parsed once, at the first take-off. */
  #path(el: Element): Path2D {
    let path = this.#paths.get(el);
    if (!path) this.#paths.set(el, (path = new Path2D(el.getAttribute('d') ?? '')));
    return path;
  }

  /**
   * Sizes the canvas to the SVG and reads the layers' paint: layout and style are read here, once
   * per take-off, never in a frame.
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
      return [{ path: this.#path(el), fill: paint(style.fill), stroke: paint(style.stroke), width: parseFloat(style.strokeWidth) || 0, dash }];
    });
  }

  /** Draws one frame of the base map under the zoom transform `t` (base-frame units to SVG units). */
  draw({ k, x, y }: ZoomTransform) {
    const ctx = this.#context;
    if (!ctx) return;
    const u = this.#unit;
    ctx.setTransform(u * k, 0, 0, u * k, u * x, u * y);
    // The sea fills the frame: the frame's corners in base-frame units under this transform.
    ctx.fillStyle = this.#sea;
    ctx.fillRect(-x / k, -y / k, frame.width / k, frame.height / k);
    ctx.lineJoin = 'round';
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
  }
}
