import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { charts, chartById, chartDescription, chartEditionPaths } from '../../src/lib/embed/charts.ts';
import { embedSnippet, embedSnippets, embedUrl, imageUrl, oembed } from '../../src/lib/embed/snippet.ts';
import { isHeightRequest, maxEmbedHeight, pymMessage, resizeMessages } from '../../src/lib/embed/resize-messages.ts';
import { embedTheme, mapParams } from '../../src/lib/embed/params.ts';
import { isCalendarDay } from '../../src/lib/time/calendar-day.ts';
import { oembedLinks } from '../../src/lib/embed/discovery.ts';
import { eventChart } from '../../src/lib/embed/event-chart.ts';
import { embedWords } from '../../src/lib/embed/strings.ts';
import { agenciesCited, chartCredit } from '../../src/lib/embed/credit.ts';
import { wrapText } from '../../src/lib/format/wrap.ts';

const map = chartById('tri-border-map');

test('embedSnippet gives a titled iframe with a phone height, a fallback aspect ratio and the loader', () => {
  const html = embedSnippet('https://example.org', map, 'A "quoted" <title>');
  assert.match(
    html,
    /^<iframe src="https:\/\/example\.org\/embed\/tri-border-map\/" title="A &quot;quoted&quot; &lt;title>" data-three-borders width="100%" height="\d+"/,
  );
  assert.match(html, new RegExp(`height="${map.phoneHeight}"`));
  assert.match(html, /aspect-ratio:100 \/ 105;min-height:\d+px/);
  assert.match(html, /<script src="https:\/\/example\.org\/embed\.js" async><\/script>$/);
});

test('oembed describes a rich embed with its snippet and thumbnail', () => {
  const o = oembed('https://example.org', map, 'Title');
  assert.equal(o.type, 'rich');
  assert.equal(o.version, '1.0');
  assert.equal(o.height, Math.max(map.phoneHeight, Math.round(640 * map.aspect)));
  assert.equal(o.provider_name, 'Three Borders');
  assert.equal(o.thumbnail_url, 'https://example.org/embed/tri-border-map/chart.png');
  assert.deepEqual([o.thumbnail_width, o.thumbnail_height], [map.image.width, map.image.height]);
  assert.equal(o.html, embedSnippet('https://example.org', map, 'Title'));
});

test('chartById refuses unknown charts and every chart has a unique id', () => {
  assert.throws(() => chartById('pie'), /Unknown chart "pie"/);
  assert.equal(new Set(charts.map((c) => c.id)).size, charts.length);
  assert.equal(embedUrl('https://example.org/', map), 'https://example.org/embed/tri-border-map/');
});

test('agenciesCited counts agencies inside publisher names, most cited first', () => {
  const source = (publisher: string) => ({ publisher, title: 't', url: 'https://x.org', date: null });
  const events = [
    { sources: [source('Yahoo News (AFP)'), source('RFI')] },
    { sources: [source("Barron's (AFP)")] },
    { sources: [source('APA news')] },
  ];
  assert.deepEqual(agenciesCited(events), ['AFP', 'RFI']);
});

test('wrapText breaks at spaces within the width', () => {
  assert.deepEqual(wrapText('one two three four', 9), ['one two', 'three', 'four']);
  assert.deepEqual(wrapText('', 9), []);
});

test('chartDescription fills the coup and withdrawal dates from the data', () => {
  assert.equal(
    chartDescription(chartById('coup-timeline'), { from: '2023-07-26', to: '2023-12-22' }, 'en'),
    'Every event in the Three Borders dataset from the coup of 26 July 2023 to the departure of the last French troops on 22 December 2023.',
  );
});

test('chartCredit names the agencies in each language, with French spacing before : and ;', () => {
  const events = [
    { sources: [{ publisher: 'Yahoo News (AFP)', title: 't', url: 'https://example.org/a', date: null }] },
  ];
  assert.equal(
    chartCredit({ kind: 'map' }, events, 'en'),
    'Three Borders · Sources: AFP, other news reports compiled in the Three Borders dataset; boundaries: Natural Earth.',
  );
  // Plain spaces as the strings file writes them; the page's typography makes them no-break (typography.test.ts).
  assert.equal(
    chartCredit({ kind: 'timeline' }, events, 'fr'),
    'Three Borders · Sources : AFP, autres articles de presse réunis dans la base Three Borders.',
  );
  assert.match(chartCredit({ kind: 'map' }, events, 'fr'), /Borders ; frontières : Natural Earth\.$/);
});

test('chartEditionPaths gives every chart in every edition, with the chart as a prop', () => {
  const paths = chartEditionPaths();
  assert.equal(paths.length, 8);
  assert.deepEqual(
    paths.slice(0, 2).map((p) => [p.params, p.props.locale, p.props.chart.id]),
    [
      [{ lang: undefined, chart: 'tri-border-map' }, 'en', 'tri-border-map'],
      [{ lang: 'fr', chart: 'tri-border-map' }, 'fr', 'tri-border-map'],
    ],
  );
});

