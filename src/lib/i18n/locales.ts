// The site's edition codes, from the table of editions (src/lib/i18n/editions.ts).
import { editions, type Locale } from './editions.ts';

export type { Locale };
export const locales: readonly Locale[] = editions.map((e) => e.code);
