import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvParse } from 'd3-dsv';
import { csvColumns, eventsCsv } from '../../src/lib/export/csv.ts';
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
  assert.match(rows[2]!.claims!, /^23 soldiers killed and 17 wounded, according to Niger's defence ministry \| at least 30/);
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
