// <tb-map>: applies a map state to the server-rendered SVG. Flying between views follows d3's
// interpolateZoom: while in flight the painted map is moved by a CSS transform (the compositor's
// work, no repaint, so cheap phones keep up); when it lands the SVG is redrawn once for the new
// view, with overlays back at their screen size. Nothing is re-projected.
import { interpolateZoom } from 'd3-interpolate';
import { easeCubicInOut } from 'd3-ease';
import { relativeTransform, toScreen, transformAttribute, zoomTransform, type ZoomTransform, type ZoomView } from '../lib/map/transform.ts';
import { frame } from '../lib/map/frame-size.ts';
import type { MapState } from '../lib/map/state.ts';
import { markerShown, placeLabelShown, shownInView } from '../lib/map/state.ts';
import { isViewName } from '../lib/map/views.ts';
import { applyLabels } from './map-labels.ts';

type ViewData = Record<string, { z: ZoomView; rank: number }>;

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export class TbMap extends HTMLElement {
  #views: ViewData = {};
  /** The view the SVG is drawn for. */
  #drawn: ZoomView | undefined;
  /** The view the reader sees: the drawn one, or a point of a flight. */
  #current: ZoomView | undefined;
  #frame = 0;

  connectedCallback() {
    this.#views = JSON.parse(this.dataset.views ?? '{}') as ViewData;
    const view = this.dataset.view;
    if (view && this.#views[view]) this.#drawn = this.#current = this.#views[view].z;
  }

  /** Shows a state; flies to its view unless the reader prefers reduced motion. */
  setState(state: MapState, { animate = true } = {}) {
    if (!isViewName(state.view) || !this.#views[state.view]) return;
    this.dataset.view = state.view;
    this.#toggle(state);
    this.#flyTo(this.#views[state.view]!.z, animate && !reducedMotion());
  }

  #toggle(state: MapState) {
    const shown: SVGElement[] = [];
    const set = (el: SVGElement, off: boolean) => {
      if (!off && el.classList.contains('is-off')) shown.push(el);
      el.classList.toggle('is-off', off);
    };
    for (const m of this.querySelectorAll<SVGElement>('.marker')) {
      set(m, !markerShown(m.dataset.date ?? '', state));
      m.classList.toggle('is-focus', state.focus.includes(m.dataset.event ?? ''));
    }
    for (const p of this.querySelectorAll<SVGElement>('.place')) {
      const id = p.dataset.place ?? '';
      set(p, !placeLabelShown({ id, rank: Number(p.dataset.rank) }, state));
      p.classList.toggle('is-highlighted', state.highlight.includes(id));
    }
    for (const el of this.querySelectorAll<SVGElement>('[data-views]')) {
      set(el, !shownInView((el.dataset.views ?? '').split(' '), state));
    }
    // Hidden overlays are not moved (see #apply): put the ones that reappear where the map is drawn.
    const overlays = shown.map((el) => (el.dataset.x === undefined ? el.querySelector<SVGElement>('[data-x]') : el)).filter((el) => el !== null);
    if (this.#drawn) this.#place(overlays, zoomTransform(this.#drawn));
    applyLabels(this, state);
  }

  #flyTo(target: ZoomView, animate: boolean) {
    cancelAnimationFrame(this.#frame);
    const start = this.#current ?? target;
    const svg = this.querySelector<SVGSVGElement>('svg.map');
    if (!animate || !svg || start.join() === target.join()) return this.#land(target);
    const interpolate = interpolateZoom(start, target);
    const duration = Math.min(2200, Math.max(700, interpolate.duration * 0.6));
    const drawn = zoomTransform(this.#drawn ?? start);
    const px = svg.getBoundingClientRect().width / frame.width; // SVG units to CSS pixels
    const t0 = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - t0) / duration);
      this.#current = interpolate(easeCubicInOut(t)) as ZoomView;
      if (t === 1) return this.#land(target);
      const r = relativeTransform(drawn, zoomTransform(this.#current));
      svg.style.transform = `translate(${r.x * px}px, ${r.y * px}px) scale(${r.k})`;
      this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }

  /** Ends any flight and draws the SVG for `view`. */
  #land(view: ZoomView) {
    const svg = this.querySelector<SVGSVGElement>('svg.map');
    if (svg) svg.style.transform = '';
    this.#apply(view);
  }

  #apply(view: ZoomView) {
    this.#drawn = this.#current = view;
    const t: ZoomTransform = zoomTransform(view);
    this.querySelector('.map-zoom')?.setAttribute('transform', transformAttribute(t));
    // Only what can be seen moves: hidden overlays are placed when they reappear (#toggle).
    this.#place([...this.querySelectorAll<SVGElement>('[data-x]:not(.is-off, .is-off [data-x])')], t);
  }

  #place(overlays: SVGElement[], t: ZoomTransform) {
    for (const el of overlays) {
      const [x, y] = toScreen(Number(el.dataset.x), Number(el.dataset.y), t);
      el.setAttribute('transform', `translate(${x} ${y})`);
    }
  }
}

