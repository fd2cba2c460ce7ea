// Text that readers see, one value per edition. Both are required: a missing French value is a
// build error naming the record and the field, never a silent English fallback.
import { z } from 'astro/zod';

export { locales, type Locale } from '../lib/i18n/locales.ts';

const text = z.string().trim().min(1, 'must not be empty');

export const localized = z.strictObject({
  /** English text. */
  en: text,
  /** French text (written, not machine-translated). */
  fr: text,
});
export type Localized = z.infer<typeof localized>;

/** A kebab-case identifier: lower-case ASCII letters and digits joined by single hyphens. */
export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single hyphens), e.g. "2024-03-20-teguey-ambush"');
