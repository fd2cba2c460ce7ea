import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assetType, kilobytes, pageWeight } from '../../src/lib/perf/page-weight.ts';
import { budgetFor, budgets, overBudget, storyCeiling } from '../../src/lib/perf/budgets.ts';
import { bitmapScales, frameIntervals, outOfCrispRange, percentile } from '../../src/lib/perf/frame-stats.ts';

test('assetType reads the content type, then the extension', () => {
  assert.equal(assetType('http://x/a', 'text/html; charset=utf-8'), 'html');
  assert.equal(assetType('http://x/_astro/a.js', ''), 'js');
  assert.equal(assetType('http://x/a', 'text/javascript'), 'js');
  assert.equal(assetType('http://x/favicon.svg', 'image/svg+xml'), 'image');
  assert.equal(assetType('http://x/data/events.csv', 'text/csv'), 'data');
  assert.equal(assetType('http://x/f.woff2', ''), 'font');
  assert.equal(assetType('http://x/robots', 'text/plain'), 'other');
});

test('pageWeight sums by kind and counts a resource loaded twice once', () => {
  const w = pageWeight([
    { url: 'a', type: 'html', raw: 100, gzip: 40 },
    { url: 'b', type: 'js', raw: 50, gzip: 20 },
    { url: 'b', type: 'js', raw: 50, gzip: 20 },
  ]);
  assert.deepEqual(
    [w.html, w.js, w.total, w.requests],
    [{ raw: 100, gzip: 40 }, { raw: 50, gzip: 20 }, { raw: 150, gzip: 60 }, 2],
  );
  assert.equal(kilobytes(12_345), '12.3 KB');
});

test('budgetFor finds one budget per page and names pages it cannot place', () => {
  assert.equal(budgetFor('/').name, 'story');
  assert.equal(budgetFor('/fr/embed/withdrawal-map/').name, 'map embeds');
  assert.equal(budgetFor('/fr/embed/deaths-by-month/').name, 'bars embeds');
  assert.throws(() => budgetFor('/new-page/'), /matches 0 budgets.*src\/lib\/perf\/budgets\.ts/);
});

test('the story budget stays within the ceiling our readers need', () => {
  const story = budgets.find((b) => b.name === 'story')!;
  assert.ok(story.limits.js! <= storyCeiling.js && story.limits.total! <= storyCeiling.total);
});

test('overBudget lists each kind over its limit', () => {
  assert.deepEqual(overBudget({ html: { gzip: 130_200 }, js: { gzip: 5 } }, { html: 125_000, js: 10_000, font: 0 }), [
    'html: 130.2 KB > 125.0 KB',
  ]);
});

test('frame figures: percentiles, intervals inside flights, and the scale a transform paints at', () => {
  assert.equal(percentile([17, 16, 50, 17, 33], 50), 17);
  assert.equal(percentile([17, 16, 50, 17, 33], 95), 50);
  assert.ok(Number.isNaN(percentile([], 50)));
  assert.deepEqual(
    frameIntervals(
      [0, 16, 33, 100, 116, 300],
      [
        [10, 40],
        [110, 120],
      ],
    ),
    [16, 17, 16],
  );
  // Frames drawn only during flights: the first of each flight has no interval.
  assert.deepEqual(
    frameIntervals(
      [12, 28, 45, 112, 118],
      [
        [10, 50],
        [110, 120],
      ],
      { sameWindow: true },
    ),
    [16, 17, 6],
  );
  assert.deepEqual(bitmapScales('none'), [1, 1]);
  assert.deepEqual(bitmapScales('matrix(15.9, 0, 0, 15.9, 10, 20)'), [15.9, 15.9]);
  assert.deepEqual(bitmapScales('matrix3d(2, 0, 0, 0, 0, 3, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1)'), [2, 3]);
  assert.equal(outOfCrispRange(1), false);
  assert.equal(outOfCrispRange(1.6), true);
  assert.equal(outOfCrispRange(0.03), true);
});
