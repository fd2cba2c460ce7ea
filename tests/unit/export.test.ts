import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvParse } from 'd3-dsv';
import { csvColumns, eventsCsv, neutraliseCell } from '../../src/lib/export/csv.ts';
import { oembed } from '../../src/lib/embed/snippet.ts';
import type { ChartSpec } from '../../src/lib/embed/charts.ts';
import { eventsGeoJson } from '../../src/lib/export/geojson.ts';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { copy, events as rawEvents, figures, places } from './fixtures/dataset.ts';

const dataset = validateDataset({ events: copy(rawEvents), places, figures });
const placesById = new Map(dataset.places.map((p) => [p.id, p]));

test('eventsCsv writes one row per event that parses back with the same values', () => {
  const tricky = copy(rawEvents);
  tricky[0]!.text.en.summary = 'He said, "we will stay",\nthen left.';
  const { events } = validateDataset({ events: tricky, places, figures });
  const rows = csvParse(eventsCsv(events, placesById).trimEnd());
  assert.deepEqual(rows.columns, [...csvColumns]);
  assert.equal(rows.length, 3);
  assert.equal(rows[0]!.summary, 'He said, "we will stay",\nthen left.');
  assert.equal(rows[2]!.soldiers_killed, '23');
  assert.equal(rows[2]!.civilians_killed, '');
  assert.equal(rows[2]!.militants_killed_claimed, '30');
  assert.match(
    rows[2]!.claims!,
    /^23 soldiers killed and 17 wounded, according to Niger's defence ministry \| at least 30/,
  );
});

test('eventsCsv separates records with CRLF as RFC 4180 asks', () => {
  const csv = eventsCsv(dataset.events, placesById);
  assert.equal(csv.split('\r\n').length, 5); // header, 3 records, and the final CRLF
  assert.ok(csv.startsWith(`${csvColumns.join(',')}\r\n`));
});

test('eventsGeoJson puts each event at its place with all its properties', () => {
  const geo = eventsGeoJson(dataset.events, placesById);
  assert.equal(geo.features.length, 3);
  assert.deepEqual(geo.features[2]!.geometry.coordinates, [0.53322, 14.65333]);
  assert.equal(geo.features[2]!.properties!.id, '2024-03-20-teguey-ambush');
  assert.equal(geo.metadata.licence, 'CC BY 4.0');
});

// Hostile text (issue 14): valid text with <, &, quotes and RTL names goes out intact and inert.
const hostile = 'Toll <20 & "rising" — الجيش';

test('eventsCsv neutralises formulas per OWASP (=, +, -, @, tab, CR) and keeps numbers as numbers', () => {
  const tricky = copy(rawEvents);
  const payloads = [
    '=HYPERLINK("http://evil.example","click")',
    '=1+1',
    '+1+1',
    '-1+1',
    '@SUM(1)',
    '\tTab',
    '\rReturn',
  ];
  // Titles are trimmed by the schema, so tab and CR can only lead a cell through other fields; the
  // summary keeps them by going through neutraliseCell directly below.
  tricky[0]!.text.en.title = payloads[0]!;
  tricky[0]!.text.en.summary = payloads[2]!;
  tricky[1]!.text.en.title = payloads[4]!;
  tricky[1]!.text.en.summary = payloads[3]!;
  const bad = copy(places);
  bad[0]!.lon = -1.5;
  bad[0]!.name = '=cmd|" /C calc"!A0';
  const { events, places: ps } = validateDataset({ events: tricky, places: bad, figures });
  const rows = csvParse(eventsCsv(events, new Map(ps.map((p) => [p.id, p]))).trimEnd());
  assert.equal(rows[0]!.title, `'${payloads[0]}`);
  assert.equal(rows[0]!.summary, `'${payloads[2]}`);
  assert.equal(rows[1]!.title, `'${payloads[4]}`);
  assert.equal(rows[1]!.summary, `'${payloads[3]}`);
  assert.equal(rows[0]!.place_name, `'=cmd|" /C calc"!A0`);
  assert.equal(rows[0]!.lon, '-1.5');
  assert.equal(rows[2]!.soldiers_killed, '23');
  for (const p of payloads) assert.equal(neutraliseCell(p), `'${p}`);
  assert.equal(neutraliseCell('Ambush near Téguey'), 'Ambush near Téguey');
  // No cell of the file starts with a formula trigger.
  for (const row of rows)
    for (const [column, value] of Object.entries(row))
      if (!['lat', 'lon'].includes(column)) assert.doesNotMatch(value ?? '', /^[=+\-@\t\r]/, `${column}: ${value}`);
});

test('hostile text goes out intact through CSV, JSON and GeoJSON', () => {
  const tricky = copy(rawEvents);
  tricky[2]!.text.en.title = hostile;
  tricky[2]!.casualties![0]!.claimed_by.en = hostile;
  const { events } = validateDataset({ events: tricky, places, figures });
  const csv = csvParse(eventsCsv(events, placesById).trimEnd());
  assert.equal(csv[2]!.title, hostile);
  assert.match(csv[2]!.claims!, /Toll <20 & "rising" — الجيش/);
  const geo = JSON.parse(JSON.stringify(eventsGeoJson(events, placesById)));
  assert.equal(geo.features[2].properties.text.en.title, hostile);
  assert.equal(geo.features[2].properties.casualties[0].claimed_by.en, hostile);
});

test('the oEmbed html escapes a hostile title in its attribute and stays valid JSON', () => {
  const chart = { id: 'tri-border-map', aspect: 0.75, image: { width: 1200, height: 900 } } as unknown as ChartSpec;
  const body = JSON.parse(
    JSON.stringify(oembed('https://three-borders.example.org', chart, `"><script>alert(1)</script> ${hostile}`)),
  );
  assert.equal(body.title, `"><script>alert(1)</script> ${hostile}`);
  assert.match(
    body.html,
    /title="&quot;>&lt;script>alert\(1\)&lt;\/script> Toll &lt;20 &amp; &quot;rising&quot; — الجيش"/,
  );
  assert.doesNotMatch(body.html, /<script>alert/);
});
