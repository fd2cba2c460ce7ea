// One entry point for both formats: read the rows, map each one or record why it was rejected,
// then match places and flag duplicates. Nothing is dropped without a line in the result.
import type { NigerEvent } from '../../schema/event.ts';
import type { Place } from '../../schema/place.ts';
import { acledColumns, mapAcledRow } from './acled.ts';
import { collectDrafts, type ImportResult, type Mapped } from './drafts.ts';
import { readRows, type Rejected } from './rows.ts';
import { mapUcdpRow, ucdpColumns } from './ucdp.ts';

export const formats = {
  acled: { columns: acledColumns, map: mapAcledRow },
  ucdp: { columns: ucdpColumns, map: mapUcdpRow },
} as const;

export type Format = keyof typeof formats;

export function importExport(
  format: Format,
  text: string,
  file: string,
  existing: { events: readonly NigerEvent[]; places: readonly Place[] },
  options: { includeDuplicates?: boolean } = {},
): ImportResult {
  const { columns, map } = formats[format];
  const mapped: Mapped[] = [];
  const rejected: Rejected[] = [];
  readRows(text, file, columns).forEach((row, i) => {
    const result = map(row, i + 2, file);
    if (Array.isArray(result)) rejected.push(...result);
    else mapped.push(result);
  });
  return collectDrafts(mapped, rejected, existing, { ...options, file });
}
