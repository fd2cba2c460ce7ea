import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importExport, importStream } from '../../src/lib/importers/import-export.ts';
import { implausibleDeaths } from '../../src/lib/importers/drafts.ts';
import { placeId, uniquePlaceId } from '../../src/lib/importers/places.ts';
import { outputProblem } from '../../src/lib/importers/output.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acledKind } from '../../src/lib/importers/acled.ts';
import { ucdpKind } from '../../src/lib/importers/ucdp.ts';
import { parseDate, readRows, ImportError } from '../../src/lib/importers/rows.ts';
import { draftPrefix } from '../../src/lib/importers/drafts.ts';
import { eventSchema } from '../../src/schema/event.ts';
import { validateDataset } from '../../src/lib/dataset/validate-dataset.ts';
import { copy, events, figures, places } from './fixtures/dataset.ts';

const existing = validateDataset({ events: copy(events), places: copy(places), figures });
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const acled = await importExport('acled', fixture('acled-sample.csv'), 'acled-sample.csv', existing);
const ucdp = await importExport('ucdp', fixture('ucdp-sample.csv'), 'ucdp-sample.csv', existing);
const draft = (result: typeof acled, source: string) =>
  result.drafts.find((d) => d.sources[0]!.url.endsWith(source) || d.id.endsWith(source))!;

test('importExport(acled) maps a battle against the army to an attack on soldiers at a known place', () => {
  const d = draft(acled, 'NIG99001');
  assert.equal(d.kind, 'attack-on-soldiers');
  assert.equal(d.place, 'teguey');
  assert.equal(d.date, '2024-05-02');
  assert.equal(d.date_precision, 'day');
  assert.equal(d.place_precision, 'town');
  assert.deepEqual(d.casualties, [
    { group: 'soldiers', killed: 9, claimed_by: { en: 'ACLED (all sides, from its sources)' } },
  ]);
  assert.ok(d.text.en.title.startsWith(draftPrefix));
  // Everything but the French is valid; the French is left for the reviewer, so the build fails
  // until a person writes it.
  const issues = eventSchema.safeParse(d).error?.issues.map((i) => i.path.join('.')) ?? [];
  assert.deepEqual(issues, [
    'place_note.fr',
    'text.fr',
    'casualties.0.claimed_by.fr',
    'actors.0.fr',
    'actors.1.fr',
    'note.fr',
  ]);
});

test('importExport(acled) maps violence against civilians and proposes a new place when none is near', () => {
  const d = draft(acled, 'NIG99002');
  assert.equal(d.kind, 'attack-on-civilians');
  assert.equal(d.casualties![0]!.group, 'civilians');
  assert.equal(d.place_precision, 'approx');
  assert.match(d.note!.en, /within a week/);
  const place = acled.new_places.find((p) => p.id === d.place)!;
  assert.deepEqual(
    [place.name, place.lat, place.lon, place.country, place.rank],
    ['Fixtureville', 14.9, 2.5, 'NER', 3],
  );
});

test('importExport(acled) reads old-style dates, month precision, and gives political events no casualties', () => {
  const d = draft(acled, 'NIG99003');
  assert.deepEqual([d.date, d.date_precision, d.kind, d.place], ['2024-05-12', 'month', 'political', 'niamey']);
  assert.deepEqual(d.casualties, []);
  assert.match(d.note!.en, /check whether this belongs/);
});

test('importExport(acled) flags a strike by the army for review', () => {
  const d = draft(acled, 'NIG99005');
  assert.equal(d.kind, 'attack-on-soldiers');
  assert.match(d.note!.en, /check who was attacked/);
});

test('importExport reports a possible duplicate by date and distance and leaves it out', async () => {
  assert.deepEqual(
    acled.duplicates.map((x) => [x.of, x.days, x.km]),
    [['2024-03-20-teguey-ambush', 0, 1]],
  );
  assert.equal(
    acled.drafts.some((d) => d.sources[0]!.url.endsWith('NIG99004')),
    false,
  );
  const all = await importExport('acled', fixture('acled-sample.csv'), 'acled-sample.csv', existing, {
    includeDuplicates: true,
  });
  assert.equal(
    all.drafts.some((d) => d.sources[0]!.url.endsWith('NIG99004')),
    true,
  );
});

