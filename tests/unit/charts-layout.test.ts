// Layout functions of the charts, on the real dataset: the timeline strip's labels never sit on a
// mark, the deaths chart's rule labels stay inside their frame, a chart image leaves room for its
// body, and chart specs are data (no page or component asks for a chart by id).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { timelineSpan } from '../../src/lib/timeline/layout.ts';
import { stripBoxes, stripLayout, stripBand, bandAttribute } from '../../src/lib/timeline/strip-layout.ts';
import { stripLabels, stripLabelSize } from '../../src/lib/timeline/strip-labels.ts';
import { formatShortDate } from '../../src/lib/format/dates.ts';
import { imageMinFont } from '../../src/lib/images/image-style.ts';
import { deathsChart, deathsFrame, deathsNarrowFrame, placeRuleLabels } from '../../src/lib/charts/deaths-chart.ts';
import { monthlyDeaths } from '../../src/lib/charts/monthly-deaths.ts';
import { datasetStart, timelineMarks } from '../../src/lib/timeline/marks.ts';
import { textWidth } from '../../src/lib/map/text-width.ts';
import { chartImageLayout } from '../../src/lib/images/chart-image-layout.ts';
import { imageKeys } from '../../src/lib/images/chart-keys.ts';
import { chartContext, chartEvents, chartMapState, charts } from '../../src/lib/embed/charts.ts';
import { chartKinds } from '../../src/lib/embed/chart-kinds.ts';
import { budgetFor } from '../../src/lib/perf/budgets.ts';
import { locales } from '../../src/lib/i18n/locales.ts';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const { events } = validateDataset({
  events: read('data/events.json'),
  places: read('data/places.json'),
  figures: read('data/figures.json'),
  corrections: read('data/corrections.json'),
});
const span = timelineSpan(events);
const eventsById = new Map(events.map((e) => [e.id, e]));
const overlaps = (a: { x0: number; y0: number; x1: number; y1: number }, b: typeof a) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

test('no label of the timeline strip overlaps a mark or another label, on phones and in the image, in every language', () => {
  for (const locale of locales) {
    const labels = stripLabels(span, locale);
    for (const [size, long] of [
      [stripLabelSize, false],
      [imageMinFont, true],
    ] as const) {
      const layout = stripLayout(events, span, span, size);
      const months = layout.ticks.map((t) => formatShortDate(t.date, locale));
      const boxes = stripBoxes(
        layout,
        { months, start: long ? labels.start : labels.startShort, end: long ? labels.end : labels.endShort },
        size,
      );
      assert.ok(layout.marks.length > 20, 'the dataset puts its events on the strip');
      for (const label of boxes.labels)
        for (const mark of boxes.marks)
          assert.ok(
            !overlaps(label, mark),
            `${locale} at ${size}: a label at ${label.x0.toFixed(0)},${label.y0.toFixed(0)} overlaps a mark at ${mark.x0.toFixed(0)},${mark.y0.toFixed(0)}`,
          );
      boxes.labels.forEach((a, i) =>
        boxes.labels
          .slice(i + 1)
          .forEach((b) => assert.ok(!overlaps(a, b), `${locale} at ${size}: two labels overlap`)),
      );
      assert.ok(
        layout.rows.top <= Math.min(...boxes.labels.map((b) => b.y0)) &&
          layout.rows.top + layout.rows.height >= Math.max(...boxes.labels.map((b) => b.y1)),
        'the viewBox holds every label',
      );
    }
  }
});

test('the strip check fails when the month names are pushed onto the marks', () => {
  const layout = stripLayout(events, span, span, imageMinFont);
  const onMarks = { ...layout, rows: { ...layout.rows, monthY: layout.marks.find((m) => m.y < 104)!.y } };
  const boxes = stripBoxes(onMarks, { months: layout.ticks.map(() => 'September'), start: '', end: '' }, imageMinFont);
  assert.ok(boxes.labels.some((l) => boxes.marks.some((m) => overlaps(l, m))));
});

