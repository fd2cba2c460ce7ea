// Switches the map's labels to a state: place names by the view's rank or a highlight, area
// names by view. Called by <tb-map> while the labels are faded out (when a flight lands, or on a
// jump), so a label never pops up mid-flight. Positions are not decided here: each label keeps
// its base-frame anchor in data-x/data-y, and <tb-map> moves it there. Highlight rings and
// markers are <tb-map>'s business.
import type { MapState } from '../lib/map/state.ts';
import { placeLabelShown, shownInView } from '../lib/map/state.ts';

export function applyLabels(map: HTMLElement, state: MapState): void {
  for (const p of map.querySelectorAll<SVGElement>('.place')) {
    const id = p.dataset.place ?? '';
    p.classList.toggle('is-off', !placeLabelShown({ id, rank: Number(p.dataset.rank) }, state));
  }
  for (const el of map.querySelectorAll<SVGElement>('.area-label[data-views]')) {
    el.classList.toggle('is-off', !shownInView((el.dataset.views ?? '').split(' '), state));
  }
}
