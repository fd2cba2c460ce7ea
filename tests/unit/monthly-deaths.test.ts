import { test } from 'node:test';
import assert from 'node:assert/strict';
import { monthlyDeaths } from '../../src/lib/charts/monthly-deaths.ts';
import { deathsChart, deathsFrame } from '../../src/lib/charts/deaths-chart.ts';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { copy, events as rawEvents, figures, places } from './fixtures/dataset.ts';

const { events } = validateDataset({ events: copy(rawEvents), places, figures });

test('monthlyDeaths keeps empty months and sums headline claims per group', () => {
  const months = monthlyDeaths(events, '2024-01-15', '2024-04-02');
  assert.deepEqual(months, [
    { month: '2024-01-01', soldiers: 0, civilians: 0 },
    { month: '2024-02-01', soldiers: 0, civilians: 0 },
    { month: '2024-03-01', soldiers: 23, civilians: 0 },
    { month: '2024-04-01', soldiers: 0, civilians: 0 },
  ]);
});

test('monthlyDeaths ignores events outside the months asked for', () => {
  assert.deepEqual(monthlyDeaths(events, '2023-07-01', '2023-07-31'), [
    { month: '2023-07-01', soldiers: 0, civilians: 0 },
  ]);
});

test('deathsChart stacks civilians on soldiers and scales the tallest month to the top', () => {
  const chart = deathsChart(
    [
      { month: '2023-07-01', soldiers: 0, civilians: 0 },
      { month: '2023-08-01', soldiers: 30, civilians: 10 },
      { month: '2023-09-01', soldiers: 5, civilians: 0 },
    ],
    [
      { id: 'coup', date: '2023-07-26' },
      { id: 'outside', date: '2025-01-01' },
    ],
  );
  const aug = chart.bars[1]!;
  assert.equal(aug.soldiers.y + aug.soldiers.height, chart.baseline);
  assert.equal(aug.civilians.y + aug.civilians.height, aug.soldiers.y);
  assert.equal(aug.civilians.y, deathsFrame.top); // 40 is the nice maximum
  assert.equal(chart.bars[0]!.soldiers.height, 0);
  assert.deepEqual(
    chart.rules.map((r) => r.id),
    ['coup'],
  );
  assert.ok(chart.bars[0]!.x < chart.rules[0]!.x && chart.rules[0]!.x < chart.bars[1]!.x);
});

test('deathsChart puts a tick at each new year', () => {
  const months = ['2016-11-01', '2016-12-01', '2017-01-01', '2017-02-01'].map((month) => ({
    month,
    soldiers: 1,
    civilians: 0,
  }));
  assert.deepEqual(
    deathsChart(months, []).xTicks.map((t) => t.year),
    ['2017'],
  );
});
