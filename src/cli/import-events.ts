// `npm run import -- acled|ucdp <export.csv> [--out drafts.json] [--include-duplicates]`
// Turns an ACLED or UCDP GED export into DRAFT events for review; nothing is published by it.
// Prints a summary to stderr and the drafts (JSON) to stdout or to --out.
import { readFile, writeFile } from 'node:fs/promises';
import { files, validateDataset } from '../lib/dataset/validate-dataset.ts';
import { parseJsonFile } from '../lib/dataset/parse-json.ts';
import { formats, importExport, type Format } from '../lib/importers/import-export.ts';

const usage = 'usage: npm run import -- acled|ucdp <export.csv> [--out drafts.json] [--include-duplicates]';
const args = process.argv.slice(2);
const [format, input] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;

if (!format || !(format in formats) || !input) {
  console.error(usage);
  process.exit(2);
}

const root = new URL('../../', import.meta.url);
const read = async (file: string) => parseJsonFile(await readFile(new URL(file, root), 'utf8'), file);

try {
  const dataset = validateDataset({ events: await read(files.events), places: await read(files.places), figures: await read(files.figures), corrections: await read(files.corrections) });
  const result = importExport(format as Format, await readFile(input, 'utf8'), input, dataset, { includeDuplicates: args.includes('--include-duplicates') });
  for (const r of result.rejected) console.error(`rejected ${r.file}:${r.row} ${r.column}: ${r.message}`);
  for (const d of result.duplicates) console.error(`possible duplicate: ${d.draft} looks like ${d.of} (${d.days} day(s), ${d.km} km apart)`);
  console.error(`${result.drafts.length} draft(s), ${result.new_places.length} proposed place(s), ${result.duplicates.length} possible duplicate(s), ${result.rejected.length} rejected cell(s). Review every draft before moving it into data/.`);
  const json = `${JSON.stringify(result, null, 2)}\n`;
  if (out) await writeFile(out, json);
  else process.stdout.write(json);
  if (result.drafts.length === 0 && result.duplicates.length === 0) process.exit(1);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
