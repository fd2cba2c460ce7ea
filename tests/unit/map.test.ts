import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProjection, extent, frame } from '../../src/lib/map/frame.ts';
import { views, viewNames, isViewName } from '../../src/lib/map/views.ts';
import { zoomView } from '../../src/lib/map/zoom.ts';
import { interpolateZoom } from 'd3-interpolate';
import {
  flightDuration,
  insideFrame,
  sameView,
  toScreen,
  zoomTransform,
  type ZoomView,
} from '../../src/lib/map/transform.ts';
import { deathRadius, markerRadius, symbolPath } from '../../src/lib/map/symbols.ts';
import { buildMarkers, insideExtent } from '../../src/lib/map/markers.ts';
import { scaleBar } from '../../src/lib/map/scale-bar.ts';
import { markerShown, placeLabelShown, shownInView } from '../../src/lib/map/state.ts';
import { buildLabels } from '../../src/lib/map/labels.ts';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { copy, events as rawEvents, figures, places } from './fixtures/dataset.ts';

const projection = createProjection();
const { events, places: placeList } = validateDataset({ events: copy(rawEvents), places, figures });
const placesById = new Map(placeList.map((p) => [p.id, p]));

/** Where a lon/lat point lands on screen in a named view. */
function onScreen(view: (typeof viewNames)[number], lon: number, lat: number) {
  const [x, y] = projection([lon, lat])!;
  return toScreen(x, y, zoomTransform(zoomView(projection, view)));
}
// One unit of slack: a bbox edge may sit exactly on the frame edge, give or take rounding.
const inFrame = ([x, y]: [number, number]) => x >= -1 && x <= frame.width + 1 && y >= -1 && y <= frame.height + 1;

test('createProjection puts the whole extent inside the frame', () => {
  for (const [lon, lat] of [
    [extent[0], extent[1]],
    [extent[2], extent[3]],
    [2, 14],
  ] as const) {
    const [x, y] = projection([lon, lat])!;
    assert.ok(x >= -1 && x <= frame.width + 1 && y >= -1 && y <= frame.height + 1, `${lon},${lat} → ${x},${y}`);
  }
});

test("zoomView('tri-border') shows Téguey, Ménaka and Dori, but not Agadez", () => {
  assert.ok(inFrame(onScreen('tri-border', 0.53322, 14.65333)), 'Téguey');
  assert.ok(inFrame(onScreen('tri-border', 2.4, 15.91667)), 'Ménaka');
  assert.ok(inFrame(onScreen('tri-border', -0.03483, 14.03276)), 'Dori');
  assert.ok(!inFrame(onScreen('tri-border', 8.01389, 16.95028)), 'Agadez');
});

test('every view fits its whole bbox in the frame and lies inside the extent', () => {
  for (const name of viewNames) {
    const [w, s, e, n] = views[name].bbox;
    assert.ok(w >= extent[0] && s >= extent[1] && e <= extent[2] && n <= extent[3], name);
    for (const [lon, lat] of [
      [w, s],
      [e, n],
      [w, n],
      [e, s],
    ])
      assert.ok(inFrame(onScreen(name, lon!, lat!)), `${name} ${lon},${lat}`);
  }
  assert.equal(isViewName('tri-border'), true);
  assert.equal(isViewName('toString'), false);
});

test("zoomView('niamey') zooms further than zoomView('west-africa')", () => {
  assert.ok(
    zoomTransform(zoomView(projection, 'niamey')).k > 20 * zoomTransform(zoomView(projection, 'west-africa')).k,
  );
});

test('toScreen of the view centre is the frame centre', () => {
  const view = zoomView(projection, 'tillaberi');
  const [x, y] = toScreen(view[0], view[1], zoomTransform(view));
  assert.ok(Math.abs(x - frame.width / 2) < 0.5 && Math.abs(y - frame.height / 2) < 0.5);
});

test('markerRadius makes area proportional to deaths', () => {
  const ratio = (markerRadius('attack-on-soldiers', 100) / markerRadius('attack-on-soldiers', 25)) ** 2;
  assert.ok(Math.abs(ratio - 4) < 1e-9);
  assert.equal(markerRadius('attack-on-civilians', 0), 4);
  assert.equal(markerRadius('political', 0), markerRadius('military', 0));
  assert.equal(deathRadius(0), 0);
});

