import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { claimsFor, headlineClaim, headlineKilled, isContested, reportedDeaths } from '../../src/lib/events/claims.ts';
import { checkRange, eventsBetween, eventsOfKinds, inRange, isAttack } from '../../src/lib/events/select.ts';
import { countEvents, daysBetween, sumKilled, sumQualifier } from '../../src/lib/events/stats.ts';
import { copy, events as rawEvents, figures, places } from './fixtures/dataset.ts';

const { events } = validateDataset({ events: copy(rawEvents), places, figures });
const ambush = events[2]!;
const all = { from: '2000-01-01', to: '2100-01-01' };

test('headlineClaim returns the first claim of a group', () => {
  assert.equal(headlineClaim(ambush, 'soldiers')?.killed, 23);
  assert.equal(headlineClaim(ambush, 'civilians'), undefined);
  assert.equal(claimsFor(ambush, 'soldiers').length, 2);
});

test('reportedDeaths adds soldiers and civilians but never militant claims', () => {
  assert.equal(headlineKilled(ambush, 'militants'), 30);
  assert.equal(reportedDeaths(ambush), 23);
});

test('isContested is true only when claimants disagree', () => {
  assert.equal(isContested(ambush, 'soldiers'), true);
  assert.equal(isContested(ambush, 'militants'), false);
});

test('eventsBetween includes both ends of the range', () => {
  assert.deepEqual(
    eventsBetween(events, { from: '2023-07-26', to: '2023-09-24' }).map((e) => e.id),
    ['2023-07-26-coup', '2023-09-24-announcement'],
  );
  assert.equal(inRange('2023-07-25', { from: '2023-07-26', to: '2023-07-26' }), false);
});

test('eventsOfKinds with no kinds keeps every event', () => {
  assert.equal(eventsOfKinds(events, []).length, 3);
  assert.deepEqual(
    eventsOfKinds(events, ['attack-on-soldiers']).map((e) => e.id),
    ['2024-03-20-teguey-ambush'],
  );
  assert.equal(isAttack('political'), false);
});

test('countEvents and sumKilled read headline figures in the range', () => {
  assert.equal(countEvents(events, all), 3);
  assert.equal(countEvents(events, all, ['political', 'diplomatic']), 2);
  assert.equal(sumKilled(events, all, 'soldiers'), 23);
  assert.equal(sumKilled(events, { from: '2023-01-01', to: '2023-12-31' }, 'soldiers'), 0);
});

test('sumKilled refuses militant claims', () => {
  assert.throws(() => sumKilled(events, all, 'militants' as 'soldiers'), /never summed/);
});

test('sumQualifier says "at least" when a summed headline figure is a minimum', () => {
  const minimum = copy(rawEvents);
  minimum[2]!.casualties![0]!.qualifier = 'at-least';
  const dataset = validateDataset({ events: minimum, places, figures });
  assert.equal(sumQualifier(dataset.events, all, 'soldiers'), 'at-least');
  assert.equal(sumQualifier(events, all, 'soldiers'), 'exact');
});

test('daysBetween counts whole days from the coup to the last departure', () => {
  assert.equal(daysBetween({ from: '2023-07-26', to: '2023-12-22' }), 149);
});

test('checkRange rejects impossible and reversed dates', () => {
  assert.throws(
    () => checkRange({ from: '2023-02-30', to: '2023-03-01' }, 'here'),
    /from="2023-02-30" is not a real date/,
  );
  assert.throws(() => checkRange({ from: '2023-03-02', to: '2023-03-01' }, 'here'), /is after/);
});