test("a step's band is the server's: clamped to the strip, off outside it", () => {
  assert.equal(bandAttribute(stripBand(span, '2017-01-01', '2018-01-01')), '24 2 off');
  const inside = stripBand(span, span.from, span.to);
  assert.deepEqual([inside.x, inside.width, inside.off], [24, 912, false]);
});

test('the deaths chart keeps every rule label inside its frame, wide and narrow, in every language', () => {
  const months = monthlyDeaths(events, datasetStart, events.at(-1)!.date);
  for (const locale of locales) {
    for (const frame of [deathsFrame, deathsNarrowFrame]) {
      const chart = deathsChart(months, timelineMarks(eventsById, locale), frame);
      assert.equal(chart.rules.length, 2);
      for (const r of chart.rules) {
        const w = textWidth(r.text.label, { size: 13, bold: true });
        const [x0, x1] = r.text.anchor === 'start' ? [r.text.x, r.text.x + w] : [r.text.x - w, r.text.x];
        assert.ok(
          x0 >= 0 && x1 <= frame.width,
          `${locale} ${frame.width}: "${r.text.label}" runs from ${x0.toFixed(0)} to ${x1.toFixed(0)}`,
        );
        // No other rule's line, which runs from its own label's row down, crosses this label.
        for (const o of chart.rules)
          if (o !== r)
            assert.ok(
              !(o.x > x0 && o.x < x1 && o.y1 < r.text.y),
              `${locale} ${frame.width}: the line of ${o.id} crosses "${r.text.label}"`,
            );
      }
      // Year labels at least a label's width apart.
      const labelled = chart.xTicks.filter((t) => t.labelled);
      labelled
        .slice(1)
        .forEach((t, i) =>
          assert.ok(
            t.x - labelled[i]!.x > textWidth('2000', { size: 13 }) + 4,
            `${frame.width}: years ${labelled[i]!.year} and ${t.year} collide`,
          ),
        );
    }
  }
  // The narrow frame takes the short name where the long one fits neither way.
  const [, end] = placeRuleLabels(
    [
      { id: 'a', x: 200, label: 'Coup', short: 'Coup' },
      { id: 'b', x: 280, label: 'Départ des derniers soldats français', short: 'Départ français' },
    ],
    deathsNarrowFrame,
  );
  assert.equal(end!.text.label, 'Départ français');
});

test('a chart image wraps its text and leaves its body the room between', () => {
  const layout = chartImageLayout(
    { width: 960, height: 680 },
    { title: 'A title '.repeat(12), description: 'words '.repeat(60), credit: 'credit '.repeat(30) },
    imageKeys('bars', 'fr'),
  );
  assert.ok(layout.title.length >= 2 && layout.description.length >= 3 && layout.credit.length >= 2);
  assert.ok(
    layout.body.y > layout.description.at(-1)!.y && layout.body.y + layout.body.height < layout.keys.y - imageMinFont,
  );
  assert.ok(layout.keys.y < layout.credit[0]!.y);
  assert.deepEqual(imageKeys('locator', 'en'), []);
});

