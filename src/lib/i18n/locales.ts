// The site's editions. Kept free of imports so browser scripts can use it without pulling in zod.
export const locales = ['en', 'fr'] as const;
export type Locale = (typeof locales)[number];
