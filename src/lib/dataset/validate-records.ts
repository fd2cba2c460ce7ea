// Validates one data file (an array of records with ids) against a zod schema, collecting every
// problem instead of stopping at the first, and refusing duplicate ids.
import type { z } from 'astro/zod';
import { type Problem, problemsFromZod } from './problems.ts';

export interface Validated<T> {
  records: T[];
  problems: Problem[];
}

function recordName(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? id : `item ${index + 1} (no id)`;
}

export function validateRecords<S extends z.ZodType<{ id: string }>>(
  raw: unknown,
  file: string,
  schema: S,
  { allowEmpty = false } = {},
): Validated<z.infer<S>> {
  if (!Array.isArray(raw)) return { records: [], problems: [{ file, message: 'must hold a JSON array of records' }] };
  if (raw.length === 0 && !allowEmpty)
    return { records: [], problems: [{ file, message: 'is empty: expected at least one record' }] };
  const records: z.infer<S>[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  raw.forEach((item, index) => {
    const name = recordName(item, index);
    if (seen.has(name)) {
      problems.push({
        file,
        record: name,
        field: 'id',
        message: `duplicate id: items ${seen.get(name)! + 1} and ${index + 1} share it`,
      });
    } else {
      seen.set(name, index);
    }
    const result = schema.safeParse(item);
    if (result.success) records.push(result.data);
    else problems.push(...problemsFromZod(result.error, file, name));
  });
  return { records, problems };
}
