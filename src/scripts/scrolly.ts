// <tb-scrolly>: scroll is only a trigger. At each scroll event (dispatched once a frame, before
// the frame's animation callbacks, so the positions read are the ones just laid out) the step in
// view is worked out afresh from the steps' positions (src/lib/story/step-in-view.ts), and the
// map, the timeline strip and a polite live region are told its state. Layout is left to CSS
// (position: sticky). Until the page has loaded and the browser has restored its scroll
// position or opened an anchor, and whenever the address's anchor changes, the map jumps.
import { TbMap, useFlight } from './map-element.ts';
import { FlightCanvas } from './map-canvas.ts';
import { FlightMarkers } from './flight-markers.ts';
import { TbTimeline } from './timeline-element.ts';
import { markerShown, type MapState } from '../lib/map/state.ts';
import type { ViewName } from '../lib/map/views.ts';
import { stepInView } from '../lib/story/step-in-view.ts';

function stepState(step: HTMLElement): MapState {
  const ids = (value?: string) => (value ?? '').split(' ').filter(Boolean);
  const { view, from = '', to = '', highlight, focus, labels } = step.dataset;
  return { view: view as ViewName, from, to, highlight: ids(highlight), focus: ids(focus), labels };
}

/**
 * The sections after the story are laid out only when a reader nears them (global.css), each in
 * one piece: the deaths chart alone is a long frame on a slow phone, taken in the middle of the
 * story's last step. At idle after load they are laid out ahead instead, one per idle period.
 */
function layOutAhead() {
  if (!('requestIdleCallback' in window)) return;
  const sections = [...document.querySelectorAll<HTMLElement>('.story-after:not(#timeline, .is-laid-out)')];
  const next = () => {
    sections.shift()?.classList.add('is-laid-out');
    if (sections.length > 0) requestIdleCallback(next, { timeout: 8000 });
  };
  requestIdleCallback(next, { timeout: 8000 });
}

class TbScrolly extends HTMLElement {
  #steps: HTMLElement[] = [];
  #active: HTMLElement | undefined;
  /** False until the page has loaded and settled its scroll position: steps jump until then. */
  #settled = false;
  #onScroll = () => this.#update(this.#settled);
  #onJump = () => this.#update(false);
  #onLoad = () => {
    layOutAhead();
    this.#update(false);
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        this.#settled = true;
        this.#update(false);
      }),
    );
  };

  connectedCallback() {
    this.#steps = [...this.querySelectorAll<HTMLElement>('.step')];
    if (this.#steps.length === 0) return;
    this.#update(false);
    this.querySelector('[data-map-events]')?.addEventListener('toggle', () => {
      if (this.#active) this.#showEventsInTable(stepState(this.#active));
    });
    addEventListener('scroll', this.#onScroll, { passive: true });
    addEventListener('resize', this.#onScroll, { passive: true });
    addEventListener('hashchange', this.#onJump);
    addEventListener('pageshow', this.#onJump);
    if (document.readyState === 'complete') this.#onLoad();
    else addEventListener('load', this.#onLoad, { once: true });
  }

  disconnectedCallback() {
    removeEventListener('scroll', this.#onScroll);
    removeEventListener('resize', this.#onScroll);
    removeEventListener('hashchange', this.#onJump);
    removeEventListener('pageshow', this.#onJump);
    removeEventListener('load', this.#onLoad);
  }

  #update(animate: boolean) {
    const tops = this.#steps.map((s) => s.getBoundingClientRect().top);
    this.#activate(this.#steps[stepInView(tops, innerHeight / 2)]!, animate);
  }

  #activate(step: HTMLElement, animate: boolean) {
    const map = this.querySelector<TbMap>('tb-map');
    // The same step again: nothing to do, unless a jump must end a flight still under way.
    if (step === this.#active && (animate || !map?.flying)) return;
    this.#active?.classList.remove('is-active');
    step.classList.add('is-active');
    this.#active = step;
    const state = stepState(step);
    this.dataset.step = String(this.#steps.indexOf(step));
    map?.setState(state, { animate });
    this.querySelector<TbTimeline>('tb-timeline')?.setRange(state.from, state.to, step.dataset.band ?? '');
    // The text alternatives follow in a task of their own, so the frame that shows the new step
    // does not also lay out the events table.
    const settled = this.#settled;
    setTimeout(() => {
      if (step !== this.#active) return;
      this.#showEventsInTable(state);
      const live = this.querySelector('[data-step-announcer]');
      if (live && settled) live.textContent = step.dataset.alt ?? '';
    });
  }

  /**
   * The map's text alternative lists the same events as the map. Its summary counts them at every
   * step; its rows follow while it is open (and when it opens): hiding rows of a closed table
   * would cost the step's frame a layout for nothing.
   */
  #showEventsInTable(state: MapState) {
    const table = this.querySelector<HTMLDetailsElement>('[data-map-events]');
    if (!table) return;
    let shown = 0;
    for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[data-date]')) {
      const hidden = !markerShown(row.dataset.date!, state);
      if (table.open) row.hidden = hidden;
      if (!hidden) shown += 1;
    }
    const count = table.querySelector('[data-count]');
    if (count) count.textContent = String(shown);
  }
}

// The story's map flies between steps: it gets the flight's code, which embeds do not ship.
useFlight({ FlightCanvas, FlightMarkers });
customElements.define('tb-map', TbMap);
customElements.define('tb-timeline', TbTimeline);
customElements.define('tb-scrolly', TbScrolly);
