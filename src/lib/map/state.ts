// What a map shows at one moment: a named view, a date range, highlighted places and focused
// events. The server renders the initial state; the browser applies later ones with the same rules.
import { inRange } from '../events/select.ts';
import { views, type ViewName } from './views.ts';

export interface MapState {
  view: ViewName;
  from: string;
  to: string;
  highlight: readonly string[];
  focus: readonly string[];
  /**
   * The server's label placement for this state (a story step's `data-labels`, see
   * src/scripts/map-labels.ts). Without it the browser falls back to the view's placement.
   */
  labels?: string;
}

export function markerShown(date: string, state: MapState): boolean {
  return inRange(date, state);
}

export function placeLabelShown(place: { id: string; rank: number }, state: MapState): boolean {
  return place.rank <= views[state.view].labelRank || state.highlight.includes(place.id);
}

export function shownInView(labelViews: readonly string[], state: MapState): boolean {
  return labelViews.includes(state.view);
}
