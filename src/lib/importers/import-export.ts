// One entry point for both formats: read the rows, map each one or record why it was rejected,
// then match places and flag duplicates. Nothing is dropped without a line in the result.
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import { acledColumns, mapAcledRow } from './acled.ts';
import { DraftCollector, type DraftEvent, type ImportResult } from './drafts.ts';
import { ImportError, RowReader } from './rows.ts';
import { CsvReader, type CsvRecord } from './csv-stream.ts';
import { sniffEncoding } from './sniff.ts';
import { mapUcdpRow, ucdpColumns } from './ucdp.ts';

export const formats = {
  acled: { columns: acledColumns, map: mapAcledRow },
  ucdp: { columns: ucdpColumns, map: mapUcdpRow },
} as const;

export type Format = keyof typeof formats;

type Existing = { events: readonly NigerEvent[]; places: readonly Place[] };

/** Maps each record to a draft or to rejections, one record at a time. */
function recordHandler(
  format: Format,
  file: string,
  collector: DraftCollector,
  onDraft: (draft: DraftEvent) => void | Promise<void>,
) {
  const { columns, map } = formats[format];
  const rows = new RowReader(file, columns);
  let drafts = 0;
  return {
    rows,
    get drafts() {
      return drafts;
    },
    async record(record: CsvRecord): Promise<void> {
      const row = rows.row(record.fields);
      if (!row) return;
      const result = map(row, record.line, file);
      if (Array.isArray(result)) {
        collector.reject(result);
        return;
      }
      const draft = collector.add(result, record.line);
      if (draft) {
        drafts++;
        await onDraft(draft);
      }
    },
  };
}

/** A whole export given as one string (tests, small files): every draft in memory, sorted. */
export async function importExport(
  format: Format,
  text: string,
  file: string,
  existing: Existing,
  options: { includeDuplicates?: boolean } = {},
): Promise<ImportResult> {
  const bytes = new TextEncoder().encode(text);
  const drafts: DraftEvent[] = [];
  const result = await importStream(
    format,
    (async function* () {
      yield bytes;
    })(),
    file,
    existing,
    (d) => {
      drafts.push(d);
    },
    options,
  );
  drafts.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return {
    drafts,
    new_places: result.new_places,
    duplicates: result.duplicates,
    rejected: result.rejected,
    review: result.review,
  };
}

/**
 * A whole export read as a stream of byte chunks; each draft goes to `onDraft` as soon as it is
 * made, so memory stays flat whatever the file's size. Returns everything but the drafts.
 */
export async function importStream(
  format: Format,
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  existing: Existing,
  onDraft: (draft: DraftEvent) => void | Promise<void>,
  options: { includeDuplicates?: boolean } = {},
): Promise<Omit<ImportResult, 'drafts'> & { rows: number; drafts: number; encoding: string }> {
  const collector = new DraftCollector(existing, { ...options, file });
  const csv = new CsvReader();
  const handler = recordHandler(format, file, collector, onDraft);
  let decoder: TextDecoder | undefined;
  let encoding = 'utf-8';
  const feed = async (text: string) => {
    for (const record of csv.push(text)) await handler.record(record);
  };
  let offset = 0;
  for await (const chunk of chunks) {
    let bytes = chunk;
    if (!decoder) {
      const sniffed = sniffEncoding(chunk, file);
      encoding = sniffed.encoding;
      decoder = new TextDecoder(sniffed.encoding, { fatal: true });
      bytes = chunk.subarray(sniffed.bom);
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      throw new ImportError(
        file,
        `is not valid ${encoding.toUpperCase()} (between bytes ${offset} and ${offset + chunk.length}): it was probably saved as Latin-1 or Windows-1252; save it as "CSV UTF-8" and import again`,
      );
    }
    await feed(text);
    offset += chunk.length;
  }
  if (!decoder) sniffEncoding(new Uint8Array(), file); // throws: the file is empty
  await feed(decoder!.decode());
  for (const record of csv.end()) await handler.record(record);
  handler.rows.finish();
  return { ...collector.result, rows: handler.rows.rows, drafts: handler.drafts, encoding };
}
