// The map drawn on a <canvas> while it flies: the base layers from the server's own path strings
// (the SVG's .map-zoom paths) and the event markers from their own symbol paths, at their screen
// size, each at its point (./flight-draw.ts draws a frame). Colours, line widths and the marker
// scale come from the stylesheet, read again at take-off when the screen's size or the colour
// scheme has changed, so the dark scheme follows. Each frame
// is one transform per layer and one fill or stroke per path, drawn at the device's pixel ratio:
// vectors at every zoom, never a stretched bitmap. Nothing is re-projected.
//
// Where the browser can (OffscreenCanvas), the canvas is handed to a worker (./flight-worker.ts)
// that draws the frames: on a phone that rasterises canvases in software, that raster is most of
// a frame's cost, and in the worker it no longer holds up scrolling or the page's own frames.
// Elsewhere, or if the worker cannot start, the page draws the same frames itself.
import { frame } from '../lib/map/frame-size.ts';
import type { ZoomTransform } from '../lib/map/transform.ts';
import {
  drawFlight,
  pathCache,
  type FlightMessage,
  type FlightPaint,
  type LayerPaint,
  type Symbol,
} from './flight-draw.ts';

export type { Symbol } from './flight-draw.ts';

/** A marker's kind, from its class (kind-…), which also gives its colour. */
export const kindOf = (marker: Element) => [...marker.classList].find((c) => c.startsWith('kind-')) ?? '';
const paint = (value: string) => (value === 'none' || value === '' ? undefined : value);
/** Each path string is parsed once; markers of one size share theirs. */
export const pathOf = pathCache();

/** Can this browser draw a canvas in a worker? */
const offscreen = () =>
  typeof Worker === 'function' &&
  typeof OffscreenCanvas === 'function' &&
  'transferControlToOffscreen' in HTMLCanvasElement.prototype;

export class FlightCanvas {
  #canvas: HTMLCanvasElement;
  #host: HTMLElement;
  /** The page's own context, when it draws the frames itself. */
  #context: CanvasRenderingContext2D | null = null;
  #worker: Worker | undefined;
  #paint: FlightPaint | undefined;
  /** Markers as last sent to the worker: their shapes are sent again only when they change. */
  #sent: readonly Symbol[] | undefined;
  /** What the paint was read for (size, pixel ratio, colour scheme). */
  #key = '';
  /** True once the canvas element is the worker's. */
  #handed = false;

  constructor(host: HTMLElement) {
    this.#host = host;
    if (offscreen()) {
      try {
        this.#worker = new Worker(new URL('./flight-worker.ts', import.meta.url), { type: 'module' });
        // A worker that cannot start (blocked, or no module workers): the page draws instead.
        this.#worker.addEventListener('error', () => this.#fallBack());
      } catch {
        this.#worker = undefined;
      }
    }
    this.#canvas = this.#make(300, 150);
  }

  /** The canvas element now over the map (a new one after a resize, when a worker draws). */
  get canvas(): HTMLCanvasElement {
    return this.#canvas;
  }

  /** A canvas of `w`×`h` pixels over the map, hidden, in place of the one before. */
  #make(w: number, h: number): HTMLCanvasElement {
    const canvas = document.createElement('canvas');
    canvas.className = 'map-canvas';
    canvas.setAttribute('aria-hidden', 'true');
    canvas.hidden = this.#canvas?.hidden ?? true;
    Object.assign(canvas, { width: w, height: h });
    if (this.#canvas) this.#canvas.replaceWith(canvas);
    else this.#host.prepend(canvas);
    this.#canvas = canvas;
    this.#handed = false;
    this.#context = this.#worker ? null : canvas.getContext('2d', { alpha: false });
    return canvas;
  }

