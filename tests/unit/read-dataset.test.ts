import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readDataset } from '../../src/lib/dataset/read-dataset.ts';
import { timelineBounds } from '../../src/lib/timeline/layout.ts';

const root = new URL('../../', import.meta.url);

/** A copy of the project's data/ in a temporary root, changed by `edit`. */
function dataCopy(edit: (events: { id: string; date: string }[]) => void): URL {
  const dir = mkdtempSync(join(tmpdir(), 'tb-data-'));
  cpSync(new URL('data', root), join(dir, 'data'), { recursive: true });
  const file = join(dir, 'data/events.json');
  const events = JSON.parse(readFileSync(file, 'utf8'));
  edit(events);
  writeFileSync(file, JSON.stringify(events, null, 2));
  return pathToFileURL(`${dir}/`);
}

test('check:data and the build read the data through the same function (readDataset)', () => {
  for (const file of ['src/cli/check-data.ts', 'src/content.config.ts', 'src/cli/import-events.ts']) {
    assert.match(readFileSync(new URL(file, root), 'utf8'), /readDataset\(/, `${file} must use readDataset`);
  }
});

test('readDataset refuses a dataset without the events the timeline is bounded by', async () => {
  const url = dataCopy((events) => {
    events.splice(
      events.findIndex((e) => e.id === timelineBounds.end),
      1,
    );
  });
  await assert.rejects(
    readDataset(url),
    /data\/events\.json › "2023-12-22-last-french-troops-leave-niger": is missing: the timeline's end is this event/,
  );
});

test('readDataset accepts the committed data', async () => {
  const dataset = await readDataset(root);
  assert.ok(dataset.events.length > 60);
});
