// <tb-map>: applies a map state to the server-rendered SVG. Between views the map flies along
// d3's interpolateZoom: in flight the base layers are drawn as vectors on a canvas
// (./map-canvas.ts), one transform per frame, while markers stay SVG overlays moved to their
// point (translate only, at their screen size) and labels are faded out. When the flight lands
// the SVG is redrawn once for the new view, the labels of the new state are switched on
// (./map-labels.ts) and fade in, and the canvas is hidden. A new state mid-flight re-targets from
// where the map is. Readers who prefer reduced motion, and embeds, jump.
import { interpolateZoom } from 'd3-interpolate';
import { easeCubicInOut } from 'd3-ease';
import { flightDuration, insideFrame, sameView, toScreen, transformAttribute, zoomTransform, type ZoomTransform, type ZoomView } from '../lib/map/transform.ts';
import type { MapState } from '../lib/map/state.ts';
import { markerShown, shownInView } from '../lib/map/state.ts';
import { isViewName } from '../lib/map/views.ts';
import { FlightCanvas } from './map-canvas.ts';
import { applyLabels } from './map-labels.ts';

type ViewData = Record<string, { z: ZoomView }>;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
/** Overlays that are shown: those a frame of a flight or a redraw has to move. */
const shownOverlays = (root: Element) => [...root.querySelectorAll<SVGElement>('[data-x]:not(.is-off, .is-off [data-x])')];
/** How long labels take to fade out (map-flight.css): after that, a flight stops moving them. */
const labelFade = 450;

export class TbMap extends HTMLElement {
  #views: ViewData = {};
  /** The view the reader sees: the one the SVG is drawn for, or a point of a flight. */
  #current: ZoomView | undefined;
  /** The state the map is showing or flying to. */
  #state: MapState | undefined;
  #frame = 0;
  #canvas: FlightCanvas | undefined;

  connectedCallback() {
    this.#views = JSON.parse(this.dataset.views ?? '{}') as ViewData;
    const view = this.dataset.view;
    if (view && this.#views[view]) this.#current = this.#views[view].z;
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
    this.#state = state;
    const target = this.#views[state.view]!.z;
    const svg = this.querySelector<SVGSVGElement>('svg.map');
    const moves = this.#current !== undefined && !sameView(this.#current, target);
    if (!animate || reducedMotion() || !svg || !moves) {
      this.#toggleMarkers(state);
      return this.#land(target);
    }
    // Reads first (sizes, paint, what is shown), then writes: one style and layout pass.
    const canvas = (this.#canvas ??= new FlightCanvas(this));
    if (!this.flying) canvas.prepare(svg);
    const before = shownOverlays(this);
    this.#toggleMarkers(state);
    this.#fly(canvas, target, before);
  }

  #toggleMarkers(state: MapState) {
    for (const m of this.querySelectorAll<SVGElement>('.marker')) {
      m.classList.toggle('is-off', !markerShown(m.dataset.date ?? '', state));
      m.classList.toggle('is-focus', state.focus.includes(m.dataset.event ?? ''));
    }
  }

  #fly(canvas: FlightCanvas, target: ZoomView, before: SVGElement[]) {
    cancelAnimationFrame(this.#frame);
    const start = this.#current!;
    const interpolate = interpolateZoom(start, target);
    const duration = flightDuration(interpolate.duration);
    // Markers keep moving with the map; labels only while they fade out, once per take-off.
    const markers = anchored([...this.querySelectorAll<SVGElement>('.marker:not(.is-off) [data-x]')]);
    const fading = anchored(this.flying ? [] : before.filter((el) => !el.closest('.marker')));
    const t0 = performance.now();
    const frame = (view: ZoomView, elapsed: number) => {
      const t = zoomTransform(view);
      canvas.draw(t);
      move(markers, t);
      if (elapsed < labelFade) move(fading, t);
    };
    // The first frame is drawn before the SVG's base layer is hidden: no blank frame at take-off.
    frame(start, 0);
    canvas.canvas.hidden = false;
    this.classList.add('is-flying');
    const tick = (now: number) => {
      const elapsed = now - t0;
      const p = Math.min(1, elapsed / duration);
      this.#current = interpolate(easeCubicInOut(p)) as ZoomView;
      if (p === 1) return this.#land(target);
      frame(this.#current, elapsed);
      this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }

  /** Ends any flight: the SVG is drawn for `view` with the labels of the current state. */
  #land(view: ZoomView) {
    cancelAnimationFrame(this.#frame);
    const state = this.#state;
    if (state) {
      applyLabels(this, state);
      for (const p of this.querySelectorAll<SVGElement>('.place')) p.classList.toggle('is-highlighted', state.highlight.includes(p.dataset.place ?? ''));
      for (const bar of this.querySelectorAll<SVGElement>('.scale-bar[data-views]')) {
        bar.classList.toggle('is-off', !shownInView((bar.dataset.views ?? '').split(' '), state));
      }
    }
    this.#apply(view);
    if (this.#canvas) this.#canvas.canvas.hidden = true;
    this.classList.remove('is-flying');
  }

  #apply(view: ZoomView) {
    this.#current = view;
    const t: ZoomTransform = zoomTransform(view);
    this.querySelector('.map-zoom')?.setAttribute('transform', transformAttribute(t));
    // Only what can be seen moves: hidden overlays are placed when they are shown again.
    this.#place(shownOverlays(this), t);
    // Markers the view leaves outside the visible map stay off the keyboard path, as the server
    // renders them for its view.
    for (const a of this.querySelectorAll<SVGAElement>('a.marker')) {
      const g = a.querySelector<SVGElement>('[data-x]');
      if (!g) continue;
      if (insideFrame(Number(g.dataset.x), Number(g.dataset.y), t)) a.removeAttribute('tabindex');
      else a.setAttribute('tabindex', '-1');
    }
  }

  #place(overlays: readonly SVGElement[], t: ZoomTransform) {
    move(anchored(overlays), t);
  }
}

/** Overlays with their base-frame anchor (data-x, data-y), read once per flight. */
type Anchored = [el: SVGElement, x: number, y: number][];
const anchored = (overlays: readonly SVGElement[]): Anchored => overlays.map((el) => [el, Number(el.dataset.x), Number(el.dataset.y)]);

/** Puts each overlay where the transform shows its anchor: a translation, never a scale. */
function move(overlays: Anchored, t: ZoomTransform) {
  for (const [el, px, py] of overlays) {
    const [x, y] = toScreen(px, py, t);
    el.setAttribute('transform', `translate(${x} ${y})`);
  }
}
