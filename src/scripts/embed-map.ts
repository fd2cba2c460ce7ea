// Runs inside map embeds only: applies ?view, ?from and ?to when they can be shown, says so when
// they cannot (the server-rendered default stays), and keeps off the keyboard path the markers
// that the current view leaves outside the visible map.
import { TbMap } from './map-element.ts';
import { mapParams } from '../lib/embed/params.ts';
import { isViewName } from '../lib/map/views.ts';

customElements.define('tb-map', TbMap);
const map = document.querySelector<TbMap>('tb-map');

/** Markers whose symbol lies outside the map's visible box leave the tab order. */
function focusOnlyVisibleMarkers(root: TbMap) {
  const box = root.querySelector('svg')!.getBoundingClientRect();
  for (const marker of root.querySelectorAll<SVGAElement>('a.marker')) {
    const r = marker.getBoundingClientRect();
    const inside = r.width > 0 && r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
    if (inside) marker.removeAttribute('tabindex');
    else marker.setAttribute('tabindex', '-1');
  }
}

if (map) {
  const view = map.dataset.view ?? '';
  const defaults = { view: isViewName(view) ? view : 'tri-border' as const, from: map.dataset.from ?? '', to: map.dataset.to ?? '' };
  const page = document.querySelector<HTMLElement>('[data-first]')?.dataset ?? {};
  const bounds = { first: page.first ?? defaults.from, last: page.last ?? defaults.to };
  const wanted = mapParams(new URLSearchParams(location.search), defaults, bounds);
  if (wanted.kind === 'state') {
    map.setState({ ...wanted.state, highlight: (map.dataset.highlight ?? '').split(' ').filter(Boolean), focus: [] }, { animate: false });
  } else if (wanted.kind === 'ignored') {
    const note = document.querySelector<HTMLElement>(`.embed-param-note[data-problem="${wanted.problem}"]`);
    if (note) note.hidden = false;
  }
  requestAnimationFrame(() => focusOnlyVisibleMarkers(map));
}
