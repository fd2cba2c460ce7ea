import { stripLabels, stripRows, stripLabelSize } from '../../src/lib/timeline/strip-labels.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutItems, monthTicks, timelineFrame, timelineSpan, timelineX } from '../../src/lib/timeline/layout.ts';

const span = { from: '2023-07-26', to: '2023-12-22' };

test('timelineSpan reads the coup and the last departure from the dataset', () => {
  const events = [
    { id: '2023-07-26-coup-bazoum-detained', date: '2023-07-26' },
    { id: '2023-12-22-last-french-troops-leave-niger', date: '2023-12-22' },
  ];
  assert.deepEqual(timelineSpan(events), span);
  assert.throws(() => timelineSpan(events.slice(0, 1)), /last-french-troops-leave-niger", which is missing/);
});

test('timelineX maps the span onto the drawing width and clamps outside it', () => {
  assert.equal(timelineX(span, '2023-07-26'), timelineFrame.marginX);
  assert.equal(timelineX(span, '2023-12-22'), timelineFrame.width - timelineFrame.marginX);
  assert.equal(timelineX(span, '2016-10-06'), timelineFrame.marginX);
});

test('monthTicks gives the first day of each month inside the span', () => {
  assert.deepEqual(
    monthTicks(span).map((t) => t.date),
    ['2023-08-01', '2023-09-01', '2023-10-01', '2023-11-01', '2023-12-01'],
  );
});

test('layoutItems puts attacks above the axis and stacks same-day events', () => {
  const items = layoutItems(
    [
      { id: 'a', date: '2023-08-03', kind: 'attack-on-civilians' },
      { id: 'b', date: '2023-08-03', kind: 'diplomatic' },
      { id: 'c', date: '2023-08-03', kind: 'political' },
      { id: 'd', date: '2024-01-01', kind: 'political' },
    ],
    span,
  );
  assert.deepEqual(
    items.map((i) => i.id),
    ['a', 'b', 'c'],
  );
  assert.ok(items[0]!.y < timelineFrame.axisY && items[1]!.y > timelineFrame.axisY);
  assert.notEqual(items[1]!.y, items[2]!.y);
});

test('stripLabels puts the coup and withdrawal dates from the span into each language, with short forms', () => {
  const span = { from: '2023-07-26', to: '2023-12-22' };
  const en = stripLabels(span, 'en');
  assert.equal(en.start, 'Coup, 26 Jul');
  assert.match(en.end, /^Last French troops leave, 22 Dec/);
  assert.match(en.endShort, /^French exit, 22 Dec/);
  const fr = stripLabels(span, 'fr');
  assert.equal(fr.start, 'Coup d’État, 26 juil.');
  assert.match(fr.endShort, /^Départ français, 22 déc/);
});

test('stripRows keeps the month names above every mark and the end labels below, at the largest size', () => {
  const marks = [74, 89, 119, 134, 149, 164];
  const rows = stripRows(marks, 104, 7);
  // A label's box: from its baseline up by the font's ascent, down by its descent.
  assert.ok(rows.monthY + stripLabelSize * 0.3 <= 74 - 7, 'month names clear of the highest mark');
  assert.ok(rows.endY - stripLabelSize * 1.07 >= 164 + 7, 'end labels clear of the lowest mark');
  assert.ok(rows.top <= rows.monthY - stripLabelSize * 1.07, 'viewBox holds the month names');
  assert.ok(rows.top + rows.height >= rows.endY + stripLabelSize * 0.3, 'viewBox holds the end labels');
  assert.ok(rows.bandY <= 67 && rows.bandY + rows.bandHeight >= 171, 'band spans the marks');
  // More lanes push the rows further out.
  assert.ok(stripRows([...marks, 179], 104, 7).endY > rows.endY);
});