test('resizeMessages speaks every dialect: ours, AMP, Embedly, Datawrapper, and pym only under a pym parent', () => {
  const report = {
    chart: 'tri-border-map',
    height: 612,
    href: 'https://example.org/embed/tri-border-map/?childId=box',
    pymId: null,
  };
  const [ours, amp, embedly, datawrapper, ...rest] = resizeMessages(report);
  assert.deepEqual(ours, { type: 'three-borders:resize', chart: 'tri-border-map', height: 612 });
  assert.deepEqual(amp, { sentinel: 'amp', type: 'embed-size', height: 612 });
  assert.deepEqual(JSON.parse(embedly as string), { src: report.href, context: 'iframe.resize', height: 612 });
  assert.deepEqual(datawrapper, { 'datawrapper-height': { 'tri-border-map': 612 } });
  assert.deepEqual(rest, []);
  assert.equal(resizeMessages({ ...report, pymId: 'box' }).at(-1), 'pymxPYMxboxxPYMxheightxPYMx612');
});

test('isHeightRequest answers our loader, pym width and @newswire/frames init messages, nothing else', () => {
  assert.equal(isHeightRequest({ type: 'three-borders:request-height' }, null), true);
  assert.equal(isHeightRequest(pymMessage('box', 'width', 375), 'box'), true);
  assert.equal(isHeightRequest(pymMessage('other', 'width', 375), 'box'), false);
  assert.equal(isHeightRequest(pymMessage('box', 'width', 375), null), false);
  assert.equal(isHeightRequest({ type: 'three-borders:resize' }, null), false);
  assert.equal(isHeightRequest(null, 'box'), false);
  assert.equal(isHeightRequest({ sentinel: 'amp', type: 'frames-init' }, null), true);
  assert.equal(isHeightRequest({ type: 'frames-init' }, null), false);
  assert.ok(maxEmbedHeight >= 10_000);
});

test('the loader caps heights at the same limit as the library documents', () => {
  const loader = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');
  assert.match(loader, new RegExp(`MAX_HEIGHT = ${maxEmbedHeight}`));
});

test('embedTheme is light unless dark or auto is asked for', () => {
  assert.equal(embedTheme(null), 'light');
  assert.equal(embedTheme('dark'), 'dark');
  assert.equal(embedTheme('auto'), 'auto');
  assert.equal(embedTheme('purple'), 'light');
});

test('mapParams keeps the default for unknown views, impossible, reversed or empty date ranges', () => {
  const defaults = { view: 'tri-border' as const, from: '2023-07-26', to: '2024-06-01' };
  const bounds = { first: '2016-10-06', last: '2024-06-01' };
  const read = (q: string) => mapParams(new URLSearchParams(q), defaults, bounds);
  assert.deepEqual(read(''), { kind: 'default' });
  assert.deepEqual(read('view=niamey'), { kind: 'state', state: { ...defaults, view: 'niamey' } });
  assert.deepEqual(read('from=2023-08-01&to=2023-09-01'), {
    kind: 'state',
    state: { ...defaults, from: '2023-08-01', to: '2023-09-01' },
  });
  assert.deepEqual(read('view=moon'), { kind: 'ignored', problem: 'view' });
  assert.deepEqual(read('from=2023-02-30'), { kind: 'ignored', problem: 'date' });
  assert.deepEqual(read('from=yesterday'), { kind: 'ignored', problem: 'date' });
  assert.deepEqual(read('from=2023-12-01&to=2023-08-01'), { kind: 'ignored', problem: 'reversed' });
  assert.deepEqual(read('from=2030-01-01&to=2030-02-01'), { kind: 'ignored', problem: 'outside' });
  assert.equal(isCalendarDay('2024-02-29'), true);
  assert.equal(isCalendarDay('2023-02-29'), false);
});

test('oembedLinks: the story and /embed/ advertise every chart, chart and event pages their own', () => {
  assert.deepEqual(
    oembedLinks('/', 'x').map((l) => l.path),
    charts.map((c) => `/embed/${c.id}/oembed.json`),
  );
  assert.equal(oembedLinks('/fr/embed/', 'x')[0]!.path, '/fr/embed/tri-border-map/oembed.json');
  assert.equal(oembedLinks('/fr/embed/', 'x')[0]!.title, charts[0].title.fr);
  assert.deepEqual(oembedLinks('/embed/deaths-by-month/', 'x'), [
    { path: '/embed/deaths-by-month/oembed.json', title: 'Reported deaths by month' },
  ]);
  assert.deepEqual(oembedLinks('/fr/events/2023-07-26-coup/', 'Coup'), [
    { path: '/fr/embed/event/2023-07-26-coup/oembed.json', title: 'Coup' },
  ]);
  assert.deepEqual(oembedLinks('/embed/event/2023-07-26-coup/', 'Coup'), [
    { path: '/embed/event/2023-07-26-coup/oembed.json', title: 'Coup' },
  ]);
  assert.deepEqual(oembedLinks('/data/', 'x'), []);
  assert.deepEqual(oembedLinks('/methodology/', 'x'), []);
});

