// Facts about the dataset as a whole (data/meta.json), shown to readers.
import { z } from 'astro/zod';

export const metaSchema = z.strictObject({
  /**
   * The last day the dataset's events were checked against their sources, YYYY-MM-DD: shown in
   * the story's byline. Change it only after a check of every event, not when one is added.
   */
  checked: z.iso.date('must be a real date written YYYY-MM-DD'),
  /**
   * The publication date of the latest reporting searched for events, YYYY-MM-DD. Readers see it
   * as a part of its month ("as of mid-March 2026"): later months are unknown, not quiet.
   */
  reporting_until: z.iso.date('must be a real date written YYYY-MM-DD'),
});

export type Meta = z.infer<typeof metaSchema>;

/** Validates data/meta.json, naming the file and the field in the error. */
export function parseMeta(raw: unknown): Meta {
  const result = metaSchema.safeParse(raw);
  if (result.success) return result.data;
  throw new Error(
    result.error.issues.map((i) => `data/meta.json › ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n'),
  );
}
