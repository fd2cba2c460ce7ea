// The links between a page's editions, from the table of editions: the language switcher's
// entries and the <head>'s hreflang alternates, so a third edition appears in both by itself.
import { editions, type Edition, type Locale } from './editions.ts';
import { editionRoutes } from './routes.ts';

export interface EditionLink {
  code: string;
  name: string;
  lang: string;
  hreflang: string;
  path: string;
}

function link(e: Edition, pathname: string, table: readonly Edition[]): EditionLink {
  return {
    code: e.code,
    name: e.name,
    lang: e.lang,
    hreflang: e.hreflang,
    path: editionRoutes<string>(table).twinPath(pathname, e.code),
  };
}

/** The switcher on `pathname`: the same page in every other edition, each named in its own language. */
export function switcherLinks(pathname: string, table: readonly Edition[] = editions): EditionLink[] {
  const here = editionRoutes<string>(table).pathLocale(pathname);
  return table.filter((e) => e.code !== here).map((e) => link(e, pathname, table));
}

/** <link rel="alternate" hreflang> for every edition, then x-default: the default edition. */
export function alternateLinks(
  pathname: string,
  table: readonly Edition[] = editions,
): { hreflang: string; path: string }[] {
  const all = table.map((e) => link(e, pathname, table));
  return [...all.map(({ hreflang, path }) => ({ hreflang, path })), { hreflang: 'x-default', path: all[0]!.path }];
}

/** og:locale of an edition, with og:locale:alternate for the others. */
export function openGraphLocales(
  locale: Locale | string,
  table: readonly Edition[] = editions,
): { locale: string; alternates: string[] } {
  const own = table.find((e) => e.code === locale);
  if (!own) throw new Error(`No edition "${locale}" in src/lib/i18n/editions.ts`);
  return { locale: own.ogLocale, alternates: table.filter((e) => e !== own).map((e) => e.ogLocale) };
}
