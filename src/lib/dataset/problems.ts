// A dataset problem names the file, the record and the field, so a maintainer can go straight to it.
import type { z } from 'astro/zod';

export interface Problem {
  file: string;
  /** The record's id, or "item N" when it has none. */
  record?: string;
  /** Dotted path of the field inside the record, e.g. "sources[0].url". */
  field?: string;
  message: string;
}

export class DatasetError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const shown = problems.slice(0, 25).map(formatProblem);
    const more = problems.length > shown.length ? [`…and ${problems.length - shown.length} more`] : [];
    super([`${problems.length} problem(s) in the dataset:`, ...shown, ...more].join('\n  '));
    this.name = 'DatasetError';
    this.problems = problems;
  }
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.record && `"${p.record}"`, p.field].filter(Boolean).join(' › ');
  return `${where}: ${p.message}`;
}

/** "sources[0].url" from zod's ["sources", 0, "url"]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

export function problemsFromZod(error: z.ZodError, file: string, record: string): Problem[] {
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    // zod reports unknown keys on the parent object: name them so typos are easy to find.
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : issue.message;
    return { file, record, field: field || undefined, message };
  });
}
