import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stepState } from '../../src/lib/story/step-state.ts';
import { statValue } from '../../src/lib/story/stat.ts';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { copy, events as rawEvents, figures as rawFigures, places } from './fixtures/dataset.ts';

const known = { placeIds: new Set(['niamey', 'teguey']), eventIds: new Set(['2024-03-20-teguey-ambush']) };
const file = 'content/en/story.mdx';
const step = { view: 'tri-border', from: '2023-07-26', to: '2023-12-22', alt: 'The map shows attacks.' };

test('stepState turns valid step props into a map state', () => {
  assert.deepEqual(stepState({ ...step, highlight: ['teguey'] }, known, file), { view: 'tri-border', from: '2023-07-26', to: '2023-12-22', highlight: ['teguey'], focus: [] });
});

test('stepState names the file, the value found and a hint for an unknown view', () => {
  assert.throws(() => stepState({ ...step, view: 'sahara' }, known, file), (e: Error) => {
    assert.match(e.message, /^content\/en\/story\.mdx <Step view="sahara"/);
    assert.match(e.message, /unknown view "sahara"\n {2}Hint: use one of west-africa, niger, tri-border/);
    return true;
  });
});

test('stepState rejects unknown places and events, reversed dates and missing alt', () => {
  assert.throws(() => stepState({ ...step, highlight: ['atlantis'] }, known, file), /unknown place "atlantis"/);
  assert.throws(() => stepState({ ...step, focus: ['nope'] }, known, file), /unknown event "nope"/);
  assert.throws(() => stepState({ ...step, from: '2024-01-01' }, known, file), /is after/);
  assert.throws(() => stepState({ ...step, alt: ' ' }, known, file), /no alt text/);
  assert.throws(() => stepState({ ...step, highlight: 'teguey' as unknown as string[] }, known, file), /must be a list of ids/);
});

const dataset = validateDataset({ events: copy(rawEvents), places, figures: rawFigures });
const data = { events: dataset.events, figures: new Map(dataset.figures.map((f) => [f.id, f])) };

test('statValue reads figures, counts, sums and days from the data', () => {
  assert.deepEqual(statValue({ figure: 'french-troops-2023' }, data, file), { value: 1500, qualifier: 'exact' });
  assert.equal(statValue({ count: 'events', from: '2023-01-01', to: '2023-12-31' }, data, file).value, 2);
  assert.equal(statValue({ count: 'events', kind: 'attack-on-soldiers political', from: '2023-01-01', to: '2024-12-31' }, data, file).value, 2);
  assert.equal(statValue({ sum: 'killed', group: 'soldiers', from: '2024-01-01', to: '2024-12-31' }, data, file).value, 23);
  assert.equal(statValue({ days: true, from: '2023-07-26', to: '2023-12-22' }, data, file).value, 149);
});

test('statValue takes an event id for either end of a range and reads its date', () => {
  assert.equal(statValue({ days: true, from: '2023-07-26-coup', to: '2023-09-24-announcement' }, data, file).value, 60);
  assert.equal(statValue({ days: true, from: '2023-07-26-coup', to: '2023-08-31' }, data, file).value, 36);
  assert.equal(statValue({ count: 'events', from: '2023-07-26-coup', to: '2024-03-20-teguey-ambush' }, data, file).value, 3);
  assert.throws(() => statValue({ days: true, from: '2023-07-26-putsch', to: '2023-12-22' }, data, file), /unknown event "2023-07-26-putsch"/);
  assert.throws(() => statValue({ days: true, from: '2024-03-20-teguey-ambush', to: '2023-07-26-coup' }, data, file), /is after/);
});

test('statValue refuses to sum militant claims and explains why', () => {
  assert.throws(() => statValue({ sum: 'killed', group: 'militants', from: '2024-01-01', to: '2024-12-31' }, data, file), /never summed/);
});

test('statValue rejects unknown figures, kinds and ambiguous props', () => {
  assert.throws(() => statValue({ figure: 'nope' }, data, file), /unknown figure "nope"/);
  assert.throws(() => statValue({ count: 'events', kind: 'battle', from: '2023-01-01', to: '2023-12-31' }, data, file), /unknown kind "battle"/);
  assert.throws(() => statValue({ figure: 'french-troops-2023', days: true }, data, file), /exactly one of/);
  assert.throws(() => statValue({ count: 'events' }, data, file), /from and to are required/);
});