test('importExport(acled) rejects malformed rows naming the row and the column', () => {
  assert.deepEqual(
    acled.rejected.map((r) => `${r.row} ${r.column}`),
    ['7 event_date', '8 latitude', '8 fatalities', '9 iso'],
  );
  assert.match(acled.rejected[0]!.message, /"2024-02-30" is not a date/);
  assert.equal(acled.drafts.length, 4);
});

test('importExport(ucdp) splits state-based deaths into soldiers, civilians and attackers', () => {
  const d = draft(ucdp, 'ucdp-990001');
  assert.equal(d.kind, 'attack-on-soldiers');
  assert.equal(d.place, 'teguey');
  assert.deepEqual(
    d.casualties!.map((c) => [c.group, c.killed]),
    [
      ['soldiers', 7],
      ['civilians', 1],
      ['militants', 3],
    ],
  );
  assert.equal(d.sources[0]!.date, '2024-05-02');
  assert.equal(d.sources[0]!.title, 'Fixture row: soldiers ambushed');
});

test('importExport(ucdp) maps one-sided violence over several days and within-25-km precision', () => {
  const d = draft(ucdp, 'ucdp-990002');
  assert.deepEqual(
    [d.kind, d.date, d.date_end, d.date_precision, d.place_precision],
    ['attack-on-civilians', '2024-05-08', '2024-05-10', 'day', 'approx'],
  );
  assert.deepEqual(
    d.casualties!.map((c) => [c.group, c.killed]),
    [['civilians', 14]],
  );
});

test('importExport(ucdp) flags non-state violence and notes deaths of unknown status', () => {
  const d = draft(ucdp, 'ucdp-990003');
  assert.equal(d.date_precision, 'month');
  assert.match(d.note!.en, /non-state violence/);
  assert.match(d.note!.en, /1 deaths of unknown status/);
});

test('importExport(ucdp) rejects malformed rows naming the row and the column', () => {
  assert.deepEqual(
    ucdp.rejected.map((r) => `${r.row} ${r.column}`),
    ['5 latitude', '5 deaths_a', '6 date_start', '6 country', '6 type_of_violence'],
  );
});

test('readRows refuses a file without the documented columns', () => {
  assert.throws(
    () => readRows('a,b\n1,2\n', 'x.csv', ['event_date']),
    (e: ImportError) => /x\.csv: missing column\(s\) event_date/.test(e.message),
  );
});

// Careless and hostile exports (issue 14).

const bytes = (text: string) => new TextEncoder().encode(text);
async function* chunksOf(data: Uint8Array, size = 7) {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}
const streamed = async (format: 'acled' | 'ucdp', data: Uint8Array, size?: number) => {
  const drafts: string[] = [];
  const result = await importStream(format, chunksOf(data, size), 'x.csv', existing, (d) => {
    drafts.push(d.id);
  });
  return { ...result, ids: drafts };
};
const message = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

test('the streamed import equals the in-memory one, whatever the chunk size', async () => {
  for (const size of [1, 3, 64, 1 << 20]) {
    const result = await streamed('acled', bytes(fixture('acled-sample.csv')), size);
    assert.deepEqual([...result.ids].sort(), acled.drafts.map((d) => d.id).sort(), `chunks of ${size}`);
    assert.deepEqual(
      result.rejected.map((r) => `${r.row} ${r.column}`),
      ['7 event_date', '8 latitude', '8 fatalities', '9 iso'],
    );
  }
});

