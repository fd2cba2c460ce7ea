import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { parseJsonFile } from '../../src/lib/dataset/parse-json.ts';
import { DatasetError, formatProblem } from '../../src/lib/dataset/problems.ts';
import { copy, events, figures, places } from './fixtures/dataset.ts';

/** Runs the validator and returns its problems as the formatted lines a maintainer reads. */
function problems(raw: { events: unknown; places?: unknown; figures?: unknown; corrections?: unknown }): string[] {
  try {
    validateDataset({ places, figures, ...raw });
    return [];
  } catch (error) {
    assert.ok(error instanceof DatasetError, `expected a DatasetError, got ${error}`);
    return error.problems.map(formatProblem);
  }
}

function withEvent(change: (e: Record<string, unknown>) => void, index = 2) {
  const all = copy(events) as unknown as Record<string, unknown>[];
  change(all[index]!);
  return all;
}

test('validateDataset accepts the fixture and fills defaults', () => {
  const dataset = validateDataset({ events: copy(events), places: copy(places), figures: copy(figures) });
  assert.equal(dataset.events.length, 3);
  assert.deepEqual(dataset.events[0]!.casualties, []);
  assert.equal(dataset.events[2]!.casualties[0]!.qualifier, 'exact');
});

test('validateDataset names file, event and field for an impossible date', () => {
  const lines = problems({ events: withEvent((e) => { e.date = '2024-02-30'; }) });
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0]!, /^data\/events\.json › "2024-03-20-teguey-ambush" › date: must be a real date/);
});

test('validateDataset rejects an event without sources', () => {
  const lines = problems({ events: withEvent((e) => { e.sources = []; }) });
  assert.deepEqual(lines, ['data/events.json › "2024-03-20-teguey-ambush" › sources: needs at least one source']);
});

test('validateDataset rejects a source without a URL, naming its index', () => {
  const lines = problems({ events: withEvent((e) => { (e.sources as Record<string, unknown>[])[0]!.url = 'not a url'; }) });
  assert.match(lines[0]!, /› sources\[0\]\.url: must be a full https:\/\/ URL/);
});

test('validateDataset rejects coordinates out of range in places', () => {
  const bad = copy(places);
  bad[1]!.lat = 114.6;
  const lines = problems({ events: copy(events), places: bad });
  assert.deepEqual(lines, ['data/places.json › "teguey" › lat: latitude must be between -90 and 90']);
});

test('validateDataset rejects duplicate ids', () => {
  const all = copy(events);
  all.push(copy(events[2]!));
  const lines = problems({ events: all });
  assert.ok(lines.some((l) => /"2024-03-20-teguey-ambush" › id: duplicate id: items 3 and 4 share it/.test(l)), lines.join('\n'));
});

test('validateDataset rejects an unknown place', () => {
  const lines = problems({ events: withEvent((e) => { e.place = 'atlantis'; }) });
  assert.deepEqual(lines, ['data/events.json › "2024-03-20-teguey-ambush" › place: unknown place "atlantis": add it to data/places.json or use an existing id']);
});

test('validateDataset rejects unknown fields by name', () => {
  const lines = problems({ events: withEvent((e) => { e.deaths = 23; }) });
  assert.deepEqual(lines, ['data/events.json › "2024-03-20-teguey-ambush": unknown field(s) "deaths"']);
});

test('validateDataset rejects a claim without claimant or figure', () => {
  const lines = problems({ events: withEvent((e) => { e.casualties = [{ group: 'soldiers', claimed_by: { en: 'x', fr: 'x' } }, { group: 'civilians', killed: 3 }]; }) });
  assert.ok(lines.some((l) => l.endsWith('casualties[0]: a claim needs a `killed` or a `wounded` figure')), lines.join('\n'));
  assert.ok(lines.some((l) => l.includes('casualties[1].claimed_by')), lines.join('\n'));
});

