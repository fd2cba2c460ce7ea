// Astro's i18n setting, from the table of editions: Astro.currentLocale then knows every edition.
import { editions, type Edition } from './editions.ts';

export function astroI18n(table: readonly Edition[] = editions) {
  return {
    locales: table.map((e) => e.code),
    defaultLocale: table.find((e) => e.prefix === '')!.code,
    routing: { prefixDefaultLocale: false },
  };
}
