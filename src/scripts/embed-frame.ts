// Runs inside an embed page: applies the documented URL parameters and tells the host page how
// tall the content is, whenever that changes. Message format: {type, chart, height} (see
// public/embed.js, which checks the sender before resizing).
import { resizeMessageType } from '../lib/embed/snippet.ts';
import { TbMap } from './map-element.ts';
import { isViewName } from '../lib/map/views.ts';

const params = new URLSearchParams(location.search);
const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;

customElements.define('tb-map', TbMap);
const map = document.querySelector<TbMap>('tb-map');
if (map) {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  const view = params.get('view') ?? map.dataset.view ?? '';
  const from = params.get('from') ?? map.dataset.from ?? '';
  const to = params.get('to') ?? map.dataset.to ?? '';
  if (isViewName(view) && iso.test(from) && iso.test(to) && (params.has('view') || params.has('from') || params.has('to'))) {
    map.setState({ view, from, to, highlight: (map.dataset.highlight ?? '').split(' ').filter(Boolean), focus: [] }, { animate: false });
  }
}

const chart = document.querySelector<HTMLElement>('[data-chart]')?.dataset.chart ?? '';
let last = 0;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: resizeMessageType, chart, height }, '*');
}
new ResizeObserver(report).observe(document.documentElement);
window.addEventListener('load', report);
