// Text that readers see, one value per edition. Both are required: a missing French value is a
// build error naming the record and the field, never a silent English fallback.
import { z } from 'astro/zod';

import { locales, type Locale } from '../lib/i18n/locales.ts';

export { locales, type Locale };

/**
 * One `kind` value per edition of src/lib/i18n/editions.ts, every one required: each edition's text
 * is written, not machine-translated, so a missing one fails the build.
 */
export function perEdition<T extends z.ZodType>(kind: T, languages: readonly string[] = locales) {
  return z.strictObject(Object.fromEntries(languages.map((l) => [l, kind])) as Record<Locale, T>);
}

export const localized = perEdition(z.string().trim().min(1, 'must not be empty'));
export type Localized = z.infer<typeof localized>;

/** A kebab-case identifier: lower-case ASCII letters and digits joined by single hyphens. */
export const kebabId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'must be kebab-case (a-z, 0-9 and single hyphens), e.g. "2024-03-20-teguey-ambush"',
  );