test('a UCDP row whose end precedes its start is reported with row, column and hint; every good row is imported', async () => {
  const lines = fixture('ucdp-sample.csv').trimEnd().split('\n');
  lines[1] = lines[1]!.replace(
    '2024-05-02 00:00:00.000,2024-05-02 00:00:00.000',
    '2024-05-02 00:00:00.000,2024-04-30 00:00:00.000',
  );
  const result = await importExport('ucdp', `${lines.join('\n')}\n`, 'u.csv', existing);
  const bad = result.rejected.filter((r) => r.row === 2);
  assert.deepEqual(
    bad.map((r) => [r.column, r.message, r.hint]),
    [
      [
        'date_end',
        '2024-04-30 is before date_start 2024-05-02',
        'swap the two dates, or correct the one that is wrong',
      ],
    ],
  );
  assert.equal(result.drafts.length, ucdp.drafts.length - 1);
  assert.ok(
    result.rejected.every((r) => r.hint.length > 10),
    'every rejection has a hint',
  );
});

test('an empty file, UTF-16, Latin-1 and a wrong delimiter are named as such', async () => {
  assert.match(await message(streamed('acled', new Uint8Array())), /x\.csv: is empty \(0 bytes\)/);
  assert.match(await message(streamed('acled', bytes('\n\n'))), /x\.csv: has an empty first line/);
  const header = fixture('acled-sample.csv').split('\n')[0]!;
  assert.match(await message(streamed('acled', bytes(`${header}\n`))), /has a header but no rows/);
  assert.match(
    await message(streamed('acled', bytes(fixture('acled-sample.csv').replace(/,/g, ';')))),
    /separates its columns with semicolons, not commas/,
  );
  assert.match(
    await message(streamed('acled', bytes(fixture('acled-sample.csv').replace(/,/g, '\t')))),
    /separates its columns with tabs/,
  );
  assert.match(
    await message(streamed('ucdp', bytes('a,b\n1,2\n'))),
    /none of the expected columns is there: is this the right kind of export/,
  );
  const utf16 = Buffer.from(`\uFEFF${fixture('acled-sample.csv')}`, 'utf16le');
  const read = await streamed('acled', utf16);
  assert.equal(read.encoding, 'utf-16le');
  assert.equal(read.ids.length, 4);
  assert.match(
    await message(streamed('acled', Buffer.from(fixture('acled-sample.csv'), 'utf16le'))),
    /looks like UTF-16 without a byte-order mark/,
  );
  assert.match(
    await message(streamed('acled', Buffer.from(fixture('acled-sample.csv').replace('Teguey', 'Téguey'), 'latin1'))),
    /is not valid UTF-8 .* save it as "CSV UTF-8"/,
  );
  const bom = await streamed('acled', bytes(`\uFEFF${fixture('acled-sample.csv')}`));
  assert.equal(bom.ids.length, 4);
});

test('implausible figures are imported but flagged for review', async () => {
  const text = fixture('acled-sample.csv').replace('near Teguey.",9,', 'near Teguey.",10000,');
  const result = await importExport('acled', text, 'a.csv', existing);
  assert.deepEqual(
    result.review.map((r) => [r.row, r.column]),
    [[2, 'casualties']],
  );
  assert.match(result.review[0]!.message, /10000 deaths in one row/);
  assert.match(draft(result, 'NIG99001').note!.en, /^REVIEW: 10000 deaths/);
  assert.equal(implausibleDeaths, 1000);
});

test('place ids stay short and stable for namesakes at different coordinates', () => {
  const taken = new Set<string>();
  const ids = Array.from({ length: 500 }, (_, i) => {
    const id = uniquePlaceId('Kodo', 13 + i / 100, 1 + i / 100, (x) => taken.has(x));
    taken.add(id);
    return id;
  });
  assert.equal(new Set(ids).size, 500);
  assert.ok(Math.max(...ids.map((id) => id.length)) <= 16, `longest id: ${Math.max(...ids.map((id) => id.length))}`);
  assert.equal(
    uniquePlaceId('Kodo', 13.01, 1.01, (x) => x === 'kodo'),
    ids[1],
  );
  assert.ok(placeId('x'.repeat(300)).length <= 40);
});

