// A public correction (data/corrections.json): what changed, when and why. Nothing is rewritten silently.
import { z } from 'astro/zod';
import { kebabId } from './localized.ts';
import { limits, localizedText } from './text.ts';

export const correctionSchema = z.strictObject({
  /** Stable id, starting with the date: "2026-12-01-teguey-toll". */
  id: kebabId,
  /** The day the correction was published, YYYY-MM-DD. */
  date: z.iso.date('must be a real date written YYYY-MM-DD'),
  /** The event corrected, if the correction concerns one. */
  event: kebabId.optional(),
  /** What changed, for readers. */
  what: localizedText(limits.correction),
  /** Why it changed. */
  why: localizedText(limits.correction),
});

export type Correction = z.infer<typeof correctionSchema>;
