import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { geoContains, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { intersectsBox } from '../../src/lib/geo/box.ts';
import { buildBaseTopology } from '../../src/lib/geo/base-topology.ts';
import { serializeTopology } from '../../src/lib/geo/serialize.ts';
import { readGeoInputs } from '../../src/cli/build-geo.ts';

const committed = readFileSync(new URL('../../data/geo/west-africa.topo.json', import.meta.url), 'utf8');
const topo = JSON.parse(committed) as Topology;
const features = (key: string) =>
  (feature(topo, topo.objects[key] as GeometryCollection) as FeatureCollection).features;
const degrees = (radians: number) => (radians * 180) / Math.PI;

test('intersectsBox keeps a feature that straddles the edge and drops one outside', () => {
  const square = (x: number): Feature => ({
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, 0],
          [x, 1],
          [x + 1, 1],
          [x + 1, 0],
          [x, 0],
        ],
      ],
    },
  });
  assert.equal(intersectsBox(square(9.5), [0, 0, 10, 10]), true);
  assert.equal(intersectsBox(square(11), [0, 0, 10, 10]), false);
});

test('buildBaseTopology from the npm packages gives exactly the committed file', async () => {
  assert.equal(serializeTopology(buildBaseTopology(await readGeoInputs())), committed);
});

test('the base map holds Niger, Mali and Burkina Faso with their ISO codes', () => {
  const iso = features('countries').map((f) => f.properties?.iso3);
  for (const code of ['NER', 'MLI', 'BFA', 'NGA', 'BEN', 'TCD', 'DZA']) assert.ok(iso.includes(code), code);
});

test("the base map holds Niger's eight regions, and Tillabéri contains Téguey and Bankilaré", () => {
  const regions = features('regions');
  assert.deepEqual(regions.map((r) => r.properties?.name).sort(), [
    'Agadez',
    'Diffa',
    'Dosso',
    'Maradi',
    'Niamey',
    'Tahoua',
    'Tillabéri',
    'Zinder',
  ]);
  const tillaberi = regions.find((r) => r.properties?.id === 'tillaberi')!;
  assert.ok(geoContains(tillaberi, [0.53322, 14.65333]), 'Téguey');
  assert.ok(geoContains(tillaberi, [0.72417, 14.58167]), 'Bankilaré');
  assert.ok(!geoContains(tillaberi, [2.1175, 13.515]), 'Niamey is its own region');
});

test('the Niger River passes within 0.3° of Niamey and Ayorou', () => {
  const niger = features('rivers').find((r) => r.properties?.name === 'Niger')!;
  const geometry = niger.geometry as LineString | MultiLineString;
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const nearest = (point: [number, number]) =>
    Math.min(...lines.flat().map((p) => degrees(geoDistance(point, p as [number, number]))));
  assert.ok(nearest([2.1175, 13.515]) < 0.3, `Niamey ${nearest([2.1175, 13.515])}`);
  assert.ok(nearest([0.91667, 14.73333]) < 0.3, `Ayorou ${nearest([0.91667, 14.73333])}`);
});

test('the base map stays small', () => {
  assert.ok(committed.length < 200_000, `${committed.length} bytes`);
});