test('the importer writes drafts only: never into data/, never over its input, over a file only with --force', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tb-out-'));
  const input = join(dir, 'export.csv');
  writeFileSync(input, 'x');
  const dataDir = fileURLToPath(new URL('../../data', import.meta.url));
  assert.match(
    outputProblem({ out: join(dataDir, 'events.json'), input, dataDir, force: true })!,
    /is inside .*data\/: the importer writes drafts for review, never the dataset/,
  );
  assert.match(outputProblem({ out: join(dataDir, 'new.json'), input, dataDir, force: false })!, /inside/);
  symlinkSync(dataDir, join(dir, 'link'));
  assert.match(outputProblem({ out: join(dir, 'link', 'events.json'), input, dataDir, force: true })!, /inside/);
  assert.match(outputProblem({ out: input, input, dataDir, force: true })!, /is the input file/);
  const existingOut = join(dir, 'drafts.json');
  writeFileSync(existingOut, '{}');
  assert.match(outputProblem({ out: existingOut, input, dataDir, force: false })!, /already exists: add --force/);
  assert.equal(outputProblem({ out: existingOut, input, dataDir, force: true }), undefined);
  assert.equal(outputProblem({ out: join(dir, 'fresh.json'), input, dataDir, force: false }), undefined);
});

test('npm run import refuses --out data/events.json, writes atomically, and leaves nothing behind on failure', () => {
  const cli = fileURLToPath(new URL('../../src/cli/import-events.ts', import.meta.url));
  const sample = fileURLToPath(new URL('./fixtures/acled-sample.csv', import.meta.url));
  const dataset = new URL('../../data/events.json', import.meta.url);
  const before = readFileSync(dataset, 'utf8');
  const refused = spawnSync(process.execPath, [cli, 'acled', sample, '--out', fileURLToPath(dataset)], {
    encoding: 'utf8',
  });
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /inside .*data\/: the importer writes drafts for review/);
  assert.equal(readFileSync(dataset, 'utf8'), before);
  const dir = mkdtempSync(join(tmpdir(), 'tb-cli-'));
  const out = join(dir, 'drafts.json');
  const ok = spawnSync(process.execPath, [cli, 'acled', sample, '--out', out], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  const written = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(written.drafts.length, 4);
  assert.match(ok.stderr, /rejected .*acled-sample\.csv:7 event_date: "2024-02-30" is not a date \(write YYYY-MM-DD/);
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, fixture('acled-sample.csv').replace(/,/g, ';'));
  const failed = spawnSync(process.execPath, [cli, 'acled', bad, '--out', join(dir, 'none.json')], {
    encoding: 'utf8',
  });
  assert.equal(failed.status, 1);
  assert.deepEqual(readdirSync(dir).sort(), ['bad.csv', 'drafts.json']);
  // A failed import with --force leaves the previous drafts as they were: the new file replaces
  // them only once it is complete.
  const kept = spawnSync(process.execPath, [cli, 'acled', bad, '--out', out, '--force'], { encoding: 'utf8' });
  assert.equal(kept.status, 1);
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).drafts.length, 4);
  assert.deepEqual(readdirSync(dir).sort(), ['bad.csv', 'drafts.json']);
});

test('acledKind and ucdpKind follow the documented rules', () => {
  assert.equal(
    acledKind({ event_type: 'Battles', civilian_targeting: 'Civilian targeting', inter1: '2', inter2: '1' }).kind,
    'attack-on-civilians',
  );
  assert.equal(
    acledKind({ event_type: 'Protests', civilian_targeting: '', inter1: '6', inter2: '' }).kind,
    'political',
  );
  assert.equal(ucdpKind('9'), undefined);
  assert.equal(parseDate('31 April 2024'), null);
});

test('a row whose draft breaks a schema rule is reported with row, column and hint, and the others are imported', async () => {
  const text = fixture('acled-sample.csv').replace(
    'Islamic State Sahel Province,,2,Military',
    'Islamic State\u200B Sahel Province,,2,Military',
  );
  const result = await importExport('acled', text, 'a.csv', existing);
  const bad = result.rejected.filter((r) => r.row === 2);
  assert.deepEqual(
    bad.map((r) => r.column),
    ['actors[0].en'],
  );
  assert.match(bad[0]!.message, /invisible or bidirectional control character \(U\+200B\)/);
  assert.match(bad[0]!.hint, /correct the cell in the export/);
  assert.equal(result.drafts.length, acled.drafts.length - 1);
});