  /** Sizes the canvas; the first time, hands it to the worker, after which its size is the worker's to change. */
  #size(w: number, h: number) {
    if (this.#handed && this.#canvas.width === w && this.#canvas.height === h) return;
    if (this.#handed)
      this.#make(w, h); // a handed-over canvas keeps its size: a new size takes a new canvas
    else Object.assign(this.#canvas, { width: w, height: h });
    if (!this.#worker || this.#handed) return;
    const handed = this.#canvas.transferControlToOffscreen();
    this.#handed = true;
    this.#post({ type: 'canvas', canvas: handed }, [handed]);
  }

  #post(message: FlightMessage, transfer: Transferable[] = []) {
    this.#worker?.postMessage(message, transfer);
  }

  #fallBack() {
    this.#worker?.terminate();
    this.#worker = undefined;
    this.#sent = undefined;
    this.#make(this.#canvas.width, this.#canvas.height);
  }

  /**
   * Sizes the canvas to the SVG and reads the layers' and markers' paint: layout and style are
   * read here, at idle and at take-off, never in a frame; the paint only when the screen's size
   * or colour scheme has changed since.
   */
  prepare(svg: SVGSVGElement) {
    const width = svg.clientWidth;
    const height = svg.clientHeight;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.round(width * dpr);
    const h = Math.round(height * dpr);
    this.#size(w, h);
    // The paint depends on the screen's size and the colour scheme only: read again when they change.
    const key = [w, h, dpr, document.documentElement.dataset.theme, matchMedia('(prefers-color-scheme: dark)').matches];
    if (this.#paint && key.join() === this.#key) return;
    this.#key = key.join();
    const px = width / frame.width;
    const sea = svg.querySelector('.map-sea');
    const layers = [...svg.querySelectorAll('.map-zoom path')].flatMap((el): LayerPaint[] => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') return [];
      const dash = style.strokeDasharray === 'none' ? [] : style.strokeDasharray.split(/[\s,]+/).map(parseFloat);
      return [
        {
          d: el.getAttribute('d') ?? '',
          fill: paint(style.fill),
          stroke: paint(style.stroke),
          width: parseFloat(style.strokeWidth) || 0,
          dash,
        },
      ];
    });
    // A marker's fill is its kind's; one marker of each kind is enough to read them.
    const fills: Record<string, string> = {};
    for (const a of svg.querySelectorAll<SVGElement>('a.marker')) {
      const kind = kindOf(a);
      fills[kind] ??= getComputedStyle(a).fill;
    }
    const css = getComputedStyle(svg);
    const read = (name: string) => css.getPropertyValue(`--marker-${name}`).trim();
    const outline = (state: 'plain' | 'focus') => ({
      stroke: read(`${state}-stroke`),
      width: parseFloat(read(`${state}-stroke-width`)) || 0,
      fillOpacity: parseFloat(read(`${state}-fill-opacity`)) || 1,
    });
    this.#paint = {
      sea: sea ? getComputedStyle(sea).fill : 'transparent',
      layers,
      unit: px * dpr,
      px,
      ms: parseFloat(css.getPropertyValue('--ms')) || 1,
      fills,
      outline: { plain: outline('plain'), focus: outline('focus') },
    };
    this.#sent = undefined;
  }

  /** Parses the paths a flight draws ahead of it (in the worker, or here): at idle, not at take-off. */
  warm(symbols: readonly Symbol[]) {
    if (this.#worker) return this.#send(symbols);
    for (const layer of this.#paint?.layers ?? []) pathOf(layer.d);
    for (const m of symbols) pathOf(m.d);
  }

  /** Gives the worker the flight's paint and the markers' shapes, when they are not its already. */
  #send(symbols: readonly Symbol[]) {
    if (!this.#paint || this.#sent === symbols) return;
    this.#sent = symbols;
    const shapes = symbols.map(({ d, x, y, kind }) => ({ d, x, y, kind, focus: false, alpha: 0 }));
    this.#post({ type: 'paint', paint: this.#paint, symbols: shapes });
  }

  /** Draws one frame: the base map under the zoom transform `t`, then the markers at their points. */
  draw(t: ZoomTransform, symbols: readonly Symbol[]) {
    const paint = this.#paint;
    if (!paint) return;
    if (!this.#worker) {
      if (this.#context) drawFlight(this.#context, paint, t, symbols, pathOf);
      return;
    }
    this.#send(symbols);
    const alpha = new Float32Array(symbols.length);
    const focus = new Uint8Array(symbols.length);
    symbols.forEach((m, i) => {
      alpha[i] = m.alpha;
      focus[i] = m.focus ? 1 : 0;
    });
    this.#post({ type: 'frame', t: { k: t.k, x: t.x, y: t.y }, alpha, focus }, [alpha.buffer, focus.buffer]);
  }
}
