// The event markers as the flight canvas draws them (./map-canvas.ts): read once from the SVG's
// own markers (symbol path, base-frame point, kind, date), then, per state, which are shown and
// focused. Markers a state adds or removes fade in or out over the time the SVG's CSS takes
// (map.css: 0.4 s), and a flight re-targeted mid-way fades from where each marker is.
import { markerShown, type MapState } from '../lib/map/state.ts';
import { kindOf, type Symbol } from './map-canvas.ts';

const fade = 400;

interface FlightSymbol extends Symbol {
  el: SVGAElement;
  id: string;
  date: string;
  /** 1 when the state being flown to shows the marker, 0 when it does not. */
  target: number;
}

export class FlightMarkers {
  readonly symbols: FlightSymbol[];

  constructor(svg: SVGSVGElement) {
    this.symbols = [...svg.querySelectorAll<SVGAElement>('a.marker')].map((a) => {
      const g = a.querySelector<SVGElement>('[data-x]');
      return {
        el: a,
        id: a.dataset.event ?? '',
        date: a.dataset.date ?? '',
        kind: kindOf(a),
        focus: false,
        alpha: 0,
        target: 0,
        d: g?.querySelector('path')?.getAttribute('d') ?? '',
        x: Number(g?.dataset.x),
        y: Number(g?.dataset.y),
      };
    });
  }

  /** At take-off: the markers as the SVG shows them now. */
  sync() {
    for (const m of this.symbols) {
      m.alpha = m.target = m.el.classList.contains('is-off') ? 0 : 1;
      m.focus = m.el.classList.contains('is-focus');
    }
  }

  /** What the markers fade towards: the markers `state` shows, with its focused events outlined. */
  retarget(state: MapState) {
    for (const m of this.symbols) {
      m.target = markerShown(m.date, state) ? 1 : 0;
      m.focus = state.focus.includes(m.id);
    }
  }

  /** Moves each marker's fade on by `ms` milliseconds. */
  advance(ms: number) {
    const step = ms / fade;
    for (const m of this.symbols)
      m.alpha = m.target > m.alpha ? Math.min(m.target, m.alpha + step) : Math.max(m.target, m.alpha - step);
  }
}