test('embedSnippets: one version per kind of host, each pointing at the embed', () => {
  const codes = embedSnippets('https://example.org', map, "It's <b>", 'en', 'Show more');
  assert.deepEqual(Object.keys(codes), Object.keys(embedWords.en.guide));
  assert.equal(codes.oembed, 'https://example.org/embed/tri-border-map/');
  assert.doesNotMatch(codes.iframe, /<script|style=|data-three-borders/);
  assert.match(codes.iframe, new RegExp(`width="100%" height="${map.phoneHeight}"`));
  assert.match(
    codes.pym,
    /new pym\.Parent\('three-borders-tri-border-map', 'https:\/\/example\.org\/embed\/tri-border-map\/', \{ title: 'It\\'s \\x3cb>' \}\)/,
  );
  assert.match(
    codes.amp,
    /^<amp-iframe src="https:\/\/example\.org\/embed\/tri-border-map\/" .* layout="responsive" resizable frameborder="0"\n {2}sandbox="allow-scripts allow-same-origin allow-popups/,
  );
  assert.match(codes.amp, /<button overflow type="button">Show more<\/button>/);
  assert.match(
    codes.image,
    /<img src="https:\/\/example\.org\/embed\/tri-border-map\/chart\.png" srcset="https:\/\/example\.org\/embed\/tri-border-map\/chart@2x\.png 2x" alt="It's &lt;b>"/,
  );
  assert.equal(
    imageUrl('https://example.org', map, 'fr', 2),
    'https://example.org/fr/embed/tri-border-map/chart@2x.png',
  );
});

test('eventChart makes an event an embeddable chart under /embed/event/<id>/', () => {
  const chart = eventChart({
    id: '2023-07-26-coup',
    text: { en: { title: 'Coup', summary: 'S' }, fr: { title: 'Coup d’État', summary: 'R' } },
  } as never);
  assert.equal(embedUrl('https://example.org', chart, 'fr'), 'https://example.org/fr/embed/event/2023-07-26-coup/');
  assert.deepEqual(chart.title, { en: 'Coup', fr: 'Coup d’État' });
  assert.equal(
    oembed('https://example.org', chart, 'Coup').thumbnail_url,
    'https://example.org/embed/event/2023-07-26-coup/chart.png',
  );
});

test('locatorBox shows the tri-border area around places in it, and a box as big around others', async () => {
  const { locatorBox } = await import('../../src/lib/map/locator.ts');
  assert.deepEqual(locatorBox(1.45, 14.2), [-1.5, 13, 4.5, 16.8]);
  const [w, s, e, n] = locatorBox(15.05, 12.1);
  assert.deepEqual([(w + e) / 2, (s + n) / 2], [15.05, 12.1]);
  assert.equal(e - w, 6);
});

test('nearestInTime and nearestInPlace rank other events by days and by kilometres', async () => {
  const { nearestInPlace, nearestInTime } = await import('../../src/lib/map/locator-nearby.ts');
  const ev = (id: string, date: string, place: string) => ({ id, date, place });
  const events = [
    ev('a', '2023-01-01', 'x'),
    ev('b', '2023-01-10', 'y'),
    ev('c', '2023-03-01', 'x'),
    ev('d', '2023-01-04', 'z'),
  ];
  assert.deepEqual(
    nearestInTime(events[0]!, events, 2).map((e) => e.id),
    ['d', 'b'],
  );
  const places = new Map([
    ['x', { lon: 1, lat: 14 }],
    ['y', { lon: 2, lat: 14 }],
    ['z', { lon: 10, lat: 14 }],
  ]);
  const near = nearestInPlace(events[0]!, events, places, 3);
  assert.deepEqual(
    near.map((n) => n.event.id),
    ['c', 'b', 'd'],
  );
  assert.equal(near[0]!.km, 0);
  assert.ok(near[1]!.km > 100 && near[1]!.km < 115, `1° of longitude at 14°N is about 108 km, got ${near[1]!.km}`);
});

test('headers: oEmbed, images and embed assets are readable from any origin; event pages get the reading policy', async () => {
  const { headerRules, patternMatches, contentSecurityPolicy } = await import('../../src/lib/security/headers.ts');
  const merged = (path: string) =>
    Object.assign(
      {},
      ...headerRules()
        .filter((r) => patternMatches(r.path, path))
        .map((r) => r.headers),
    ) as Record<string, string>;
  for (const path of [
    '/embed/tri-border-map/oembed.json',
    '/fr/embed/deaths-by-month/chart.png',
    '/embed/coup-timeline/chart@2x.png',
    '/embed/event/2023-07-26-coup/chart.svg',
    '/_astro/embed-frame.js',
    '/embed.js',
  ]) {
    assert.equal(merged(path)['Access-Control-Allow-Origin'], '*', path);
  }
  for (const path of ['/', '/data/', '/events/2023-07-26-coup/'])
    assert.equal(merged(path)['Access-Control-Allow-Origin'], undefined, path);
  assert.equal(merged('/fr/events/2023-07-26-coup/')['Content-Security-Policy'], contentSecurityPolicy("'self'"));
  assert.equal(patternMatches('/embed/*/chart.png', '/embed/event/x/chart.png'), true);
  assert.equal(patternMatches('/embed/*/chart.png', '/embed/x/chart.svg'), false);
});
