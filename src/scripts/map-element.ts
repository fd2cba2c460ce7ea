// <tb-map>: applies a map state to the server-rendered SVG. Between views the map flies along
// d3's interpolateZoom, drawn as vectors on an opaque canvas laid over the SVG (./map-canvas.ts):
// the base layers under one transform per frame and the markers at their points, at their screen
// size (./flight-markers.ts). The canvas fades in at take-off, so the origin's labels fade out
// under it; once it covers the SVG, the SVG is made ready for the new state out of sight, one
// small piece per frame (markers, labels, their positions, the zoom), so the landing has nothing
// left to do but fade the canvas out over an SVG that shows the same map, now with the new labels.
// The SVG is never hidden: screen readers, keyboards and print keep it; taps in flight land on
// the canvas. Where it can, a worker draws the canvas (./map-canvas.ts). A new state mid-flight
// re-targets from where the map is. Readers who prefer reduced
// motion, and embeds, jump.
import { interpolateZoom } from 'd3-interpolate';
import { easeCubicInOut } from 'd3-ease';
import {
  flightDuration,
  insideFrame,
  sameView,
  toScreen,
  transformAttribute,
  zoomTransform,
  type ZoomTransform,
  type ZoomView,
} from '../lib/map/transform.ts';
import type { MapState } from '../lib/map/state.ts';
import { markerShown, shownInView } from '../lib/map/state.ts';
import { isViewName } from '../lib/map/views.ts';
import type { FlightCanvas } from './map-canvas.ts';
import type { FlightMarkers } from './flight-markers.ts';
import { labelPlacement } from './map-labels.ts';

type ViewData = Record<string, { z: ZoomView }>;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The flight's code (canvas, its worker, markers) is given by the story (./scrolly.ts): embeds,
 * which only jump, do not ship it.
 */
