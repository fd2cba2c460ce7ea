// `npm run check` (first half): validates every data file in about a second, without a build,
// and prints each problem with its file, record id and field. It runs the very function the build
// runs (src/lib/dataset/read-dataset.ts), so a dataset that passes here passes the build.
import { readDataset } from '../lib/dataset/read-dataset.ts';
import { DatasetError } from '../lib/dataset/problems.ts';

try {
  const dataset = await readDataset(new URL('../../', import.meta.url));
  const sources = dataset.events.reduce((n, e) => n + e.sources.length, 0);
  console.log(
    `data ok: ${dataset.events.length} events with ${sources} sources, ${dataset.places.length} places, ${dataset.figures.length} figures, ${dataset.corrections.length} corrections`,
  );
} catch (error) {
  console.error(error instanceof DatasetError ? error.message : error);
  process.exit(1);
}
