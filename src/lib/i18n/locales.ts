// The site's edition codes, from the table of editions. Kept free of other imports so browser
// scripts can use it without pulling in zod.
import { editions, type Locale } from './editions.ts';

export type { Locale };
export const locales: readonly Locale[] = editions.map((e) => e.code);