test('symbolPath draws a different shape for each kind', () => {
  const paths = new Set(
    (['attack-on-soldiers', 'attack-on-civilians', 'political', 'diplomatic', 'military'] as const).map((k) =>
      symbolPath(k, 5),
    ),
  );
  assert.equal(paths.size, 5);
});

test('buildMarkers leaves out places beyond the extent and puts large markers first', () => {
  const markers = buildMarkers(events, placesById, projection, 'en');
  assert.deepEqual(
    markers.map((m) => m.id),
    ['2024-03-20-teguey-ambush', '2023-07-26-coup'],
  );
  assert.equal(insideExtent({ lon: 2.35, lat: 48.86 }), false);
  assert.match(markers[0]!.label, /^23 soldiers killed/);
});

test('buildMarkers fails on an unknown place instead of dropping the event', () => {
  assert.throws(() => buildMarkers(events, new Map(), projection, 'en'), /unknown place "niamey"/);
});

test('buildLabels keeps places inside the extent', () => {
  assert.deepEqual(
    buildLabels(placeList, projection).map((l) => l.id),
    ['niamey', 'teguey'],
  );
});

test('scaleBar picks a round distance no wider than a quarter of the frame', () => {
  for (const name of viewNames) {
    const bar = scaleBar(projection, zoomView(projection, name));
    assert.ok([1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000].includes(bar.km), `${name}: ${bar.km}`);
    assert.ok(bar.length > 0 && bar.length <= frame.width / 4, `${name}: ${bar.length}`);
  }
});

test('scaleBar measures about 100 km per degree of latitude near Niamey', () => {
  const bar = scaleBar(projection, zoomView(projection, 'tri-border'));
  const [, y0] = onScreen('tri-border', 2, 13);
  const [, y1] = onScreen('tri-border', 2, 14);
  const kmPerPx = 111.2 / Math.abs(y1 - y0);
  assert.ok(
    Math.abs(bar.length * kmPerPx - bar.km) / bar.km < 0.05,
    `${bar.km} km drawn as ${bar.length * kmPerPx} km`,
  );
});

test('map state rules: markers by date, labels by rank or highlight, area labels by view', () => {
  const state = { view: 'tri-border' as const, from: '2023-07-26', to: '2023-12-22', highlight: ['teguey'], focus: [] };
  assert.equal(markerShown('2023-12-22', state), true);
  assert.equal(markerShown('2024-01-01', state), false);
  assert.equal(placeLabelShown({ id: 'teguey', rank: 3 }, state), true);
  assert.equal(placeLabelShown({ id: 'fambita', rank: 3 }, state), false);
  assert.equal(placeLabelShown({ id: 'tera', rank: 2 }, state), true);
  assert.equal(shownInView(['niger', 'tri-border'], state), true);
});

test('a flight drawn frame by frame moves every point continuously from the origin to the destination', () => {
  // The canvas and the overlays are drawn with zoomTransform of interpolateZoom's views: a point
  // of the map moves continuously from where the origin shows it to where the destination does.
  const from: ZoomView = [480, 360, 960];
  const to: ZoomView = [300, 200, 40];
  const fly = interpolateZoom(from, to);
  let last = toScreen(300, 200, zoomTransform(from));
  for (let i = 1; i <= 50; i++) {
    const p = toScreen(300, 200, zoomTransform(fly(i / 50) as ZoomView));
    assert.ok(Math.hypot(p[0] - last[0], p[1] - last[1]) < 40, `frame ${i} jumps`);
    last = p;
  }
  assert.deepEqual(last, toScreen(300, 200, zoomTransform(to)));
  assert.equal(sameView(fly(1) as ZoomView, to), true);
  assert.equal(sameView(from, to), false);
});

test('flights last between 0.7 and 2.2 s, a little faster than d3 would fly', () => {
  assert.equal(flightDuration(100), 700);
  assert.equal(flightDuration(2000), 1200);
  assert.equal(flightDuration(10_000), 2200);
});

test("insideFrame keeps Téguey in the tri-border view and puts N'Djamena outside it", () => {
  const projection = createProjection();
  const t = zoomTransform(zoomView(projection, 'tri-border'));
  const [tx, ty] = projection([0.9, 14.6])!; // near Téguey
  const [nx, ny] = projection([15.04, 12.11])!; // N'Djamena
  assert.equal(insideFrame(tx, ty, t), true);
  assert.equal(insideFrame(nx, ny, t), false);
  assert.equal(insideFrame(nx, ny, zoomTransform(zoomView(projection, 'withdrawal-route'))), true);
});
