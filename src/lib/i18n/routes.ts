// Where each edition lives: the default edition at the root, each other under its prefix (/fr/),
// as the table of editions says. Every page exists in every edition, so a page's twin is always
// the same path with the prefix swapped.
import { editions, type Edition, type Locale } from './editions.ts';

/** The route helpers for a table of editions (the site's own below; tests pass a longer one). */
export function editionRoutes<L extends string = Locale>(table: readonly Edition[] = editions) {
  const byCode = new Map(table.map((e) => [e.code, e]));
  const prefixed = table.filter((e) => e.prefix !== '');
  const root = table.find((e) => e.prefix === '');
  if (!root) throw new Error('The table of editions needs one edition at the root (prefix "")');

  /** The site path of `path` (a default-edition path such as "/data/#x") in `locale`'s edition. */
  function localePath(locale: L, path: string): string {
    if (!path.startsWith('/')) throw new Error(`localePath expects a site path starting with "/", got "${path}"`);
    const e = byCode.get(locale);
    if (!e) throw new Error(`No edition "${locale}" in src/lib/i18n/editions.ts`);
    return `${e.prefix}${path}`;
  }

  function editionOf(pathname: string): Edition {
    return prefixed.find((e) => pathname === e.prefix || pathname.startsWith(`${e.prefix}/`)) ?? root!;
  }

  /** Which edition a site path belongs to. */
  function pathLocale(pathname: string): L {
    return editionOf(pathname).code as L;
  }

  /** The same page in `locale`'s edition. */
  function twinPath(pathname: string, locale: L): string {
    const unprefixed = pathname.slice(editionOf(pathname).prefix.length) || '/';
    return localePath(locale, unprefixed);
  }

  /**
   * getStaticPaths entries for a page that exists in every edition: `[...lang]` is empty for the
   * default edition. `params` adds the page's other route parameters, such as a chart id.
   */
  function editionPaths<P extends object>(props: P = {} as P, params: Record<string, string> = {}) {
    return table.map((e) => ({
      params: { lang: e.prefix === '' ? undefined : e.prefix.slice(1), ...params },
      props: { ...props, locale: e.code as L },
    }));
  }

  return { localePath, pathLocale, twinPath, editionPaths };
}

export const { localePath, pathLocale, twinPath, editionPaths } = editionRoutes();
