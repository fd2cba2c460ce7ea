// `npm run check` (first half): validates every data file in about a second, without a build,
// and prints each problem with its file, record id and field.
import { readFile } from 'node:fs/promises';
import { files, validateDataset } from '../lib/dataset/validate-dataset.ts';
import { parseJsonFile } from '../lib/dataset/parse-json.ts';
import { DatasetError } from '../lib/dataset/problems.ts';

const root = new URL('../../', import.meta.url);
const read = async (file: string) => parseJsonFile(await readFile(new URL(file, root), 'utf8'), file);

try {
  const dataset = validateDataset({
    events: await read(files.events),
    places: await read(files.places),
    figures: await read(files.figures),
    corrections: await read(files.corrections),
  });
  const sources = dataset.events.reduce((n, e) => n + e.sources.length, 0);
  console.log(`data ok: ${dataset.events.length} events with ${sources} sources, ${dataset.places.length} places, ${dataset.figures.length} figures, ${dataset.corrections.length} corrections`);
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
}
