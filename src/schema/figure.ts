// A context figure (data/figures.json): an aggregate from a monitor or agency, quoted in the story.
import { z } from 'astro/zod';
import { kebabId } from './localized.ts';
import { limits, localizedText, text } from './text.ts';
import { sourceSchema } from './event.ts';

export const figureQualifiers = ['exact', 'about', 'at-least', 'more-than', 'nearly'] as const;

export const figureSchema = z.strictObject({
  /** Stable id used by <Stat figure="…" /> in the story. */
  id: kebabId,
  /** What the figure counts, for editors and the data page. */
  label: localizedText(limits.figureLabel),
  /** The number as published. */
  value: z.number().nonnegative(),
  /** How it was stated: "about", "more than"… — rendered before the number. */
  qualifier: z.enum(figureQualifiers),
  /** Unit, e.g. "deaths". */
  unit: localizedText(limits.figureLabel),
  /** The date the figure refers to, YYYY-MM-DD. */
  as_of: z.iso.date('must be a real date written YYYY-MM-DD'),
  /** Where it was published. */
  source: sourceSchema,
  /** Caveats: other figures from other sources, definitions. */
  note: text(limits.note).optional(),
});

export type Figure = z.infer<typeof figureSchema>;
