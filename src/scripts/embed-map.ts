// Runs inside map embeds only: applies ?view, ?from and ?to when they can be shown, and says so
// when they cannot (the server-rendered default stays). <tb-map> keeps markers outside the view
// off the keyboard path.
import { TbMap } from './map-element.ts';
import { mapParams } from '../lib/embed/params.ts';
import { isViewName } from '../lib/map/views.ts';

customElements.define('tb-map', TbMap);
const map = document.querySelector<TbMap>('tb-map');

if (map) {
  const view = map.dataset.view ?? '';
  const defaults = {
    view: isViewName(view) ? view : ('tri-border' as const),
    from: map.dataset.from ?? '',
    to: map.dataset.to ?? '',
  };
  const page = document.querySelector<HTMLElement>('[data-first]')?.dataset ?? {};
  const bounds = { first: page.first ?? defaults.from, last: page.last ?? defaults.to };
  const wanted = mapParams(new URLSearchParams(location.search), defaults, bounds);
  if (wanted.kind === 'state') {
    map.setState(
      { ...wanted.state, highlight: (map.dataset.highlight ?? '').split(' ').filter(Boolean), focus: [] },
      { animate: false },
    );
  } else if (wanted.kind === 'ignored') {
    const note = document.querySelector<HTMLElement>(`.embed-param-note[data-problem="${wanted.problem}"]`);
    if (note) note.hidden = false;
  }
}
