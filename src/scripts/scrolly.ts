// <tb-scrolly>: scroll is only a trigger. One IntersectionObserver reports which step crosses a
// line across the screen; the map, the timeline and a polite live region
// are told the step's state. Layout is left to CSS (position: sticky).
import { TbMap } from './map-element.ts';
import { TbTimeline } from './timeline-element.ts';
import { markerShown, type MapState } from '../lib/map/state.ts';
import type { ViewName } from '../lib/map/views.ts';

function stepState(step: HTMLElement): MapState {
  const ids = (value?: string) => (value ?? '').split(' ').filter(Boolean);
  const { view, from = '', to = '', highlight, focus } = step.dataset;
  return { view: view as ViewName, from, to, highlight: ids(highlight), focus: ids(focus) };
}

class TbScrolly extends HTMLElement {
  #active: HTMLElement | undefined;
  #observer: IntersectionObserver | undefined;

  connectedCallback() {
    const steps = [...this.querySelectorAll<HTMLElement>('.step')];
    if (steps.length === 0) return;
    // A thin line two thirds of the way down the screen: below the sticky graphic on phones.
    this.#observer = new IntersectionObserver((entries) => {
      for (const entry of entries) if (entry.isIntersecting) this.#activate(entry.target as HTMLElement, true);
    }, { rootMargin: '-66% 0px -33% 0px' });
    steps.forEach((s) => this.#observer!.observe(s));
    // Until a step reaches the line, show the first one (without animation).
    const first = steps.find((s) => s.getBoundingClientRect().top > 0) ?? steps[0]!;
    this.#activate(first, false);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }

  #activate(step: HTMLElement, animate: boolean) {
    if (step === this.#active) return;
    this.#active?.classList.remove('is-active');
    step.classList.add('is-active');
    this.#active = step;
    const state = stepState(step);
    this.dataset.step = String([...this.querySelectorAll('.step')].indexOf(step));
    this.querySelector<TbMap>('tb-map')?.setState(state, { animate });
    this.querySelector<TbTimeline>('tb-timeline')?.setRange(state.from, state.to);
    this.#showEventsInTable(state);
    const live = this.querySelector('[data-step-announcer]');
    if (live && animate) live.textContent = step.dataset.alt ?? '';
  }

  /** The map's text alternative lists the same events as the map. */
  #showEventsInTable(state: MapState) {
    const table = this.querySelector('[data-map-events]');
    if (!table) return;
    let shown = 0;
    for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[data-date]')) {
      row.hidden = !markerShown(row.dataset.date!, state);
      if (!row.hidden) shown += 1;
    }
    const count = table.querySelector('[data-count]');
    if (count) count.textContent = String(shown);
  }
}

customElements.define('tb-map', TbMap);
customElements.define('tb-timeline', TbTimeline);
customElements.define('tb-scrolly', TbScrolly);
