// Where each edition lives: English at the root, French under /fr/. Every page exists in both, so
// a page's twin is always the same path with the prefix added or removed.
import { locales, type Locale } from './locales.ts';

const prefix: Record<Locale, string> = { en: '', fr: '/fr' };

/** The site path of `path` (an English path such as "/data/#x") in `locale`'s edition. */
export function localePath(locale: Locale, path: string): string {
  if (!path.startsWith('/')) throw new Error(`localePath expects a site path starting with "/", got "${path}"`);
  return `${prefix[locale]}${path}`;
}

/** Which edition a site path belongs to. */
export function pathLocale(pathname: string): Locale {
  return pathname === '/fr' || pathname.startsWith('/fr/') ? 'fr' : 'en';
}

/** The same page in `locale`'s edition. */
export function twinPath(pathname: string, locale: Locale): string {
  const english = pathLocale(pathname) === 'fr' ? pathname.slice(3) || '/' : pathname;
  return localePath(locale, english);
}

/**
 * getStaticPaths entries for a page that exists in every edition: `[...lang]` is empty for
 * English. `params` adds the page's other route parameters, such as a chart id.
 */
export function editionPaths<P extends object>(props: P = {} as P, params: Record<string, string> = {}) {
  return locales.map((locale) => ({ params: { lang: locale === 'en' ? undefined : locale, ...params }, props: { ...props, locale } }));
}
