// Runs inside every embed page: sets the colour scheme from ?theme and tells the host page how tall
// the content is, in every dialect hosts listen for (src/lib/embed/resize-messages.ts), on load,
// on every size change, and whenever the host asks (our late loader, pym.js's width message).
import { isHeightRequest, resizeMessages } from '../lib/embed/resize-messages.ts';
import { embedTheme } from '../lib/embed/theme.ts';

const params = new URLSearchParams(location.search);
// The server renders data-theme="light"; "auto" hands the choice back to the reader's system.
const theme = embedTheme(params.get('theme'));
if (theme === 'auto') delete document.documentElement.dataset.theme;
else document.documentElement.dataset.theme = theme;

const chart = document.querySelector<HTMLElement>('[data-chart]')?.dataset.chart ?? '';
const pymId = params.get('childId');
let last = 0;

function report(force = false) {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last && !force) return;
  last = height;
  // '*': the height is not a secret, and the host's origin is unknown to a page anyone may embed.
  for (const message of resizeMessages({ chart, height, href: location.href, pymId }))
    window.parent.postMessage(message, '*');
}

window.addEventListener('message', (event) => {
  if (event.source === window.parent && isHeightRequest(event.data, pymId)) report(true);
});
new ResizeObserver(() => report()).observe(document.documentElement);
window.addEventListener('load', () => report(true));
