import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charts, chartById, chartDescription, chartEditionPaths } from '../../src/lib/embed/charts.ts';
import { embedSnippet, embedUrl, oembed } from '../../src/lib/embed/snippet.ts';
import { agenciesCited, chartCredit } from '../../src/lib/embed/credit.ts';
import { wrapText } from '../../src/lib/format/wrap.ts';

const map = chartById('tri-border-map');

test('embedSnippet gives a titled iframe with a fallback aspect ratio and the loader', () => {
  const html = embedSnippet('https://example.org', map, 'A "quoted" <title>');
  assert.match(html, /^<iframe src="https:\/\/example\.org\/embed\/tri-border-map\/" title="A &quot;quoted&quot; &lt;title>" data-three-borders/);
  assert.match(html, /aspect-ratio:100 \/ 105/);
  assert.match(html, /<script src="https:\/\/example\.org\/embed\.js" async><\/script>$/);
});

test('oembed describes a rich embed with its snippet and thumbnail', () => {
  const o = oembed('https://example.org', map, 'Title');
  assert.equal(o.type, 'rich');
  assert.equal(o.version, '1.0');
  assert.equal(o.height, Math.round(640 * map.aspect));
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
    { sources: [source('Barron\'s (AFP)')] },
    { sources: [source('APA news')] },
  ];
  assert.deepEqual(agenciesCited(events), ['AFP', 'RFI']);
});

test('wrapText breaks at spaces within the width', () => {
  assert.deepEqual(wrapText('one two three four', 9), ['one two', 'three', 'four']);
  assert.deepEqual(wrapText('', 9), []);
});

test('chartDescription fills the coup and withdrawal dates from the data', () => {
  assert.equal(chartDescription(chartById('coup-timeline'), { from: '2023-07-26', to: '2023-12-22' }, 'en'),
    'Every event in the Three Borders dataset from the coup of 26 July 2023 to the departure of the last French troops on 22 December 2023.');
});

test('chartCredit names the agencies in each language, with French spacing before : and ;', () => {
  const events = [{ sources: [{ publisher: 'Yahoo News (AFP)', title: 't', url: 'https://example.org/a', date: null }] }];
  assert.equal(chartCredit({ id: 'tri-border-map' }, events, 'en'), 'Three Borders · Sources: AFP, other news reports compiled in the Three Borders dataset; boundaries: Natural Earth.');
  assert.equal(chartCredit({ id: 'coup-timeline' }, events, 'fr'), 'Three Borders · Sources\u00a0: AFP, autres articles de presse réunis dans la base Three Borders.');
  assert.match(chartCredit({ id: 'withdrawal-map' }, events, 'fr'), /Borders\u202f; frontières\u00a0: Natural Earth\.$/);
});

test('chartEditionPaths gives every chart in every edition, with the chart as a prop', () => {
  const paths = chartEditionPaths();
  assert.equal(paths.length, 8);
  assert.deepEqual(paths.slice(0, 2).map((p) => [p.params, p.props.locale, p.props.chart.id]), [
    [{ lang: undefined, chart: 'tri-border-map' }, 'en', 'tri-border-map'],
    [{ lang: 'fr', chart: 'tri-border-map' }, 'fr', 'tri-border-map'],
  ]);
});
