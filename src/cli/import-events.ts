// `npm run import -- acled|ucdp <export.csv> [--out drafts.json [--force]] [--include-duplicates]`
// Turns an ACLED or UCDP GED export into DRAFT events for review; nothing is published by it.
// Prints a summary to stderr and the drafts (JSON) to stdout or to --out. The export is streamed
// and each draft written as soon as it is made, so a 50 MB export needs little memory; --out is
// written to a temporary file and renamed, so an interrupted import leaves no half file.
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import { readDataset } from '../lib/dataset/read-dataset.ts';
import { formats, importStream, type Format } from '../lib/importers/import-export.ts';
import { outputProblem, temporaryPath } from '../lib/importers/output.ts';
import type { DraftEvent } from '../lib/importers/drafts.ts';

const usage = 'usage: npm run import -- acled|ucdp <export.csv> [--out drafts.json [--force]] [--include-duplicates]';
const args = process.argv.slice(2);
const [format, input] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--out');
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;

if (!format || !(format in formats) || !input || (args.includes('--out') && (!out || out.startsWith('--')))) {
  console.error(usage);
  process.exit(2);
}

const root = new URL('../../', import.meta.url);
if (out) {
  const problem = outputProblem({
    out,
    input,
    dataDir: fileURLToPath(new URL('data', root)),
    force: args.includes('--force'),
  });
  if (problem) {
    console.error(problem);
    process.exit(2);
  }
}

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** The JSON text of one draft inside the "drafts" array, indented as JSON.stringify(…, 2) would. */
const indented = (value: unknown) => JSON.stringify(value, null, 2).replace(/\n/g, '\n    ');

const temporary = out ? temporaryPath(out) : undefined;
try {
  const dataset = await readDataset(root);
  const sink = temporary ? createWriteStream(temporary, { flags: 'wx' }) : process.stdout;
  let first = true;
  await write(sink, '{\n  "drafts": [');
  const result = await importStream(
    format as Format,
    createReadStream(input, { highWaterMark: 1 << 20 }),
    input,
    dataset,
    async (draft: DraftEvent) => {
      await write(sink, `${first ? '' : ','}\n    ${indented(draft)}`);
      first = false;
    },
    { includeDuplicates: args.includes('--include-duplicates') },
  );
  const rest = {
    new_places: result.new_places,
    duplicates: result.duplicates,
    rejected: result.rejected,
    review: result.review,
  };
  await write(sink, `${first ? '' : '\n  '}],\n${JSON.stringify(rest, null, 2).slice(2)}\n`);
  if (temporary) {
    sink.end();
    await once(sink, 'finish');
    await rename(temporary, out!);
  }
  for (const r of result.rejected) console.error(`rejected ${r.file}:${r.row} ${r.column}: ${r.message} (${r.hint})`);
  for (const d of result.duplicates)
    console.error(`possible duplicate: ${d.draft} looks like ${d.of} (${d.days} day(s), ${d.km} km apart)`);
  for (const r of result.review) console.error(`review ${r.file}:${r.row} ${r.column}: ${r.message}`);
  const rejectedRows = new Set(result.rejected.map((r) => r.row)).size;
  console.error(
    `${result.rows} row(s) read${result.encoding === 'utf-8' ? '' : ` (${result.encoding})`}: ${result.drafts} draft(s), ${result.new_places.length} proposed place(s), ${result.duplicates.length} possible duplicate(s), ${rejectedRows} rejected row(s), ${result.review.length} flagged for review. Review every draft before moving it into data/.`,
  );
  if (result.drafts === 0 && result.duplicates.length === 0) process.exit(1);
} catch (error) {
  if (temporary) await rm(temporary, { force: true });
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