test('every chart is data: its kind has a row, a map has its state, its embed page has its kind budget', () => {
  const context = chartContext(events);
  for (const chart of charts) {
    assert.ok(chart.kind in chartKinds, chart.id);
    assert.equal(
      chartMapState(chart, context) !== undefined,
      chart.kind === 'map',
      `${chart.id}: a map state exactly when a map`,
    );
    assert.ok(chartEvents(chart, context).length > 0, chart.id);
    assert.equal(budgetFor(`/embed/${chart.id}/`).name, `${chart.kind} embeds`);
    assert.equal(budgetFor(`/fr/embed/${chart.id}/`).name, `${chart.kind} embeds`);
  }
  assert.throws(() => chartMapState({ id: 'new-map', kind: 'map' }, context), /new-map" is a map without a mapState/);
});

test('no code branches on a chart id', () => {
  const root = fileURLToPath(new URL('../../src/', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  const ids = charts.map((c) => c.id).join('|');
  const branch = new RegExp(`(chart\\.id|\\bid)\\s*[!=]==\\s*'(${ids})'|\\.endsWith\\('-?map'\\)|=== '(${ids})' \\?`);
  const found = files(root)
    .filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('lib/embed/charts.ts'))
    .filter((f) => branch.test(readFileSync(f, 'utf8')));
  assert.deepEqual(found, []);
});

test("every event's locator map names its place, and its countries and towns overlap nothing and stay inside the frame", async () => {
  const { locatorBox, locatorSize, insetSize } = await import('../../src/lib/map/locator.ts');
  const { locatorLabels } = await import('../../src/lib/map/locator-labels.ts');
  const { textWidth: width } = await import('../../src/lib/map/text-width.ts');
  const places = read('data/places.json') as { id: string; name: string; lon: number; lat: number; rank: 1 | 2 | 3 }[];
  const byId = new Map(places.map((p) => [p.id, p]));
  const inset = { x: locatorSize.width - insetSize.width - 8, y: 8, ...insetSize };
  let named = 0;
  for (const locale of locales) {
    for (const place of new Set(events.map((e) => byId.get(e.place)!))) {
      const labels = locatorLabels({
        box: locatorBox(place.lon, place.lat),
        size: locatorSize,
        inset,
        event: { place },
        places,
        locale,
      });
      assert.equal(labels[0]?.kind, 'event', `${place.id}: its own name first`);
      named += labels.filter((l) => l.kind !== 'event').length;
      const boxes = labels.map((l) => {
        const w = width(l.text, { size: l.fontSize, bold: l.bold, letterSpacing: l.letterSpacing });
        const x =
          l.x + l.attrs.x - (l.attrs['text-anchor'] === 'end' ? w : l.attrs['text-anchor'] === 'middle' ? w / 2 : 0);
        const y = l.y + l.attrs.y;
        return { key: l.key, x0: x, x1: x + w, y0: y - l.fontSize * 1.07, y1: y + l.fontSize * 0.3 };
      });
      for (const b of boxes) {
        if (b.key.startsWith('e:')) continue;
        assert.ok(
          b.x0 >= 0 && b.y0 >= 0 && b.x1 <= locatorSize.width && b.y1 <= locatorSize.height,
          `${place.id}: ${b.key} cut by the frame`,
        );
        assert.ok(
          !overlaps(b, { x0: inset.x, y0: inset.y, x1: inset.x + inset.width, y1: inset.y + inset.height }),
          `${place.id}: ${b.key} under the inset`,
        );
      }
      boxes.forEach((a, i) =>
        boxes
          .slice(i + 1)
          .forEach((b) => assert.ok(!overlaps(a, b), `${place.id} (${locale}): ${a.key} overlaps ${b.key}`)),
      );
    }
  }
  assert.ok(named > 100, `the locator maps name countries and towns (${named} names)`);
});

test("the deaths chart's image leaves its bars their full height, so that no text falls under 11 px at 600 px wide", async () => {
  const { chartDescription } = await import('../../src/lib/embed/charts.ts');
  const { chartCredit } = await import('../../src/lib/embed/credit.ts');
  const { localize } = await import('../../src/lib/format/localize.ts');
  const context = chartContext(events);
  const chart = charts.find((c) => c.kind === 'bars')!;
  for (const locale of locales) {
    const credit = chartCredit(chart, chartEvents(chart, context), locale);
    const layout = chartImageLayout(
      chart.image,
      { title: localize(chart.title, locale), description: chartDescription(chart, context.span, locale), credit },
      imageKeys(chart.kind, locale),
    );
    const scale = Math.min(1, layout.body.height / deathsFrame.height, chart.image.width / deathsFrame.width);
    assert.ok(
      imageMinFont * scale * (600 / chart.image.width) >= 11,
      `${locale}: the body is ${layout.body.height} px for a ${deathsFrame.height}-px chart`,
    );
  }
});
