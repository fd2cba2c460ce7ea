// The one way the data files are read and checked, shared by the build (src/content.config.ts),
// `npm run check:data` and the importer, so the quick check and the build can never disagree.
import { readFile } from 'node:fs/promises';
import { files, validateDataset, type Dataset } from './validate-dataset.ts';
import { parseJsonFile } from './parse-json.ts';
import { DatasetError } from './problems.ts';
import { timelineProblems } from './cross-checks.ts';

export async function readDataset(root: URL, { today }: { today?: string } = {}): Promise<Dataset> {
  const read = async (file: string) => parseJsonFile(await readFile(new URL(file, root), 'utf8'), file);
  const dataset = validateDataset(
    {
      events: await read(files.events),
      places: await read(files.places),
      figures: await read(files.figures),
      corrections: await read(files.corrections),
    },
    { today },
  );
  // The published site draws its timeline between two named events; fixtures need not hold them.
  const timeline = timelineProblems(dataset.events);
  if (timeline.length > 0) throw new DatasetError(timeline);
  return dataset;
}