export interface Flight {
  FlightCanvas: typeof FlightCanvas;
  FlightMarkers: typeof FlightMarkers;
}
let flight: Flight | undefined;
export const useFlight = (code: Flight) => {
  flight = code;
};
const whenIdle = (f: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(f, { timeout: 4000 }) : setTimeout(f, 500);
/** The canvas's fades: in at take-off (shorter for short flights: the map barely moves meanwhile), out at landing. */
const fadeIn = (duration: number) => Math.min(200, duration * 0.1);
const fadeOut = 250;
/** Elements changed per frame while the SVG is prepared: each change costs a style (and SVG layout) pass. */
const chunk = 30;

/** Applies `f` to `list` a chunk at a time, pausing after each. */
function* inChunks<T>(list: readonly T[], f: (item: T, i: number) => void): Generator<void> {
  for (let i = 0; i < list.length; i += chunk) {
    list.slice(i, i + chunk).forEach((item, j) => f(item, i + j));
    yield;
  }
}

const set = (el: Element, name: string, value: string | null) => {
  if (el.getAttribute(name) === value) return; // an unchanged attribute would still cost a style pass
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
};

/** Puts an overlay where the transform shows its base-frame anchor (data-x, data-y): a translation, never a scale. */
function move(el: SVGElement, t: ZoomTransform) {
  const [x, y] = toScreen(Number(el.dataset.x), Number(el.dataset.y), t);
  set(el, 'transform', `translate(${x} ${y})`);
}

export class TbMap extends HTMLElement {
  #views: ViewData = {};
  /** The view the reader sees: the SVG's at rest, a point of the flight in flight. */
  #current: ZoomView | undefined;
  #frame = 0;
  #canvas: FlightCanvas | undefined;
  #markers: FlightMarkers | undefined;
  /** The canvas's fade in or out, while one runs. */
  #fade: Animation | undefined;
  /** True once the canvas is opaque over the SVG: what changes under it is not seen. */
  #covered = false;
  /** The SVG's preparation for the state shown or flown to: each step is one chunk of changes. */
  #jobs: Iterator<void> = [].values();

  connectedCallback() {
    this.#views = JSON.parse(this.dataset.views ?? '{}') as ViewData;
    const view = this.dataset.view;
    if (view && this.#views[view]) this.#current = this.#views[view].z;
    // In the story, what the first flight needs (its canvas, the parsed paths) is made
    // while the reader is not scrolling, so the first take-off costs no more than the others. A
    // reader who asked for reduced motion never flies: no canvas is made for them.
    const svg = this.querySelector<SVGSVGElement>('svg.map');
    if (svg && this.closest('tb-scrolly'))
      whenIdle(() => {
        if (reducedMotion() || !flight) return;
        const canvas = (this.#canvas ??= new flight.FlightCanvas(this));
        const markers = (this.#markers ??= new flight.FlightMarkers(svg));
        canvas.prepare(svg);
        canvas.warm(markers.symbols);
      });
  }

  disconnectedCallback() {
    cancelAnimationFrame(this.#frame);
  }

  /** True while a flight is drawn on the canvas. */
  get flying(): boolean {
    return this.classList.contains('is-flying');
  }

  /** Shows a state; flies to its view unless the reader prefers reduced motion. */
  setState(state: MapState, { animate = true } = {}) {
    if (!isViewName(state.view) || !this.#views[state.view]) return;
    this.dataset.view = state.view;
    const target = this.#views[state.view]!.z;
    const svg = this.querySelector<SVGSVGElement>('svg.map');
    this.#jobs = this.#prepare(state, zoomTransform(target));
    const moves = this.#current !== undefined && !sameView(this.#current, target);
    if (animate && !moves && !this.flying && !reducedMotion()) return this.#settle(target);
    if (!animate || reducedMotion() || !svg || !moves || !flight) return this.#land(target, false);
    const canvas = (this.#canvas ??= new flight.FlightCanvas(this));
    const markers = (this.#markers ??= new flight.FlightMarkers(svg));
    cancelAnimationFrame(this.#frame);
    if (this.flying) {
      markers.retarget(state);
      return this.#fly(canvas, markers, target);
    }
    // Take-off waits for the next frame: the step's own changes (text, timeline strip) are drawn
    // in this one, and the two costs do not add up in one long frame.
    this.#frame = requestAnimationFrame(() => {
      this.#frame = requestAnimationFrame(() => {
        // Reads first (sizes, paint, what the SVG shows), before anything is written.
        canvas.prepare(svg);
        markers.sync();
        markers.retarget(state);
        this.classList.add('is-flying');
        canvas.canvas.hidden = false;
        this.#fadeCanvas(canvas.canvas, 1, fadeIn(this.#fly(canvas, markers, target)), () => {
          this.#covered = true;
        });
      });
    });
  }

  /**
   * A new state in the same view: its changes (each starting its own fade) are made a chunk a
   * frame from the next frame on, not all in the frame that shows the step's text.
   */
  #settle(view: ZoomView) {
    cancelAnimationFrame(this.#frame);
    const next = () => {
      if (this.#jobs.next().done) return this.#land(view, false);
      this.#frame = requestAnimationFrame(next);
    };
    // Called from a scroll event, a frame requested now would run in this very frame (scroll
    // events are dispatched just before animation callbacks): wait one more.
    this.#frame = requestAnimationFrame(() => (this.#frame = requestAnimationFrame(next)));
  }

  /** The SVG's changes for `state` seen at `t`, a chunk at a time. */
  *#prepare(state: MapState, t: ZoomTransform): Generator<void> {
    // Under the canvas the changes need not transition (map-flight.css); at rest they do. Each
    // element is switched as its own chunk reaches it: one class on the map for all of them
    // would restyle every marker and label (some 200) in a single frame.
    const instant = this.flying;
    const mode = (el: Element) => el.classList.toggle('is-instant', instant);
    yield* inChunks([...this.querySelectorAll<SVGElement>('.marker')], (m) => {
      mode(m);
      m.classList.toggle('is-off', !markerShown(m.dataset.date ?? '', state));
      m.classList.toggle('is-focus', state.focus.includes(m.dataset.event ?? ''));
    });
    const place = labelPlacement(this, state);
    yield* inChunks([...this.querySelectorAll<SVGElement>('.lbl')], (el, i) => {
      mode(el);
      place?.(el, i);
      if (el.classList.contains('place'))
        el.classList.toggle('is-highlighted', state.highlight.includes(el.dataset.place ?? ''));
    });
    for (const bar of this.querySelectorAll<SVGElement>('.scale-bar[data-views]')) {
      mode(bar);
      bar.classList.toggle('is-off', !shownInView((bar.dataset.views ?? '').split(' '), state));
    }
    // Only what can be seen moves: hidden overlays are placed when they are shown again.
    yield* inChunks([...this.querySelectorAll<SVGElement>('[data-x]:not(.is-off, .is-off [data-x])')], (el) =>
      move(el, t),
    );
    const zoom = this.querySelector('.map-zoom');
    if (zoom) set(zoom, 'transform', transformAttribute(t));
    yield;
    // Markers the view leaves outside the visible map stay off the keyboard path, as the server
    // renders them for its view.
    for (const a of this.querySelectorAll<SVGAElement>('a.marker')) {
      const g = a.querySelector<SVGElement>('[data-x]');
      if (g) set(a, 'tabindex', insideFrame(Number(g.dataset.x), Number(g.dataset.y), t) ? null : '-1');
    }
  }

  /** Fades the canvas from the opacity it shows now: a compositor animation, no repaint. */
  #fadeCanvas(canvas: HTMLCanvasElement, to: 0 | 1, duration: number, done: () => void) {
    const from = this.#fade ? Number(getComputedStyle(canvas).opacity) : 1 - to;
    this.#fade?.cancel();
    const fade = (this.#fade = canvas.animate({ opacity: [from, to] }, { duration, fill: 'forwards' }));
    fade.onfinish = () => {
      this.#fade = undefined;
      fade.cancel(); // the end state holds without it: opaque, or hidden by done()
      done();
    };
  }

  /** Flies from where the map is to `target`; returns the flight's duration. */
  #fly(canvas: FlightCanvas, markers: FlightMarkers, target: ZoomView): number {
    cancelAnimationFrame(this.#frame);
    const start = this.#current!;
    const interpolate = interpolateZoom(start, target);
    const duration = flightDuration(interpolate.duration);
    const t0 = performance.now();
    let last = t0;
    const frame = (now: number) => {
      const p = Math.min(1, (now - t0) / duration);
      markers.advance(now - last);
      last = now;
      this.#current = interpolate(easeCubicInOut(p)) as ZoomView;
      canvas.draw(zoomTransform(p === 1 ? target : this.#current), markers.symbols);
      if (p === 1) return this.#land(target, true);
      // One chunk of the SVG's preparation a frame, under the canvas.
      if (this.#covered) this.#jobs.next();
      this.#frame = requestAnimationFrame(frame);
    };
    frame(t0);
    return duration;
  }

  /**
   * Ends any flight, or jumps: the SVG shows the current state at `view`, with whatever of its
   * preparation is not done yet (all of it for a jump). At the end of a flight the canvas fades
   * out over it; a jump removes the canvas at once.
   */
  #land(view: ZoomView, fade: boolean) {
    cancelAnimationFrame(this.#frame);
    while (!this.#jobs.next().done);
    this.#current = view;
    this.classList.remove('is-flying');
    this.#covered = false;
    const canvas = this.#canvas?.canvas;
    const settle = () => {
      if (canvas) canvas.hidden = true;
    };
    if (fade && canvas) return this.#fadeCanvas(canvas, 0, fadeOut, settle);
    this.#fade?.cancel();
    this.#fade = undefined;
    settle();
  }
}