test('validateDataset rejects an unknown kind and a non-kebab id', () => {
  const lines = problems({ events: withEvent((e) => { e.kind = 'battle'; e.id = 'Teguey Ambush'; }) });
  assert.ok(lines.some((l) => l.includes('"Teguey Ambush" › id: must be kebab-case')), lines.join('\n'));
  assert.ok(lines.some((l) => l.includes('"Teguey Ambush" › kind:')), lines.join('\n'));
});

test('validateDataset rejects events out of date order', () => {
  const all = copy(events).reverse();
  const lines = problems({ events: all });
  assert.ok(lines[0]!.includes('events must be sorted by date'), lines.join('\n'));
});

test('validateDataset rejects a claim source that is not one of the event sources', () => {
  const lines = problems({ events: withEvent((e) => { (e.casualties as Record<string, unknown>[])[0]!.source = 'https://elsewhere.org/'; }) });
  assert.deepEqual(lines, ['data/events.json › "2024-03-20-teguey-ambush" › casualties[0].source: must be the URL of one of this event\'s sources']);
});

test('validateDataset rejects an empty file and a non-array', () => {
  assert.deepEqual(problems({ events: [] }), ['data/events.json: is empty: expected at least one record']);
  assert.deepEqual(problems({ events: { events: [] } }), ['data/events.json: must hold a JSON array of records']);
});

test('validateDataset reports an item without id by its position', () => {
  const lines = problems({ events: withEvent((e) => { delete e.id; }) });
  assert.ok(lines.some((l) => l.startsWith('data/events.json › "item 3 (no id)" › id:')), lines.join('\n'));
});

test('parseJsonFile names the file and the line of a syntax error', () => {
  assert.throws(() => parseJsonFile('[\n  {"id": "a",}\n]', 'data/events.json'), (error: DatasetError) => {
    assert.match(error.message, /data\/events\.json: is not valid JSON \(line 2, column \d+\)/);
    return true;
  });
});

test('the committed dataset is valid', () => {
  const read = (f: string) => JSON.parse(readFileSync(new URL(`../../data/${f}`, import.meta.url), 'utf8'));
  const dataset = validateDataset({ events: read('events.json'), places: read('places.json'), figures: read('figures.json') });
  assert.ok(dataset.events.length >= 60);
  assert.ok(dataset.events.every((e) => e.sources.length >= 1));
});

test('validateDataset accepts an empty corrections log and rejects a correction of an unknown event', () => {
  assert.deepEqual(problems({ events: copy(events), corrections: [] }), []);
  const correction = { id: '2026-12-01-fix', date: '2026-12-01', event: 'nope', what: { en: 'Toll updated', fr: 'Bilan mis à jour' }, why: { en: 'Ministry revised it', fr: 'Le ministère l’a révisé' } };
  assert.deepEqual(problems({ events: copy(events), corrections: [correction] }), ['data/corrections.json › "2026-12-01-fix" › event: unknown event "nope"']);
});

test('validateDataset reports an unknown place even when the same event has other problems', () => {
  const lines = problems({ events: withEvent((e) => { e.place = 'teguei'; e.date = '2024-02-31'; }) });
  assert.ok(lines.some((l) => l.includes('› date: must be a real date')), lines.join('\n'));
  assert.ok(lines.some((l) => l.includes('› place: unknown place "teguei"')), lines.join('\n'));
});

test('validateDataset names every missing French field: the edition is complete or the build fails', () => {
  const lines = problems({ events: withEvent((e) => {
    delete (e.text as Record<string, unknown>).fr;
    delete ((e.casualties as Record<string, Record<string, unknown>>[])[0]!.claimed_by!).fr;
  }) });
  assert.deepEqual(lines, [
    'data/events.json › "2024-03-20-teguey-ambush" › text.fr: Invalid input: expected object, received undefined',
    'data/events.json › "2024-03-20-teguey-ambush" › casualties[0].claimed_by.fr: Invalid input: expected string, received undefined',
  ]);
});
